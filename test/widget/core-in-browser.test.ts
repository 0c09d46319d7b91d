import { expect } from '@open-wc/testing';
import { analyze } from '../../core/analyze.js';
import { domainToAscii } from '../../core/idn.js';
import { checkSyntax } from '../../core/syntax.js';
import { idnCases } from '../core/idn-cases.js';

describe('core in the browser', () => {
  it('accepts a plain address', () => {
    expect(checkSyntax('jane@example.com').valid).to.equal(true);
  });

  for (const { input, ascii, code, why } of idnCases) {
    it(`converts ${input} exactly as Node does (${why})`, () => {
      const result = domainToAscii(input);
      if (ascii !== undefined) expect(result).to.deep.equal({ ok: true, ascii });
      else expect(result).to.deep.equal({ ok: false, code });
    });
  }

  it('normalizes an IDN address to the same punycode as Node', () => {
    expect(checkSyntax('Jane@Bücher.DE').normalized).to.equal('jane@xn--bcher-kva.de');
    expect(checkSyntax('jane@ＥＸＡＭＰＬＥ。ｃｏｍ').normalized).to.equal('jane@example.com');
  });

  it('cannot be tricked by the URL parser into reading numbers as an IPv4 address', () => {
    expect(checkSyntax('user@123').valid).to.equal(false);
    expect(checkSyntax('user@0x7f.1').valid).to.equal(false);
    expect(checkSyntax('user@１２７.０.０.１').code).to.equal('ip_literal');
  });

  it('runs the instant analysis, paste fixes included', () => {
    const result = analyze('mailto:Jane@Bücher.de?subject=Hi');
    expect(result.code).to.equal('mailto');
    expect(result.suggestion).to.equal('Jane@Bücher.de');
  });
});
