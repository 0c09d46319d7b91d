import { describe, expect, it } from 'vitest';
import { classifyCatchAll, classifyRcpt } from '../../../proxy/pipeline/smtp/classify.js';
import { ReplyReader } from '../../../proxy/pipeline/smtp/reply.js';

function reply(line: string) {
  const parsed = new ReplyReader().push(line);
  if (!parsed) throw new Error('incomplete reply');
  return parsed;
}

describe('classifyRcpt', () => {
  it.each([
    ['250 2.1.5 OK', 'accepted'],
    ['251 2.1.5 User not local; will forward', 'accepted'],
    ['550 5.1.1 No such user', 'no-mailbox'],
    ['551 5.1.6 Mailbox has moved', 'no-mailbox'],
    ['553 5.1.3 Bad recipient address syntax', 'no-mailbox'],
    ['552 5.2.2 Mailbox over quota', 'full'],
    ['452 4.2.2 Mailbox full', 'full'],
    ['450 4.2.2 Over quota', 'full'],
    ['452 4.5.3 Too many recipients', 'full'],
    ['451 4.7.1 Greylisted', 'temporary'],
    ['421 4.4.2 Timeout', 'temporary'],
    ['450 Requested action not taken', 'temporary'],
    ['550 5.7.1 Relaying denied', 'policy'],
    ['554 5.7.1 Client host blocked using zen.spamhaus.org', 'policy'],
    ['550 5.1.1 Sender blocked by reputation', 'policy'],
    ['550 Rejected by policy', 'policy'],
    ['550 Your IP is on a blacklist', 'policy'],
    ['550 Not allowed', 'policy'],
    ['550 Mailbox unavailable', 'unclear'],
    ['554 5.0.0 Error', 'unclear'],
    ['550 5.2.1 Mailbox disabled', 'unclear'],
  ])('reads %j as %s', (line, outcome) => {
    expect(classifyRcpt(reply(line))).toBe(outcome);
  });
});

describe('classifyCatchAll', () => {
  it('reads an accepted random local part as catch-all', () => {
    expect(classifyCatchAll(reply('250 OK'))).toBe(true);
  });

  it('reads a refused random local part as not catch-all', () => {
    expect(classifyCatchAll(reply('550 5.1.1 No such user'))).toBe(false);
  });

  it('leaves catch-all untold when the second RCPT is refused with 452', () => {
    expect(classifyCatchAll(reply('452 4.5.3 Too many recipients'))).toBeNull();
  });
});
