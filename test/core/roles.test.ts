import { describe, expect, it } from 'vitest';
import { isRoleLocal, roleLocals } from '../../core/roles.js';

describe('isRoleLocal', () => {
  it('knows every RFC 2142 mailbox', () => {
    const rfc2142 = ['info', 'marketing', 'sales', 'support', 'abuse', 'noc', 'security'];
    const more = ['postmaster', 'hostmaster', 'usenet', 'news', 'webmaster', 'www', 'uucp', 'ftp'];
    for (const name of [...rfc2142, ...more]) expect(isRoleLocal(name)).toBe(true);
  });

  it('knows the common role mailboxes beyond the RFC', () => {
    const names = ['admin', 'billing', 'contact', 'help', 'office', 'team', 'hr', 'jobs'];
    for (const name of [...names, 'careers', 'noreply', 'no-reply']) {
      expect(isRoleLocal(name)).toBe(true);
    }
  });

  it('ignores case', () => {
    expect(isRoleLocal('Info')).toBe(true);
    expect(isRoleLocal('POSTMASTER')).toBe(true);
  });

  it('ignores a +tag', () => {
    expect(isRoleLocal('support+tickets')).toBe(true);
  });

  it('ignores the separators people put between words', () => {
    for (const name of ['no-reply', 'no_reply', 'no.reply', 'Do-Not-Reply', 'mailer-daemon']) {
      expect(isRoleLocal(name)).toBe(true);
    }
  });

  it('does not flag a personal name, even one that contains a role word', () => {
    for (const name of ['jane', 'information.desk.jane', 'salesforce-fan', 'adminton', '+info']) {
      expect(isRoleLocal(name)).toBe(false);
    }
  });

  it('stores names without separators, so every entry can match', () => {
    for (const name of roleLocals) expect(name).toMatch(/^[a-z0-9]+$/);
  });
});
