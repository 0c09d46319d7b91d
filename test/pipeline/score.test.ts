import { describe, expect, it } from 'vitest';
import { checkSyntax } from '../../core/syntax.js';
import type { DomainFacts } from '../../proxy/pipeline/dns.js';
import type { Findings } from '../../proxy/pipeline/findings.js';
import type { ListFacts } from '../../proxy/pipeline/lists.js';
import { decide } from '../../proxy/pipeline/score.js';
import type { SmtpFindings, SmtpStatus } from '../../proxy/pipeline/smtp/check.js';
import { buildVerdict } from '../../proxy/pipeline/verdict.js';

const mx: DomainFacts = { status: 'mx', mx: [{ exchange: 'mx.example.org', priority: 10 }] };
const plain: ListFacts = { disposable: false, disposableMatch: null, free: false, operator: null };

function smtp(status: SmtpStatus, extra: Partial<SmtpFindings> = {}): SmtpFindings {
  return {
    status,
    host: 'mx.example.org',
    address: '192.0.2.1',
    reply: '250 2.1.5 OK',
    code: 250,
    enhanced: '2.1.5',
    catchAll: null,
    tls: false,
    retried: false,
    failure: null,
    refusedAddresses: [],
    ...extra,
  };
}

function findings(overrides: Partial<Findings> = {}, input = 'jane@example.org'): Findings {
  return {
    input,
    syntax: checkSyntax(input),
    suggestion: null,
    domain: mx,
    lists: plain,
    role: false,
    smtp: null,
    smtpSkipped: 'SMTP checks are off',
    deadlineReached: false,
    ...overrides,
  };
}

