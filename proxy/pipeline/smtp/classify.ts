import type { SmtpReply } from './reply.js';

/**
 * What a reply to `RCPT TO` says about the mailbox. Only `no-mailbox` may ever make a verdict
 * undeliverable, so every rule that could mean "the prober was refused" is checked first.
 * - `accepted`: 250 or 251.
 * - `no-mailbox`: 550, 551 or 553 with an enhanced code 5.1.x (bad mailbox, RFC 3463).
 * - `full`: 552, 452, or enhanced x.2.2 (mailbox full): mail may arrive later.
 * - `policy`: 5.7.x, or a text about blocklists, policy or reputation: the prober was refused.
 * - `temporary`: any other 4xx, greylisting among them: worth one retry.
 * - `unclear`: anything else (5xx without a mailbox code, odd codes): we cannot tell.
 */
export type RcptOutcome = 'accepted' | 'no-mailbox' | 'full' | 'policy' | 'temporary' | 'unclear';

// Texts large providers use when they refuse the sender's IP or reputation, whatever the code.
const policyText =
  /spamhaus|\bblock(?:ed|list|listed)?\b|\bblack ?list|\bpolicy\b|reputation|not allowed|\brbl\b|dnsbl|\bspam\b|barracuda|access denied|banned/i;

export function classifyRcpt(reply: SmtpReply): RcptOutcome {
  const { code, enhanced } = reply;
  if (code === 250 || code === 251) return 'accepted';
  if (enhanced?.startsWith('5.7.')) return 'policy';
  if (code >= 500 && policyText.test(reply.text)) return 'policy';
  if (code === 552 || code === 452 || enhanced?.slice(1) === '.2.2') return 'full';
  if ((code === 550 || code === 551 || code === 553) && enhanced?.startsWith('5.1.')) {
    return 'no-mailbox';
  }
  if (code >= 400 && code < 500) return 'temporary';
  return 'unclear';
}

/**
 * What the reply to the second `RCPT TO` (a random local part on the same domain) says about
 * catch-all: `true` when accepted, `false` when refused as no such mailbox, `null` otherwise
 * (a 452 here is usually "too many recipients", not an answer).
 */
export function classifyCatchAll(reply: SmtpReply): boolean | null {
  const outcome = classifyRcpt(reply);
  if (outcome === 'accepted') return true;
  if (outcome === 'no-mailbox') return false;
  return null;
}
