import { describe, expect, it } from 'vitest';
import { syntaxCodes, syntaxMessages } from '../../core/syntax-messages.js';
import { checkSyntax } from '../../core/syntax.js';
import type { SyntaxCode } from '../../core/syntax.js';

/** A domain of exactly `length` ASCII characters: 63-character labels, then a `.com` ending. */
function domainOfLength(length: number): string {
  const sizes: number[] = [];
  let body = length - '.com'.length;
  for (; body > 64; body -= 64) sizes.push(63);
  // What is left (1-64 characters) is one label, or two when a single one would be too long.
  sizes.push(...(body === 64 ? [62, 1] : [body]));
  const domain = `${sizes.map((size) => 'd'.repeat(size)).join('.')}.com`;
  if (domain.length !== length) throw new Error(`built ${domain.length}, wanted ${length}`);
  return domain;
}

/** `count` distinct CJK ideographs: each costs about three punycode characters. */
function ideographs(count: number): string {
  return Array.from({ length: count }, (_, i) => String.fromCodePoint(0x4e00 + i * 97)).join('');
}

/** One example per code: the table doubles as the documentation's examples. */
const examples: Record<SyntaxCode, string> = {
  empty: '   ',
  mailto: 'mailto:jane@example.com',
  display_name: 'Jane Doe <jane@example.com>',
  trailing_punctuation: 'jane@example.com,',
  double_at: 'jane@@example.com',
  whitespace: 'jane doe@example.com',
  missing_at: 'jane.example.com',
  quoted_local: '"jane doe"@example.com',
  multiple_at: 'jane@doe@example.com',
  comment: 'jane(work)@example.com',
  local_empty: '@example.com',
  local_too_long: `${'a'.repeat(65)}@example.com`,
  local_unicode: 'josé@example.com',
  local_char: 'jane,doe@example.com',
  local_dot: 'jane..doe@example.com',
  domain_empty: 'jane@',
  ip_literal: 'jane@[192.0.2.1]',
  domain_char: 'jane@exam_ple.com',
  domain_idn: 'jane@ü.123',
  domain_label: 'jane@example..com',
  domain_hyphen: 'jane@-example.com',
  missing_tld: 'jane@localhost',
  tld: 'jane@example.c0m',
  domain_too_long: `jane@${domainOfLength(254)}`,
  too_long: `${'a'.repeat(64)}@${domainOfLength(190)}`,
};

