import type { VerdictResult } from '../../core/verdict.js';
import type { Findings } from './findings.js';

/**
 * The verdict model: the first rule whose findings hold gives the result, the score and the
 * main reason. The rules are the README's table, in the same order. Nothing we could not
 * tell (DNS failures, SMTP off, blocked, greylisted, refused by policy, timed out) ever reaches
 * an `undeliverable` rule: those need the domain or the mailbox itself to say no.
 */
export interface Decision {
  /** The rule's name, as in the README table. */
  rule: RuleName;
  result: VerdictResult;
  score: number;
  reason: string;
}

export type RuleName =
  | 'syntax-invalid'
  | 'domain-missing'
  | 'null-mx'
  | 'no-mail-records'
  | 'private-fallback'
  | 'mailbox-missing'
  | 'operator-deny'
  | 'disposable'
  | 'mailbox-full'
  | 'catch-all'
  | 'role-based'
  | 'dns-failed'
  | 'private-mx'
  | 'deliverable'
  | 'catch-all-untold'
  | 'mailbox-untold';

function domainOf(findings: Findings): string {
  return findings.syntax.asciiDomain ?? 'the domain';
}

/** Why the mailbox could not be told, in one line. */
function untoldReason(findings: Findings): string {
  const smtp = findings.smtp;
  if (!smtp) {
    return findings.smtpSkipped
      ? `The mailbox was not checked: ${findings.smtpSkipped}`
      : 'The mailbox was not checked';
  }
  switch (smtp.status) {
    case 'policy':
      return `The mail server refused the check itself, not the mailbox (${smtp.reply ?? 'policy'})`;
    case 'temporary':
      return `The mail server answered "try again later"${smtp.retried ? ' twice' : ''} (${smtp.reply ?? '4xx'})`;
    case 'refused':
      return `The mail server refused the session before the mailbox was asked (${smtp.reply ?? ''})`;
    case 'unreachable':
      return `No mail server could be reached (${smtp.reply ?? smtp.failure ?? 'no answer'})`;
    case 'aborted':
      return 'The deadline passed before the mail server answered';
    case 'dns-failed':
      return "The mail servers' addresses could not be resolved";
    case 'unclear':
      return `The mail server's answer does not tell (${smtp.reply ?? ''})`;
    default:
      return 'The mailbox could not be checked';
  }
}

export function decide(findings: Findings): Decision {
  const { syntax, domain, lists, role, smtp } = findings;
  const name = domainOf(findings);
  const make = (
    rule: RuleName,
    result: VerdictResult,
    score: number,
    reason: string,
  ): Decision => ({
    rule,
    result,
    score,
    reason,
  });

  if (!syntax.valid) return make('syntax-invalid', 'undeliverable', 0, 'The address is not valid');
  if (domain?.status === 'nxdomain')
    return make('domain-missing', 'undeliverable', 0, `${name} does not exist`);
  if (domain?.status === 'null-mx') {
    return make(
      'null-mx',
      'undeliverable',
      0,
      `${name} declares that it accepts no mail (null MX)`,
    );
  }
  if (domain?.status === 'no-mail') {
    return make('no-mail-records', 'undeliverable', 0, `${name} has no MX and no address records`);
  }
  if (domain?.status === 'private-address') {
    return make(
      'private-fallback',
      'undeliverable',
      5,
      `${name} has no MX, and its addresses are private, so mail cannot reach it`,
    );
  }
  if (smtp?.status === 'no-mailbox') {
    return make(
      'mailbox-missing',
      'undeliverable',
      0,
      `The mail server says the mailbox does not exist (${smtp.reply ?? ''})`,
    );
  }
  if (lists?.operator === 'deny')
    return make('operator-deny', 'risky', 0, `This site does not accept addresses at ${name}`);
  if (lists?.disposable) {
    return make('disposable', 'risky', 10, `${name} is a disposable (throwaway) address provider`);
  }
  if (smtp?.status === 'full')
    return make('mailbox-full', 'risky', 30, `The mailbox is full (${smtp.reply ?? ''})`);
  if (smtp?.status === 'accepted' && smtp.catchAll === true) {
    return make(
      'catch-all',
      'risky',
      55,
      `${name} accepts mail for any address, so this one is not confirmed`,
    );
  }
  if (role) {
    return make(
      'role-based',
      'risky',
      smtp?.status === 'accepted' ? 60 : 50,
      'The address belongs to a role or team, not a person',
    );
  }
  if (domain?.status === 'failed') {
    return make(
      'dns-failed',
      'unknown',
      40,
      `DNS could not tell where ${name} receives mail (${domain.reason})`,
    );
  }
  if (smtp?.status === 'no-public-host') {
    return make(
      'private-mx',
      'unknown',
      30,
      `${name}'s mail servers have only private addresses; not contacted`,
    );
  }
  if (smtp?.status === 'accepted' && smtp.catchAll === false) {
    return make('deliverable', 'deliverable', 95, 'The mail server accepts this mailbox');
  }
  if (smtp?.status === 'accepted') {
    return make(
      'catch-all-untold',
      'unknown',
      80,
      `The mail server accepts this mailbox, but whether ${name} accepts any address is not known`,
    );
  }
  return make(
    'mailbox-untold',
    'unknown',
    domain?.status === 'mx' ? 70 : 60,
    untoldReason(findings),
  );
}
