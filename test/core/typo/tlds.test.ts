import { describe, expect, it } from 'vitest';
import { isRealTld } from '../../../core/data/tlds.js';

// The two-letter country codes of the IANA root zone, spelled out: for each first letter, the
// second letters that exist. core/data/tlds.ts ships them as a bitmap.
const COUNTRY_CODES: Record<string, string> = {
  a: 'cdefgilmoqrstuwxz',
  b: 'abdefghijmnorstvwyz',
  c: 'acdfghiklmnoruvwxyz',
  d: 'ejkmoz',
  e: 'cegrstu',
  f: 'ijkmor',
  g: 'abdefghilmnpqrstuwy',
  h: 'kmnrtu',
  i: 'delmnoqrst',
  j: 'emop',
  k: 'eghimnprwyz',
  l: 'abcikrstuvy',
  m: 'acdeghklmnopqrstuvwxyz',
  n: 'acefgilopruz',
  o: 'm',
  p: 'aefghklmnrstwy',
  q: 'a',
  r: 'eosuw',
  s: 'abcdeghijklmnorstuvxyz',
  t: 'cdfghjklmnortvwz',
  u: 'agksyz',
  v: 'aceginu',
  w: 'fs',
  x: '',
  y: 'et',
  z: 'amw',
};

describe('isRealTld', () => {
  it('knows exactly the two-letter country codes that exist', () => {
    for (const first of 'abcdefghijklmnopqrstuvwxyz') {
      for (const second of 'abcdefghijklmnopqrstuvwxyz') {
        const real = COUNTRY_CODES[first]?.includes(second) ?? false;
        expect(isRealTld(first + second), first + second).toBe(real);
      }
    }
  });

  it.each(['com', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'cam', 'new', 'bet', 'ong'])(
    'knows the generic TLD .%s a slip away from a common one',
    (tld) => {
      expect(isRealTld(tld)).toBe(true);
    },
  );

  it.each(['con', 'cmo', 'comm', 'ney', 'ogr', 'nte', 'c0m', '', 'c', 'a{', '{a', 'ée'])(
    'knows .%s does not exist',
    (tld) => {
      expect(isRealTld(tld)).toBe(false);
    },
  );
});