describe('checkSyntax', () => {
  describe('codes', () => {
    it.each(Object.entries(examples))('reports %s for %j', (code, input) => {
      const result = checkSyntax(input);
      expect(result.code).toBe(code);
      expect(result.valid).toBe(false);
      expect(result.normalized).toBeNull();
    });

    it('has an example and a message for every code it can report', () => {
      expect(Object.keys(examples).sort()).toEqual([...syntaxCodes].sort());
      for (const code of syntaxCodes) expect(syntaxMessages[code]).toMatch(/^[A-Z].+\.$/);
    });
  });

  describe('valid addresses', () => {
    it('accepts a plain address and reports its parts', () => {
      expect(checkSyntax('jane@example.com')).toEqual({
        valid: true,
        code: null,
        normalized: 'jane@example.com',
        local: 'jane',
        domain: 'example.com',
        asciiDomain: 'example.com',
        fix: null,
      });
    });

    it('accepts every special character RFC 5322 allows in a local part', () => {
      expect(checkSyntax("!#$%&'*+-/=?^_`{|}~.x@example.com").valid).toBe(true);
    });

    it('accepts a domain that merely looks misspelled, leaving typos to suggestions', () => {
      expect(checkSyntax('user@example.con').valid).toBe(true);
    });

    it('accepts a punycode ending', () => {
      expect(checkSyntax('user@example.xn--p1ai').valid).toBe(true);
    });

    it('accepts hyphens inside labels, even doubled ones', () => {
      expect(checkSyntax('user@my--site.co-op.com').valid).toBe(true);
    });
  });

  describe('trimming and whitespace', () => {
    it('trims what String.prototype.trim trims, no-break and ideographic spaces included', () => {
      const result = checkSyntax('\u00a0\t jane@example.com\u3000\n');
      expect(result.valid).toBe(true);
      expect(result.normalized).toBe('jane@example.com');
    });

    it('refuses whitespace inside the address, whatever its kind', () => {
      for (const space of [' ', '\t', '\u00a0', '\u2003', '\u3000', '\u2028']) {
        expect(checkSyntax(`jane@exa${space}mple.com`).code).toBe('whitespace');
      }
    });

    it('treats a value that is not a string, as plain JavaScript may pass, as empty', () => {
      expect(checkSyntax(undefined as unknown as string).code).toBe('empty');
      expect(checkSyntax(42 as unknown as string).code).toBe('empty');
    });

    it('treats an input of only whitespace as empty', () => {
      expect(checkSyntax('\u00a0\u3000 ').code).toBe('empty');
      expect(checkSyntax('').code).toBe('empty');
    });
  });

  describe('normalisation', () => {
    it('lowercases the local part and the domain', () => {
      expect(checkSyntax('Jane.Doe@Example.COM').normalized).toBe('jane.doe@example.com');
    });

    it('keeps the parts as typed beside the normalized address', () => {
      const result = checkSyntax('Jane@Bücher.DE');
      expect(result.local).toBe('Jane');
      expect(result.domain).toBe('Bücher.DE');
      expect(result.asciiDomain).toBe('xn--bcher-kva.de');
      expect(result.normalized).toBe('jane@xn--bcher-kva.de');
    });

    it('maps fullwidth letters and ideographic full stops of the domain to ASCII', () => {
      expect(checkSyntax('jane@ＥＸＡＭＰＬＥ。ｃｏｍ').normalized).toBe('jane@example.com');
    });
  });

  describe('boundaries', () => {
    it('accepts a 64-character local part and refuses 65', () => {
      expect(checkSyntax(`${'a'.repeat(64)}@example.com`).valid).toBe(true);
      expect(checkSyntax(`${'a'.repeat(65)}@example.com`).code).toBe('local_too_long');
    });

    it('accepts a 63-character label and refuses 64', () => {
      expect(checkSyntax(`jane@${'b'.repeat(63)}.com`).valid).toBe(true);
      expect(checkSyntax(`jane@${'b'.repeat(64)}.com`).code).toBe('domain_label');
    });

    it('lets a 253-character domain through its own rule and refuses 254', () => {
      // With the shortest local part, 253 already makes the whole address 255 characters long.
      expect(checkSyntax(`j@${domainOfLength(253)}`).code).toBe('too_long');
      expect(checkSyntax(`j@${domainOfLength(254)}`).code).toBe('domain_too_long');
    });

    it('accepts a 254-character address and refuses 255', () => {
      const ok = `${'a'.repeat(64)}@${domainOfLength(189)}`;
      const over = `${'a'.repeat(64)}@${domainOfLength(190)}`;
      expect(ok).toHaveLength(254);
      expect(checkSyntax(ok).valid).toBe(true);
      expect(over).toHaveLength(255);
      expect(checkSyntax(over).code).toBe('too_long');
    });

    it('measures an IDN label by its punycode form, not by the characters typed', () => {
      expect(checkSyntax(`jane@${ideographs(20)}.de`).asciiDomain).toHaveLength(57 + '.de'.length);
      expect(checkSyntax(`jane@${ideographs(20)}.de`).valid).toBe(true);
      // 25 characters typed, 72 once converted.
      expect(checkSyntax(`jane@${ideographs(25)}.de`).code).toBe('domain_label');
    });

    it('measures an IDN domain by its punycode form', () => {
      const unicode = `${ideographs(20)}.`.repeat(5) + 'de';
      expect(unicode.length).toBeLessThan(253);
      const result = checkSyntax(`jane@${unicode}`);
      expect(result.code).toBe('domain_too_long');
      expect(result.asciiDomain?.length).toBeGreaterThan(253);
    });

    it('needs an ending of two letters or more', () => {
      expect(checkSyntax('jane@example.io').valid).toBe(true);
      expect(checkSyntax('jane@example.c').code).toBe('tld');
    });
  });

  describe('domains that are not names', () => {
    it('refuses bracketed and bare IPv4 literals', () => {
      expect(checkSyntax('jane@[192.0.2.1]').code).toBe('ip_literal');
      expect(checkSyntax('jane@[IPv6:2001:db8::1]').code).toBe('ip_literal');
      expect(checkSyntax('jane@192.0.2.1').code).toBe('ip_literal');
    });

    it('cannot be tricked by the URL parser into reading numbers as an IPv4 address', () => {
      expect(checkSyntax('user@123').code).toBe('missing_tld');
      expect(checkSyntax('user@0x7f.1').code).toBe('tld');
      expect(checkSyntax('user@1.2.3').code).toBe('tld');
      expect(checkSyntax('user@１２７.０.０.１').code).toBe('ip_literal');
      expect(checkSyntax('user@ü.0x10').code).toBe('domain_idn');
    });

    it('refuses URL syntax before it can reach the URL parser', () => {
      for (const domain of [
        'ex%61mple.com',
        'ü.com/x',
        'ü.com:25',
        'ü.com?x',
        'ü.com#x',
        'a\\b.ü',
      ]) {
        expect(checkSyntax(`jane@${domain}`).code).toBe('domain_char');
      }
    });

    it('refuses a Unicode character that maps to a character a domain cannot hold', () => {
      expect(checkSyntax('jane@ü＿x.com').code).toBe('domain_char');
      expect(checkSyntax('jane@ü！.com').code).toBe('domain_char');
    });

    it('refuses a trailing dot written as an ideographic full stop', () => {
      expect(checkSyntax('jane@bücher.de。').code).toBe('domain_label');
    });
  });

  describe('the local part', () => {
    it('refuses a dot at the start, at the end or twice in a row', () => {
      for (const local of ['.jane', 'jane.', 'ja..ne']) {
        expect(checkSyntax(`${local}@example.com`).code).toBe('local_dot');
      }
    });

    it('refuses control characters', () => {
      expect(checkSyntax('ja\u0000ne@example.com').code).toBe('local_char');
    });

    it('accepts a Unicode local part only when asked to, lowercased when normalized', () => {
      expect(checkSyntax('José@example.com').code).toBe('local_unicode');
      const result = checkSyntax('José@example.com', { allowUnicodeLocal: true });
      expect(result.valid).toBe(true);
      expect(result.normalized).toBe('josé@example.com');
    });

    it('counts a Unicode local part in UTF-8 octets, as SMTP does', () => {
      const options = { allowUnicodeLocal: true };
      expect(checkSyntax(`${'é'.repeat(32)}@example.com`, options).valid).toBe(true);
      expect(checkSyntax(`${'é'.repeat(33)}@example.com`, options).code).toBe('local_too_long');
    });

    it('refuses a lone surrogate, which no mail server could receive', () => {
      const result = checkSyntax('ja\ud800ne@example.com', { allowUnicodeLocal: true });
      expect(result.code).toBe('local_char');
    });

    it('still refuses forbidden ASCII in a Unicode local part', () => {
      const result = checkSyntax('josé,x@example.com', { allowUnicodeLocal: true });
      expect(result.code).toBe('local_char');
    });
  });

  describe('order of checks', () => {
    it('reports whitespace before a missing @', () => {
      expect(checkSyntax('jane doe').code).toBe('whitespace');
    });

    it('reports a quoted local part before counting the @ signs inside it', () => {
      expect(checkSyntax('"jane@home"@example.com').code).toBe('quoted_local');
    });

    it('reports the local part before the domain', () => {
      expect(checkSyntax('.jane@-example.com').code).toBe('local_dot');
    });

    it('reports the parts it could split even when invalid', () => {
      const result = checkSyntax('jane@localhost');
      expect(result.local).toBe('jane');
      expect(result.domain).toBe('localhost');
      expect(result.asciiDomain).toBe('localhost');
    });
  });
});
