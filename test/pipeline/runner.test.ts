import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verdictSchema } from '../../core/verdict.js';
import { createPipeline, type Pipeline, type PipelineOptions } from '../../proxy/pipeline/index.js';
import { startDnsServer, type TestDnsServer } from './support/dns-server.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { testZone } from './support/zone.js';

// Generous timeouts where a test does not test a timeout: a loaded CI machine must not turn a
// slow answer into a different verdict. Tests of timeouts set short ones themselves.
let dns: TestDnsServer;
let smtp: TestSmtpServer;
let slowSmtp: TestSmtpServer;
let tlsSmtp: TestSmtpServer;
let closedPort: number;
const pipelines: Pipeline[] = [];

function pipeline(options: PipelineOptions = {}): Pipeline {
  const created = createPipeline({
    timeoutMs: 8_000,
    ...options,
    dns: { servers: [dns.server], timeoutMs: 1_000, tries: 1, ...options.dns },
    lists: options.lists,
  });
  pipelines.push(created);
  return created;
}

// The only domains whose mail hosts are 127.0.0.1: with SMTP on, nothing may leave loopback.
const loopbackMail = new Set([
  'mail.test',
  'multi.test',
  'catchall.test',
  'onercpt.test',
  'loopfallback.test',
  'privatemx.test', // only ever without allowPrivate: it also points at 192.168.1.10
  'danglingmx.test', // its MX host does not resolve
]);

/** SMTP on and loopback allowed; refuses, before any connection, a domain off loopback. */
function smtpPipeline(options: PipelineOptions = {}): Pipeline {
  const created = pipeline({
    allowPrivate: true,
    ...options,
    smtp: {
      enabled: true,
      port: smtp.port,
      heloName: 'probe.email-check.test',
      mailFrom: 'verify@email-check.test',
      connectTimeoutMs: 2_000,
      bannerTimeoutMs: 2_000,
      commandTimeoutMs: 2_000,
      retryDelayMs: 50,
      ...options.smtp,
    },
  });
  return {
    ...created,
    validate(email, call) {
      const domain = email.split('@')[1] ?? '';
      if (!loopbackMail.has(domain)) throw new Error(`${domain} is not a loopback mail domain`);
      return created.validate(email, call);
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

beforeAll(async () => {
  [dns, smtp, slowSmtp, tlsSmtp, closedPort] = await Promise.all([
    startDnsServer(testZone),
    startSmtpServer(),
    startSmtpServer({ bannerDelayMs: 1_000 }),
    startSmtpServer({ tls: true }),
    freePort(),
  ]);
});

afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.close()));
  await Promise.all([dns.close(), smtp.close(), slowSmtp.close(), tlsSmtp.close()]);
});

describe('the pipeline with SMTP off (the default)', () => {
  it('settles invalid syntax without a DNS query', async () => {
    const before = dns.questions.length;
    const verdict = await pipeline().validate('jane@@mail.test');
    expect(verdict).toMatchObject({ result: 'undeliverable', score: 0, severity: 'invalid' });
    expect(verdict.checks.syntax).toMatchObject({ passed: false, code: 'double_at' });
    expect(dns.questions.length).toBe(before);
  });

  it('leaves an address on a domain with MX unknown, saying SMTP is off', async () => {
    const before = smtp.sessions;
    const verdict = await pipeline().validate('jane@mail.test');
    expect(verdictSchema.parse(verdict)).toMatchObject({
      email: 'jane@mail.test',
      result: 'unknown',
      score: 70,
      severity: 'valid',
      source: 'local',
      cached: false,
    });
    expect(verdict.checks.domain.passed).toBe(true);
    expect(verdict.checks.smtp).toMatchObject({
      passed: null,
      message: 'Not checked: SMTP checks are off',
    });
    expect(smtp.sessions).toBe(before);
  });

  it.each([
    ['jane@missing.test', 'undeliverable', 'does not exist'],
    ['jane@nullmx.test', 'undeliverable', 'null MX'],
    ['jane@nodata.test', 'undeliverable', 'no MX and no address records'],
    ['jane@privatea.test', 'undeliverable', 'private'],
    ['jane@servfail.test', 'unknown', 'servfail'],
    ['jane@refused.test', 'unknown', 'refused'],
    ['jane@silent.test', 'unknown', 'timeout'],
    ['jane@afallback.test', 'unknown', 'SMTP checks are off'],
  ])('gives %s the result %s', async (email, result, reason) => {
    const verdict = await pipeline().validate(email);
    expect(verdict.result).toBe(result);
    expect(verdict.reasons[0]).toContain(reason);
  });

  it('checks an IDN address by its punycode domain', async () => {
    const verdict = await pipeline().validate('jane@bücher.test');
    expect(verdict.email).toBe('jane@xn--bcher-kva.test');
    expect(verdict.checks.domain).toMatchObject({ passed: true, status: 'mx' });
  });

  it('calls a disposable address risky', async () => {
    const verdict = await pipeline().validate('someone@mailinator.com');
    expect(verdict).toMatchObject({ result: 'risky', score: 10 });
    expect(verdict.checks.disposable.passed).toBe(false);
  });

  it('calls a role address risky and notes a free provider', async () => {
    const verdict = await pipeline().validate('info@gmail.com');
    expect(verdict).toMatchObject({ result: 'risky', score: 50 });
    expect(verdict.checks.roleBased.passed).toBe(false);
    expect(verdict.checks.freeProvider).toMatchObject({ passed: false, free: true });
    expect(verdict.reasons).toContain('A free mailbox provider');
  });

  it('applies the operator deny list without probing', async () => {
    const verdict = await pipeline({ lists: { deny: ['mail.test'] } }).validate('jane@mail.test');
    expect(verdict).toMatchObject({ result: 'risky', score: 0, severity: 'invalid' });
  });

  it('lets the operator allow list override the disposable list', async () => {
    const verdict = await pipeline({ lists: { allow: ['mailinator.com'] } }).validate(
      'someone@mailinator.com',
    );
    expect(verdict.checks.disposable.passed).toBe(true);
    expect(verdict.result).toBe('unknown');
  });

  it('refuses a non-string address with a clear error', async () => {
    await expect(pipeline().validate(42 as unknown as string)).rejects.toThrow(
      /as a string, got number/,
    );
  });

  it('refuses bad options at setup, naming the option', () => {
    expect(() => createPipeline({ smtp: { port: 70_000 } })).toThrow(/smtp\.port/);
  });

  it('refuses to validate once closed', async () => {
    const closing = pipeline();
    await closing.close();
    await expect(closing.validate('jane@mail.test')).rejects.toThrow(/closed/);
  });
});

