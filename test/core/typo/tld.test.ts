import { describe, expect, it } from 'vitest';
import { fixTld } from '../../../core/typo/tld.js';

describe('fixTld', () => {
  it.each([
    ['con', 'com'],
    ['cmo', 'com'],
    ['comm', 'com'],
    ['xom', 'com'],
    ['ney', 'net'],
    ['nte', 'net'],
    ['ogr', 'org'],
    ['rog', 'org'],
    ['edi', 'edu'],
    ['inf', 'info'],
    ['nt', 'net'],
  ])('reads .%s as .%s', (typed, meant) => {
    expect(fixTld(typed)).toBe(meant);
  });

  it.each(['photography', 'zzz', 'qq', 'xyzzy'])('has no reading for .%s', (typed) => {
    expect(fixTld(typed)).toBeNull();
  });
});
