import { describe, expect, it } from 'vitest';
import { KNOWN_DOMAINS } from '../../../core/data/domains.js';
import { BY_SLD, KNOWN } from '../../../core/typo/known.js';

describe('the known domains', () => {
  it('come most popular first and, among equals, .com first, as the typo scan takes them', () => {
    const sorted = [...KNOWN].sort(
      (a, b) => b.weight - a.weight || Number(b.suffix === 'com') - Number(a.suffix === 'com'),
    );
    expect(KNOWN.map((known) => known.domain)).toEqual(sorted.map((known) => known.domain));
  });

  it('are every domain of the list, once', () => {
    expect(KNOWN.map((known) => known.domain)).toEqual([...KNOWN_DOMAINS.keys()]);
    expect(new Set(KNOWN.map((known) => known.domain)).size).toBe(KNOWN.length);
  });

  it('offer a provider’s .com first for a bare name', () => {
    expect(BY_SLD.get('live')?.[0]?.domain).toBe('live.com');
    expect(BY_SLD.get('gmx')?.[0]?.domain).toBe('gmx.com');
    expect(BY_SLD.get('yandex')?.[0]?.domain).toBe('yandex.ru');
  });
});