describe('the pipeline with SMTP on, against a real SMTP server', () => {
  it('calls an accepted mailbox on a domain that refuses random ones deliverable', async () => {
    const verdict = await smtpPipeline().validate('jane@mail.test');
    expect(verdict).toMatchObject({ result: 'deliverable', score: 95, severity: 'valid' });
    expect(verdict.checks.smtp).toMatchObject({ passed: true, host: 'mx.mail.test', code: 250 });
    expect(verdict.checks.catchAll.passed).toBe(true);
    const probe = smtp.recipients.at(-1) ?? '';
    expect(probe).toMatch(/^ec-[0-9a-f]{20}@mail\.test$/);
  });

  it('calls a mailbox the server refuses with 550 5.1.1 undeliverable', async () => {
    const verdict = await smtpPipeline().validate('nobody@mail.test');
    expect(verdict).toMatchObject({ result: 'undeliverable', score: 0 });
    expect(verdict.checks.smtp).toMatchObject({ passed: false, code: 550, enhanced: '5.1.1' });
  });

  it('calls an address on a catch-all domain risky', async () => {
    const verdict = await smtpPipeline().validate('anyone@catchall.test');
    expect(verdict).toMatchObject({ result: 'risky', score: 55 });
    expect(verdict.checks.catchAll).toMatchObject({ passed: false, catchAll: true });
  });

  it('retries once after greylisting and then accepts', async () => {
    const verdict = await smtpPipeline().validate('grey@mail.test');
    expect(verdict.result).toBe('deliverable');
    expect(verdict.checks.smtp).toMatchObject({ retried: true });
    expect(smtp.recipients.filter((r) => r === 'grey@mail.test')).toHaveLength(2);
  });

  it('leaves a mailbox that keeps answering 4xx unknown after one retry', async () => {
    const verdict = await smtpPipeline().validate('busy@mail.test');
    expect(verdict).toMatchObject({ result: 'unknown', score: 70 });
    expect(verdict.checks.smtp).toMatchObject({ passed: null, status: 'temporary', retried: true });
    expect(smtp.recipients.filter((r) => r === 'busy@mail.test')).toHaveLength(2);
  });

  it('leaves a 5.7.1 blocklist refusal unknown: the prober was refused, not the mailbox', async () => {
    const verdict = await smtpPipeline().validate('blocked@mail.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.checks.smtp).toMatchObject({ status: 'policy', enhanced: '5.7.1' });
    expect(verdict.reasons[0]).toContain('refused the check itself');
  });

  it('leaves a policy text without an enhanced code unknown', async () => {
    const verdict = await smtpPipeline().validate('policy@mail.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.checks.smtp).toMatchObject({ status: 'policy', code: 550 });
  });

  it.each(['full@mail.test', 'full552@mail.test'])(
    'calls the full mailbox %s risky',
    async (email) => {
      const verdict = await smtpPipeline().validate(email);
      expect(verdict).toMatchObject({ result: 'risky', score: 30 });
      expect(verdict.checks.smtp).toMatchObject({ passed: false, status: 'full' });
    },
  );

  it('leaves the mailbox unknown when the server drops the connection mid-dialogue', async () => {
    const verdict = await smtpPipeline().validate('drop@mail.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.checks.smtp).toMatchObject({ status: 'unreachable', passed: null });
  });

  it('leaves catch-all untold when the server refuses a second RCPT with 452', async () => {
    const verdict = await smtpPipeline().validate('jane@onercpt.test');
    expect(verdict).toMatchObject({ result: 'unknown', score: 80 });
    expect(verdict.checks.smtp.passed).toBe(true);
    expect(verdict.checks.catchAll).toMatchObject({ passed: null, catchAll: null });
  });

  it('leaves the mailbox unknown when the greeting is slower than the banner timeout', async () => {
    const verdict = await smtpPipeline({
      smtp: { port: slowSmtp.port, bannerTimeoutMs: 200 },
    }).validate('jane@mail.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.checks.smtp).toMatchObject({ status: 'unreachable' });
    expect(verdict.reasons[0]).toContain('no reply to the greeting within 200 ms');
  });

  it('upgrades with STARTTLS to a self-signed certificate and gets its answer', async () => {
    const before = tlsSmtp.secureSessions;
    const verdict = await smtpPipeline({ smtp: { port: tlsSmtp.port } }).validate('jane@mail.test');
    expect(verdict.result).toBe('deliverable');
    expect(verdict.checks.smtp).toMatchObject({ tls: true });
    expect(tlsSmtp.secureSessions).toBe(before + 1);
  });

  it('stays in cleartext when STARTTLS is switched off', async () => {
    const verdict = await smtpPipeline({ smtp: { port: tlsSmtp.port, startTls: false } }).validate(
      'jane@mail.test',
    );
    expect(verdict.result).toBe('deliverable');
    expect(verdict.checks.smtp).toMatchObject({ tls: false });
  });

  it('tries MX hosts in preference order, skipping one without an address', async () => {
    const verdict = await smtpPipeline().validate('jane@multi.test');
    expect(verdict.result).toBe('deliverable');
    expect(verdict.checks.smtp).toMatchObject({ host: 'mx2.multi.test' });
    const asked = dns.questions.filter((q) => q.startsWith('A mx'));
    expect(asked.indexOf('A mx1.multi.test')).toBeLessThan(asked.indexOf('A mx2.multi.test'));
  });

  it('uses the A fallback as the mail host when there is no MX', async () => {
    const verdict = await smtpPipeline().validate('jane@loopfallback.test');
    expect(verdict).toMatchObject({ result: 'deliverable' });
    expect(verdict.checks.smtp).toMatchObject({ host: 'loopfallback.test' });
  });

  it('leaves the mailbox unknown when no mail server accepts connections', async () => {
    const verdict = await smtpPipeline({ smtp: { port: closedPort } }).validate('jane@mail.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.reasons[0]).toContain('ECONNREFUSED');
  });

  it('never connects to an MX on loopback or a private address without allowPrivate', async () => {
    const before = smtp.sessions;
    const verdict = await smtpPipeline({ allowPrivate: false }).validate('jane@privatemx.test');
    expect(verdict).toMatchObject({ result: 'unknown', score: 30, severity: 'invalid' });
    expect(verdict.checks.smtp).toMatchObject({ status: 'no-public-host' });
    expect(smtp.sessions).toBe(before);
  });

  it('leaves the mailbox unknown when the MX host name does not resolve', async () => {
    const before = smtp.sessions;
    const verdict = await smtpPipeline().validate('jane@danglingmx.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.checks.smtp).toMatchObject({ status: 'unreachable', passed: null });
    expect(smtp.sessions).toBe(before);
  });

  it('skips SMTP in quick mode and the catch-all probe when asked', async () => {
    const quick = await smtpPipeline().validate('jane@mail.test', { quickMode: true });
    expect(quick.checks.smtp.message).toBe('Not checked: quick mode');
    const count = smtp.recipients.length;
    const noCatchAll = await smtpPipeline().validate('jane@mail.test', { skipCatchAll: true });
    expect(noCatchAll).toMatchObject({ result: 'unknown', score: 80 });
    expect(smtp.recipients.length).toBe(count + 1);
  });

  it('settles on unknown at the total deadline, whatever is still waiting', async () => {
    const verdict = await smtpPipeline({
      timeoutMs: 300,
      smtp: { port: slowSmtp.port, bannerTimeoutMs: 5_000 },
    }).validate('jane@mail.test');
    expect(verdict.result).toBe('unknown');
    expect(verdict.checks.smtp).toMatchObject({ status: 'aborted' });
    expect(verdict.reasons.at(-1)).toMatch(/deadline/);
  });

  it('settles on unknown when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = smtpPipeline({
      smtp: { port: slowSmtp.port, bannerTimeoutMs: 5_000 },
    }).validate('jane@mail.test', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await pending).result).toBe('unknown');
  });

  it('holds at most the configured connections to one host', async () => {
    const limited = smtpPipeline({
      smtp: { maxConnectionsPerHost: 2, port: tlsSmtp.port, startTls: false },
    });
    const verdicts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        limited.validate(i % 2 ? 'jane@mail.test' : 'john@mail.test'),
      ),
    );
    expect(verdicts.every((v) => v.result === 'deliverable')).toBe(true);
    expect(tlsSmtp.peak).toBeLessThanOrEqual(2);
    expect(tlsSmtp.peak).toBeGreaterThan(0);
  });
});
