// The messages come through core's index, which gathers the syntax policy's exports.
import { syntaxMessages } from '../../core/index.js';
import { notRun, type Check, type Checks } from '../../core/verdict.js';
import type { DomainFacts } from './dns.js';
import type { Findings } from './findings.js';
import type { SmtpFindings } from './smtp/check.js';

/**
 * The verdict's `checks`, one per stage: `passed` is `true` for a good sign, `false` for a bad
 * one and `null` when the check did not run or could not tell; details ride along.
 */

function domainCheck(facts: DomainFacts | null): Check {
  if (!facts) return notRun();
  switch (facts.status) {
    case 'mx':
      return {
        passed: true,
        message: `Mail goes to ${facts.mx.map((mx) => mx.exchange).join(', ')}`,
        status: facts.status,
        mx: facts.mx,
      };
    case 'address':
      return {
        passed: true,
        message: "No MX; the domain's own address receives mail",
        status: facts.status,
        addresses: facts.addresses,
      };
    case 'private-address':
      return {
        passed: false,
        message: "No MX, and the domain's addresses are not public",
        status: facts.status,
        addresses: facts.addresses,
        kinds: facts.kinds,
      };
    case 'null-mx':
      return {
        passed: false,
        message: 'The domain accepts no mail (null MX)',
        status: facts.status,
      };
    case 'no-mail':
      return { passed: false, message: 'No MX and no address records', status: facts.status };
    case 'nxdomain':
      return { passed: false, message: 'The domain does not exist', status: facts.status };
    case 'failed':
      return {
        passed: null,
        message: `DNS could not tell (${facts.reason})`,
        status: facts.status,
        reason: facts.reason,
        code: facts.code,
      };
  }
}

function smtpCheck(smtp: SmtpFindings | null, skipped: string | null): Check {
  if (!smtp) return notRun(skipped ? `Not checked: ${skipped}` : 'Not checked');
  const passed =
    smtp.status === 'accepted'
      ? true
      : smtp.status === 'no-mailbox' || smtp.status === 'full'
        ? false
        : null;
  const messages: Record<SmtpFindings['status'], string> = {
    accepted: 'The mailbox is accepted',
    'no-mailbox': 'The mailbox does not exist',
    full: 'The mailbox is full',
    policy: 'The server refused the check (policy or blocklist)',
    temporary: 'The server asked to try again later',
    unclear: "The server's answer does not tell",
    refused: 'The server refused the session',
    unreachable: 'No mail server could be reached',
    'no-public-host': 'The mail servers have only private addresses; not contacted',
    'dns-failed': "The mail servers' addresses could not be resolved",
    aborted: 'The deadline passed first',
  };
  return {
    passed,
    message: messages[smtp.status],
    status: smtp.status,
    host: smtp.host,
    reply: smtp.reply,
    code: smtp.code,
    enhanced: smtp.enhanced,
    tls: smtp.tls,
    retried: smtp.retried,
  };
}

function catchAllCheck(smtp: SmtpFindings | null, skipped: string | null): Check {
  if (!smtp) return notRun(skipped ? `Not checked: ${skipped}` : 'Not checked');
  if (smtp.catchAll === true)
    return { passed: false, message: 'The domain accepts any address', catchAll: true };
  if (smtp.catchAll === false)
    return { passed: true, message: 'The domain refuses unknown addresses', catchAll: false };
  return {
    passed: null,
    message: 'Could not tell whether the domain accepts any address',
    catchAll: null,
  };
}

export function buildChecks(findings: Findings): Checks {
  const { syntax, lists, role } = findings;
  return {
    syntax: {
      passed: syntax.valid,
      message: syntax.code ? syntaxMessages[syntax.code] : 'Valid syntax',
      code: syntax.code,
      ...(syntax.fix ? { fix: syntax.fix } : {}),
    },
    domain: domainCheck(findings.domain),
    disposable: lists
      ? {
          passed: !lists.disposable,
          message: lists.disposable
            ? `Disposable provider (${lists.disposableMatch})`
            : 'Not a disposable provider',
          disposable: lists.disposable,
          ...(lists.operator ? { operator: lists.operator } : {}),
        }
      : notRun(),
    roleBased:
      role === null
        ? notRun()
        : {
            passed: !role,
            message: role ? 'A role or team address' : 'A personal address',
            roleBased: role,
          },
    freeProvider: lists
      ? {
          passed: !lists.free,
          message: lists.free ? 'A free mailbox provider' : 'Not a free mailbox provider',
          free: lists.free,
        }
      : notRun(),
    smtp: smtpCheck(findings.smtp, findings.smtpSkipped),
    catchAll: catchAllCheck(findings.smtp, findings.smtpSkipped),
  };
}
