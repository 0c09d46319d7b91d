import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../proxy/config/did-you-mean.js';

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
});
