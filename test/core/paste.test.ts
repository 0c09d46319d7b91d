import { describe, expect, it } from 'vitest';
import { recognisePaste } from '../../core/paste.js';
import { checkSyntax } from '../../core/syntax.js';

describe('recognisePaste', () => {
  it('finds nothing in a valid address', () => {
    for (const address of ['jane@example.com', "o'neil.+tag@example.co.uk", 'mailto@x.com']) {
      expect(recognisePaste(address)).toBeNull();
    }
  });

  it('undoes the mistakes it finds from the outside in, reporting the first', () => {
    expect(recognisePaste('Jane <mailto:jane@x.com>,')).toEqual({
      code: 'trailing_punctuation',
      candidate: 'jane@x.com',
    });
  });
});

describe('paste mistakes in checkSyntax', () => {
  describe('mailto', () => {
    it('recognises a mailto: link and offers the address as typed', () => {
      expect(checkSyntax('mailto:Jane@Example.com')).toMatchObject({
        valid: false,
        code: 'mailto',
        fix: 'Jane@Example.com',
      });
    });

    it('ignores the case of the scheme', () => {
      expect(checkSyntax('MAILTO:jane@example.com').fix).toBe('jane@example.com');
    });

    it('drops the query of the link', () => {
      expect(checkSyntax('mailto:jane@example.com?subject=Hello&body=Hi').fix).toBe(
        'jane@example.com',
      );
    });

    it('percent-decodes the address as RFC 6068 encodes it', () => {
      expect(checkSyntax('mailto:jane%2Bnews@example.com').fix).toBe('jane+news@example.com');
    });

    it('offers no fix for a link to several addresses', () => {
      const result = checkSyntax('mailto:jane@example.com,joe@example.com');
      expect(result.code).toBe('mailto');
      expect(result.fix).toBeNull();
    });

    it('offers no fix for a bare scheme', () => {
      expect(checkSyntax('mailto:')).toMatchObject({ code: 'mailto', fix: null });
    });
  });

  describe('display_name', () => {
    it('recognises a display name and offers the address between the brackets', () => {
      expect(checkSyntax('Jane Doe <jane@example.com>')).toMatchObject({
        code: 'display_name',
        fix: 'jane@example.com',
      });
    });

    it('recognises a quoted display name and bare brackets', () => {
      expect(checkSyntax('"Doe, Jane" <jane@example.com>').fix).toBe('jane@example.com');
      expect(checkSyntax('<jane@example.com>').fix).toBe('jane@example.com');
    });

    it('offers no fix when the brackets hold no valid address', () => {
      expect(checkSyntax('Jane Doe <jane at example>')).toMatchObject({
        code: 'display_name',
        fix: null,
      });
    });
  });

  describe('trailing_punctuation', () => {
    it('recognises a dot, comma or semicolon after the address', () => {
      for (const mark of ['.', ',', ';', '.,']) {
        expect(checkSyntax(`jane@example.com${mark}`)).toMatchObject({
          code: 'trailing_punctuation',
          fix: 'jane@example.com',
        });
      }
    });

    it('leaves a word with no @ to the missing @ rule', () => {
      expect(checkSyntax('jane.').code).toBe('missing_at');
    });

    it('offers no fix when what remains is still invalid', () => {
      expect(checkSyntax('jane@example.')).toMatchObject({
        code: 'trailing_punctuation',
        fix: null,
      });
    });
  });

  describe('double_at', () => {
    it('recognises a doubled @ and offers the address with one', () => {
      expect(checkSyntax('jane@@example.com')).toMatchObject({
        code: 'double_at',
        fix: 'jane@example.com',
      });
      expect(checkSyntax('jane@@@example.com').fix).toBe('jane@example.com');
    });

    it('leaves a second, separate @ to the multiple @ rule', () => {
      expect(checkSyntax('jane@@example@com').code).toBe('multiple_at');
      expect(checkSyntax('jane@example@@com').code).toBe('multiple_at');
    });

    it('needs something on both sides of the @@', () => {
      expect(checkSyntax('@@example.com').code).not.toBe('double_at');
      expect(checkSyntax('jane@@').code).not.toBe('double_at');
    });
  });

  it('never reports a fix for a valid address', () => {
    expect(checkSyntax('jane@example.com').fix).toBeNull();
  });

  it('trims around the address it recovers', () => {
    expect(checkSyntax('  mailto: jane@example.com ').fix).toBe('jane@example.com');
    expect(checkSyntax('Jane < jane@example.com >').fix).toBe('jane@example.com');
  });
});
