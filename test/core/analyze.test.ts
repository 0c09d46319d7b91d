import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.js';
import { syntaxMessages } from '../../core/syntax-messages.js';
import { checkSyntax } from '../../core/syntax.js';

describe('analyze', () => {
  it('returns the input exactly, whitespace and all, beside the syntax verdict', () => {
    const input = '  Jane@Example.com ';
    expect(analyze(input)).toEqual({
      email: input,
      valid: true,
      code: null,
      message: null,
      normalized: 'jane@example.com',
      local: 'Jane',
      domain: 'Example.com',
      asciiDomain: 'example.com',
      suggestion: null,
      role: false,
      disposable: false,
    });
  });

  it('explains an invalid address with the documented message of its code', () => {
    const result = analyze('jane..doe@example.com');
    expect(result.code).toBe('local_dot');
    expect(result.message).toBe(syntaxMessages.local_dot);
    expect(result.normalized).toBeNull();
  });

  describe('suggestions', () => {
    it('offers the fix of a paste mistake', () => {
      expect(analyze('Jane Doe <jane@example.com>').suggestion).toBe('jane@example.com');
    });

    it('corrects a typo in a valid address, keeping the local part as typed', () => {
      expect(analyze('Jane.Doe@gmial.com').suggestion).toBe('Jane.Doe@gmail.com');
    });

    it('lets the typo engine complete an address whose ending is missing', () => {
      expect(analyze('jane@gmail').suggestion).toBe('jane@gmail.com');
    });

    it('corrects a typo inside a paste fix', () => {
      expect(analyze('mailto:jane@gmial.com?subject=Hi').suggestion).toBe('jane@gmail.com');
    });

    it('offers nothing for a good address', () => {
      expect(analyze('jane@gmail.com').suggestion).toBeNull();
    });

    it('offers nothing for an address broken beyond its ending', () => {
      expect(analyze('jane doe@gmial.com').suggestion).toBeNull();
      expect(analyze('jane@gm_ial.com').suggestion).toBeNull();
    });

    it('only ever suggests a valid address', () => {
      for (const input of ['mailto:jane@gmial.com', 'jane@gmail', 'jane@hotmial.com,']) {
        const { suggestion } = analyze(input);
        expect(suggestion).not.toBeNull();
        expect(checkSyntax(suggestion ?? '').valid).toBe(true);
      }
    });
  });

  describe('hints', () => {
    it('flags a role address, ignoring case and tags', () => {
      expect(analyze('Support+billing@example.com').role).toBe(true);
      expect(analyze('jane@example.com').role).toBe(false);
    });

    it('flags a common disposable domain and its subdomains', () => {
      expect(analyze('jane@mailinator.com').disposable).toBe(true);
      expect(analyze('jane@x.yopmail.com').disposable).toBe(true);
      expect(analyze('jane@example.com').disposable).toBe(false);
    });

    it('gives hints only for valid addresses', () => {
      const result = analyze('info@@mailinator.com');
      expect(result.valid).toBe(false);
      expect(result.role).toBe(false);
      expect(result.disposable).toBe(false);
    });
  });

  it('passes the options to the syntax check', () => {
    expect(analyze('josé@example.com').code).toBe('local_unicode');
    expect(analyze('josé@example.com', { allowUnicodeLocal: true }).valid).toBe(true);
  });
});
