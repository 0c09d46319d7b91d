import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../core/did-you-mean.js';

describe('didYouMean', () => {
  it('finds a property that differs only in case', () => {
    expect(didYouMean('maxentries', ['maxEntries', 'ttlMs'])).toBe('maxEntries');
  });

  it('finds a property with a typo of one or two letters', () => {
    expect(didYouMean('trustPoxy', ['trustProxy', 'keys'])).toBe('trustProxy');
    expect(didYouMean('orgins', ['origins', 'scopes', 'ip'])).toBe('origins');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('colour', ['keys', 'upstreams', 'cache'])).toBeNull();
  });

  it('falls back to the one candidate sharing the first four letters', () => {
    expect(didYouMean('retry', ['retries', 'ttlMs', 'breaker'])).toBe('retries');
    expect(didYouMean('--allow', ['--json', '--allow-unicode-local'])).toBe(
      '--allow-unicode-local',
    );
  });

  it('says nothing when several candidates share those letters', () => {
    expect(didYouMean('time', ['timeoutMs', 'timeWindow'])).toBeNull();
  });
});