// One test per row of the README's verdict table, in the table's order.
describe('the verdict model', () => {
  it('calls invalid syntax undeliverable with score 0', () => {
    expect(decide(findings({}, 'jane@@example.org'))).toMatchObject({
      rule: 'syntax-invalid',
      result: 'undeliverable',
      score: 0,
    });
  });

  it('calls a domain that does not exist undeliverable', () => {
    expect(decide(findings({ domain: { status: 'nxdomain' } }))).toMatchObject({
      rule: 'domain-missing',
      result: 'undeliverable',
      score: 0,
    });
  });

  it('calls a null MX domain undeliverable', () => {
    expect(decide(findings({ domain: { status: 'null-mx' } }))).toMatchObject({
      rule: 'null-mx',
      result: 'undeliverable',
    });
  });

  it('calls a domain with neither MX nor address records undeliverable', () => {
    expect(decide(findings({ domain: { status: 'no-mail' } }))).toMatchObject({
      rule: 'no-mail-records',
      result: 'undeliverable',
    });
  });

  it('calls a domain with no MX and only private addresses undeliverable', () => {
    const domain: DomainFacts = {
      status: 'private-address',
      addresses: ['10.0.0.1'],
      kinds: ['private'],
    };
    expect(decide(findings({ domain }))).toMatchObject({
      rule: 'private-fallback',
      result: 'undeliverable',
      score: 5,
    });
  });

  it('calls a mailbox the server refuses with 5.1.x undeliverable, even when disposable', () => {
    const decision = decide(
      findings({
        lists: { ...plain, disposable: true, disposableMatch: 'example.org' },
        smtp: smtp('no-mailbox', { code: 550, enhanced: '5.1.1', reply: '550 5.1.1 no such user' }),
      }),
    );
    expect(decision).toMatchObject({ rule: 'mailbox-missing', result: 'undeliverable', score: 0 });
    expect(decision.reason).toContain('550 5.1.1');
  });

  it('calls a domain on the operator deny list risky with score 0', () => {
    expect(decide(findings({ lists: { ...plain, operator: 'deny' } }))).toMatchObject({
      rule: 'operator-deny',
      result: 'risky',
      score: 0,
    });
  });

  it('calls a disposable domain risky even when the mailbox is accepted', () => {
    const lists = { ...plain, disposable: true, disposableMatch: 'example.org' };
    expect(decide(findings({ lists, smtp: smtp('accepted', { catchAll: false }) }))).toMatchObject({
      rule: 'disposable',
      result: 'risky',
      score: 10,
    });
  });

  it('calls a full mailbox risky', () => {
    expect(decide(findings({ smtp: smtp('full', { code: 452 }) }))).toMatchObject({
      rule: 'mailbox-full',
      result: 'risky',
      score: 30,
    });
  });

  it('calls an accepted mailbox on a catch-all domain risky', () => {
    expect(decide(findings({ smtp: smtp('accepted', { catchAll: true }) }))).toMatchObject({
      rule: 'catch-all',
      result: 'risky',
      score: 55,
    });
  });

  it('calls a role address risky, a little higher when its mailbox is accepted', () => {
    expect(decide(findings({ role: true }))).toMatchObject({
      rule: 'role-based',
      result: 'risky',
      score: 50,
    });
    expect(
      decide(findings({ role: true, smtp: smtp('accepted', { catchAll: false }) })),
    ).toMatchObject({ rule: 'role-based', result: 'risky', score: 60 });
  });

  it('calls a DNS failure unknown, never undeliverable', () => {
    const domain: DomainFacts = { status: 'failed', reason: 'servfail', code: 'ESERVFAIL' };
    expect(decide(findings({ domain }))).toMatchObject({
      rule: 'dns-failed',
      result: 'unknown',
      score: 40,
    });
  });

  it('calls mail servers with only private addresses unknown', () => {
    expect(decide(findings({ smtp: smtp('no-public-host') }))).toMatchObject({
      rule: 'private-mx',
      result: 'unknown',
      score: 30,
    });
  });

  it('calls an accepted mailbox on a domain that refuses random ones deliverable', () => {
    expect(decide(findings({ smtp: smtp('accepted', { catchAll: false }) }))).toMatchObject({
      rule: 'deliverable',
      result: 'deliverable',
      score: 95,
    });
  });

  it('leaves an accepted mailbox unknown when catch-all could not be told', () => {
    expect(decide(findings({ smtp: smtp('accepted', { catchAll: null }) }))).toMatchObject({
      rule: 'catch-all-untold',
      result: 'unknown',
      score: 80,
    });
  });

  it.each<SmtpStatus>(['policy', 'temporary', 'refused', 'unreachable', 'aborted', 'unclear'])(
    'leaves the mailbox unknown when SMTP says %s',
    (status) => {
      const decision = decide(findings({ smtp: smtp(status, { code: 550 }) }));
      expect(decision).toMatchObject({ rule: 'mailbox-untold', result: 'unknown', score: 70 });
    },
  );

  it('scores an untold mailbox 70 with MX and 60 on the address fallback', () => {
    expect(decide(findings()).score).toBe(70);
    const domain: DomainFacts = { status: 'address', addresses: ['192.0.2.1'] };
    expect(decide(findings({ domain })).score).toBe(60);
  });
});

describe('buildVerdict', () => {
  it('builds a verdict of the shared shape with severity from the score', () => {
    const verdict = buildVerdict(
      findings({ lists: { ...plain, free: true }, smtp: smtp('accepted', { catchAll: false }) }),
    );
    expect(verdict).toMatchObject({
      email: 'jane@example.org',
      result: 'deliverable',
      score: 95,
      severity: 'valid',
      source: 'local',
      cached: false,
    });
    expect(verdict.reasons).toEqual([
      'The mail server accepts this mailbox',
      'A free mailbox provider',
    ]);
    expect(verdict.checks.smtp.passed).toBe(true);
    expect(verdict.checks.catchAll.passed).toBe(true);
    expect(verdict.checks.freeProvider).toMatchObject({ passed: false, free: true });
  });

  it('marks checks that did not run with passed null', () => {
    const verdict = buildVerdict(
      findings({ domain: null, lists: null, role: null, smtpSkipped: null }, 'not an address'),
    );
    expect(verdict.checks.syntax.passed).toBe(false);
    for (const name of ['domain', 'disposable', 'roleBased', 'smtp', 'catchAll'] as const) {
      expect(verdict.checks[name].passed).toBeNull();
    }
  });

  it('says when the deadline cut a verdict short', () => {
    const domain: DomainFacts = { status: 'failed', reason: 'timeout', code: 'EABORTED' };
    const verdict = buildVerdict(findings({ domain, deadlineReached: true }));
    expect(verdict.reasons.at(-1)).toMatch(/deadline/);
  });
});
