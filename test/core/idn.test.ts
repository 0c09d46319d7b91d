import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { domainToAscii } from '../../core/idn.js';
import { idnCases } from './idn-cases.js';

const NON_ASCII = /[^\0-\x7f]/;

describe('domainToAscii', () => {
  it.each(idnCases)('converts $input ($why)', ({ input, ascii, code }) => {
    const result = domainToAscii(input);
    if (ascii !== undefined) expect(result).toEqual({ ok: true, ascii });
    else expect(result).toEqual({ ok: false, code });
  });

  it('agrees with Node’s url.domainToASCII on every Unicode domain it converts', () => {
    const unicode = idnCases.filter(({ input, ascii }) => ascii && NON_ASCII.test(input));
    expect(unicode.length).toBeGreaterThan(5);
    for (const { input, ascii } of unicode) expect(domainToASCII(input)).toBe(ascii);
  });

  it('agrees with Node’s url.domainToASCII on every Unicode domain it refuses as IDN', () => {
    for (const { input } of idnCases.filter(({ code }) => code === 'domain_idn')) {
      expect(domainToASCII(input)).toBe('');
    }
  });
});
