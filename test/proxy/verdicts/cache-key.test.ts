import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCacheKey, saltedAddressKey } from '../../../proxy/verdicts/cache-key.js';

describe('cache keys', () => {
  const key = createCacheKey(saltedAddressKey('a-salt-for-these-tests'));

  it('never contain the address or any part of it', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const made = key(email, {}, 'spamidate');
        const [local = '', domain = ''] = email.split('@');
        expect(made).not.toContain(email);
        if (local.length > 3) expect(made).not.toContain(local);
        if (domain.length > 3) expect(made).not.toContain(domain);
        expect(made).toMatch(/^v2:spamidate:00:[A-Za-z0-9_-]{43}$/);
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

  it('use the address key the caller already has instead of hashing again', () => {
    const seen: string[] = [];
    const counted = createCacheKey((email) => {
      seen.push(email);
      return `hash-of-${email}`;
    });
    expect(counted('a@b.co', {}, 'x')).toBe('v2:x:00:hash-of-a@b.co');
    expect(counted('a@b.co', { quickMode: true }, 'x', 'hash-of-a@b.co')).toBe(
      'v2:x:10:hash-of-a@b.co',
    );
    expect(seen).toEqual(['a@b.co']);
  });

  it('depend on the salt, so a store reader cannot test guesses without it', () => {
    expect(createCacheKey(saltedAddressKey('one-salt-of-sixteen'))('a@b.co', {}, 'x')).not.toBe(
      createCacheKey(saltedAddressKey('another-salt-sixteen'))('a@b.co', {}, 'x'),
    );
  });

  it('are salted randomly per process by default', () => {
    expect(createCacheKey()('a@b.co', {}, 'x')).not.toBe(createCacheKey()('a@b.co', {}, 'x'));
  });

  it('refuse an empty salt', () => {
    expect(() => saltedAddressKey('')).toThrow(/salt must not be empty/);
  });
});
