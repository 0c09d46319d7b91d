import { describe, expect, it } from 'vitest';
import { BY_SLD } from '../../../core/typo/known.js';
import { fixSuffix } from '../../../core/typo/suffix.js';

function family(sld: string) {
  const known = BY_SLD.get(sld);
  if (!known) throw new Error(`${sld} is not a known provider name`);
  return known;
}
const fix = (sld: string, suffix: string) => fixSuffix(suffix, family(sld))?.domain ?? null;

describe('fixSuffix', () => {
  it('reads .co and .cm after a provider name as .com, even for a multi-country provider', () => {
    expect(fix('yahoo', 'co')).toBe('yahoo.com');
    expect(fix('hotmail', 'cm')).toBe('hotmail.com');
    expect(fix('gmail', 'co')).toBe('gmail.com');
  });

  it("picks the provider's ending the slip is nearest to", () => {
    expect(fix('hotmail', 'co.uj')).toBe('hotmail.co.uk');
    expect(fix('optusnet', 'com.ua')).toBe('optusnet.com.au');
    expect(fix('yahoo', 'fe')).toBe('yahoo.fr');
  });

  it('leaves a multi-country provider on a real country code alone', () => {
    expect(fix('yahoo', 'se')).toBeNull();
    expect(fix('hotmail', 'com.tr')).toBeNull();
  });

  it('swaps .com, .net and .org only for popular providers', () => {
    expect(fix('comcast', 'com')).toBe('comcast.net');
    expect(fix('outlook', 'org')).toBe('outlook.com');
    expect(fix('laposte', 'com')).toBeNull();
  });

  it("does not stretch a single-domain provider's name to a far country code", () => {
    expect(fix('gmail', 'de')).toBeNull();
    expect(fix('icloud', 'ai')).toBeNull();
  });
});
