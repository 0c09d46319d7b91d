import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCacheKey } from '../../../proxy/verdicts/cache-key.js';

describe('cache keys', () => {
  const key = createCacheKey('a-salt-for-these-tests');

  it('never contain the address or any part of it', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const made = key(email, {}, 'spamidate');
        const [local = '', domain = ''] = email.split('@');
        expect(made).not.toContain(email);
        if (local.length > 3) expect(made).not.toContain(local);
        if (domain.length > 3) expect(made).not.toContain(domain);
        expect(made).toMatch(/^v1:[A-Za-z0-9_-]{43}$/);
      }),
    );
  });

  it('are the same for the same normalized address, whatever its case', () => {
    expect(key('Jane@Example.com', {}, 'spamidate')).toBe(key('jane@example.com', {}, 'spamidate'));
  });

  it('treat absent options and false options as the same request', () => {
    expect(key('a@b.co', {}, 'x')).toBe(
      key('a@b.co', { quickMode: false, skipCatchAll: false }, 'x'),
    );
  });

  it('differ by address, by option and by upstream', () => {
    const all = new Set([
      key('a@b.co', {}, 'spamidate'),
      key('b@b.co', {}, 'spamidate'),
      key('a@b.co', { quickMode: true }, 'spamidate'),
      key('a@b.co', { skipCatchAll: true }, 'spamidate'),
      key('a@b.co', {}, 'xmagnet'),
    ]);
    expect(all.size).toBe(5);
  });

  it('depend on the salt, so a store reader cannot test guesses without it', () => {
    expect(createCacheKey('one-salt-of-sixteen')('a@b.co', {}, 'x')).not.toBe(
      createCacheKey('another-salt-sixteen')('a@b.co', {}, 'x'),
    );
  });

  it('are salted randomly per process by default', () => {
    expect(createCacheKey()('a@b.co', {}, 'x')).not.toBe(createCacheKey()('a@b.co', {}, 'x'));
  });

  it('refuse an empty salt', () => {
    expect(() => createCacheKey('')).toThrow(/salt must not be empty/);
  });
});
