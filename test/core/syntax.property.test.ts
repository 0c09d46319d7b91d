import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.js';
import { checkSyntax } from '../../core/syntax.js';

const RUNS = { numRuns: 800 };

/** Characters that matter to the policy, so random strings often come close to an address. */
const addressish = fc.string({
  unit: fc.constantFrom(
    ...'aZ09.-_+@@@ "(<>),;:[]%\\/'.split(''),
    'ü',
    '。',
    'Ｅ',
    '\u00a0',
    '\u3000',
    '\u200d',
    '\ud800',
    'mailto:',
    '.com',
    '.xn--p1ai',
    'xn--',
  ),
  maxLength: 80,
});

const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  fc.string({ maxLength: 2000 }),
  addressish,
);

/** Addresses RFC 5322 allows, plus Unicode domains: most pass the policy, some do not. */
const addresses = fc.oneof(
  fc.emailAddress(),
  fc
    .tuple(
      fc.emailAddress(),
      fc.constantFrom('Bücher', 'ＥＸＡＭＰＬＥ', '例え', 'MÜNCHEN', 'faß'),
      fc.constantFrom('.de', '。jp', '．ＣＯＭ', '.xn--p1ai'),
    )
    .map(([email, name, ending]) => `${email.slice(0, email.indexOf('@'))}@${name}${ending}`),
);

/** Valid addresses on well-known domains with one slip of the finger in the domain. */
const typos = fc
  .tuple(
    fc.emailAddress().map((email) => email.slice(0, email.indexOf('@'))),
    fc.constantFrom('gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com'),
    fc.nat(),
    fc.constantFrom('drop', 'double', 'swap', 'replace'),
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
  )
  .map(([local, domain, at, slip, letter]) => {
    const i = at % (domain.length - 1);
    const typed =
      slip === 'drop'
        ? domain.slice(0, i) + domain.slice(i + 1)
        : slip === 'double'
          ? domain.slice(0, i) + domain.charAt(i) + domain.slice(i)
          : slip === 'swap'
            ? domain.slice(0, i) + domain.charAt(i + 1) + domain.charAt(i) + domain.slice(i + 2)
            : domain.slice(0, i) + letter + domain.slice(i + 1);
    return `${local}@${typed}`;
  });

/** As a mailto: link carries it (RFC 6068): `%`, `?` and `#` percent-encoded. */
function mailtoEncode(address: string): string {
  return address.replace(/[%?#]/g, (char) => encodeURIComponent(char));
}

/** A valid address wrapped in one of the paste mistakes analyze recognises. */
const pasted = fc
  .tuple(
    addresses.filter((address) => checkSyntax(address).valid),
    fc.constantFrom(
      (a: string) => `mailto:${mailtoEncode(a)}`,
      (a: string) => `MAILTO:${mailtoEncode(a)}?subject=Hello`,
      (a: string) => `Jane Doe <${a}>`,
      (a: string) => `${a},`,
      (a: string) => `${a}.`,
      (a: string) => a.replace('@', '@@'),
    ),
  )
  .map(([address, wrap]) => ({ address, input: wrap(address) }));

describe('syntax properties', () => {
  it('never throws on any string up to 2,000 characters, with or without options', () => {
    fc.assert(
      fc.property(anything, fc.boolean(), (input, allowUnicodeLocal) => {
        const result = analyze(input, { allowUnicodeLocal });
        expect(result.email).toBe(input);
        expect(result.valid).toBe(result.code === null);
      }),
      RUNS,
    );
  });

  it('keeps every valid address within the limits, in lowercase ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(addresses, addressish), (input) => {
        const { valid, normalized, asciiDomain } = checkSyntax(input);
        if (!valid || normalized === null || asciiDomain === null) return;
        expect(normalized.length).toBeLessThanOrEqual(254);
        expect(asciiDomain.length).toBeLessThanOrEqual(253);
        expect(asciiDomain).toMatch(/^[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/);
        expect(normalized).toBe(normalized.toLowerCase());
      }),
      RUNS,
    );
  });

  it('normalizes idempotently: a normalized address normalizes to itself', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(addresses, addressish), fc.boolean(), (input, allowUnicodeLocal) => {
        const { normalized } = checkSyntax(input, { allowUnicodeLocal });
        if (normalized === null) return;
        checked++;
        const again = checkSyntax(normalized, { allowUnicodeLocal });
        expect(again.valid).toBe(true);
        expect(again.normalized).toBe(normalized);
      }),
      RUNS,
    );
    // The property says nothing unless plenty of inputs were valid.
    expect(checked).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('suggests only valid addresses that keep the local part and differ from the input', () => {
    let suggested = 0;
    fc.assert(
      fc.property(fc.oneof(typos, addresses, addressish), (input) => {
        const { suggestion } = analyze(input);
        if (suggestion === null) return;
        suggested++;
        const result = checkSyntax(suggestion);
        expect(result.valid).toBe(true);
        expect(suggestion).not.toBe(input);
        const typed = checkSyntax(input);
        if (typed.local !== null) expect(result.local).toBe(typed.local);
      }),
      RUNS,
    );
    expect(suggested).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('recovers the address from every paste mistake, local part intact', () => {
    fc.assert(
      fc.property(pasted, ({ address, input }) => {
        const result = analyze(input);
        expect(result.valid).toBe(false);
        expect(result.suggestion).not.toBeNull();
        const suggested = checkSyntax(result.suggestion ?? '');
        expect(suggested.valid).toBe(true);
        expect(suggested.local).toBe(checkSyntax(address).local);
      }),
      RUNS,
    );
  });
});
