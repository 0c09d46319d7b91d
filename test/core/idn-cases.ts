/**
 * Domains and their ASCII form, shared by the Node suite and the Chromium suite so both assert
 * the very same conversions. `ascii` is the expected result; `code` the expected refusal.
 */
export interface IdnCase {
  input: string;
  ascii?: string;
  code?: 'domain_char' | 'domain_idn';
  why: string;
}

export const idnCases: IdnCase[] = [
  { input: 'bücher.de', ascii: 'xn--bcher-kva.de', why: 'a Latin letter with a diaeresis' },
  { input: 'Bücher.DE', ascii: 'xn--bcher-kva.de', why: 'mixed case' },
  { input: 'münchen。de', ascii: 'xn--mnchen-3ya.de', why: 'an ideographic full stop' },
  { input: 'ＥＸＡＭＰＬＥ．ｃｏｍ', ascii: 'example.com', why: 'fullwidth letters and stop' },
  { input: 'example｡com', ascii: 'example.com', why: 'a halfwidth ideographic full stop' },
  { input: '例え。テスト', ascii: 'xn--r8jz45g.xn--zckzah', why: 'Japanese, ideographic stop' },
  { input: '日本語.jp', ascii: 'xn--wgv71a119e.jp', why: 'CJK ideographs' },
  { input: 'faß.de', ascii: 'xn--fa-hia.de', why: 'sharp s kept (non-transitional)' },
  { input: 'ς.gr', ascii: 'xn--3xa.gr', why: 'final sigma kept (non-transitional)' },
  { input: '💩.la', ascii: 'xn--ls8h.la', why: 'an emoji outside the BMP' },
  { input: 'gma\u00adil.com', ascii: 'gmail.com', why: 'a soft hyphen, which UTS-46 ignores' },
  { input: 'Example.COM', ascii: 'example.com', why: 'plain ASCII, lowercased' },
  { input: 'xn--a.com', ascii: 'xn--a.com', why: 'ASCII is never handed to the URL parser' },
  {
    input: '１２７.０.０.１',
    ascii: '127.0.0.1',
    why: 'fullwidth digits (the label rules refuse it)',
  },
  { input: 'ü.123', code: 'domain_idn', why: 'a numeric last label the URL parser refuses' },
  { input: 'ü.0x10', code: 'domain_idn', why: 'a hexadecimal last label' },
  { input: 'ü.xn--a', code: 'domain_idn', why: 'an invalid punycode label beside Unicode' },
  { input: 'a\u200d.ü', code: 'domain_idn', why: 'a zero-width joiner out of context' },
  { input: 'ü\ud800.com', code: 'domain_idn', why: 'a lone surrogate' },
  { input: 'ü＿x.com', code: 'domain_char', why: 'fullwidth low line maps to _' },
  { input: 'ü！.com', code: 'domain_char', why: 'fullwidth exclamation mark maps to !' },
  { input: 'ü%41.com', code: 'domain_char', why: 'a percent sign, refused before conversion' },
  { input: 'ü.com/x', code: 'domain_char', why: 'a slash, refused before conversion' },
  { input: 'ü_x.com', code: 'domain_char', why: 'an underscore' },
];
