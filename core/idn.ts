/**
 * Domain names to their ASCII (punycode) form, identically in browsers and in Node.
 *
 * Both implement the WHATWG URL standard's "domain to ASCII" (UTS-46, non-transitional, no
 * STD3 rules): Node's `url.domainToASCII` and `new URL()` use the same code, and browsers use it
 * for every link. Going through `new URL()` therefore gives the same answer everywhere without
 * shipping a mapping table.
 */

/** Why a domain could not be turned into an ASCII host name. */
export type DomainToAsciiError = 'domain_char' | 'domain_idn';

export type DomainToAsciiResult =
  { ok: true; ascii: string } | { ok: false; code: DomainToAsciiError };

/** Any ASCII character other than a letter, a digit, `.` or `-`. */
const FORBIDDEN_ASCII = /[\0-,/:-@[-`{-\x7f]/;
/** What a converted host name may consist of. */
const ASCII_HOST = /^[a-z0-9.-]+$/;
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Converts a domain (Unicode or ASCII, any case) to lowercase ASCII.
 *
 * ASCII characters other than letters, digits, `.` and `-` are refused before any conversion
 * (`domain_char`), so `%`, `/`, `:`, `[`, `_` … never reach the URL parser, where they would mean
 * something else. A conversion the URL parser refuses is `domain_idn`; a result that is not pure
 * `[a-z0-9.-]` (a fullwidth `!` maps to `!`) is `domain_char`. Label and length rules are the
 * caller's: this only converts.
 */
export function domainToAscii(domain: string): DomainToAsciiResult {
  if (FORBIDDEN_ASCII.test(domain)) return { ok: false, code: 'domain_char' };
  // Pure ASCII needs no mapping beyond case, and skipping the URL parser keeps it cheap.
  if (!NON_ASCII.test(domain)) return { ok: true, ascii: domain.toLowerCase() };
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return { ok: false, code: 'domain_idn' };
  }
  if (!ASCII_HOST.test(host)) return { ok: false, code: 'domain_char' };
  return { ok: true, ascii: host };
}
