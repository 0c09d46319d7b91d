/**
 * The syntax policy: what "valid" means for every part of email-check (PRODUCT.md, "syntax
 * policy"). Pure and isomorphic: the widget runs it on each keystroke, the proxy before any
 * network work, the CLI on millions of lines.
 */
import { domainToAscii } from './idn.js';
import { recognisePaste } from './paste.js';

/**
 * Stable reason codes for invalid syntax, in the order they are checked: `checkSyntax` reports
 * the first that applies. Callers may switch on them and translate them; `syntaxMessages`
 * (core/syntax-messages.ts) explains each one in English.
 */
export type SyntaxCode =
  | 'empty'
  | 'mailto'
  | 'display_name'
  | 'trailing_punctuation'
  | 'double_at'
  | 'quoted_local'
  | 'whitespace'
  | 'missing_at'
  | 'multiple_at'
  | 'comment'
  | 'local_empty'
  | 'local_too_long'
  | 'local_unicode'
  | 'local_char'
  | 'local_dot'
  | 'domain_empty'
  | 'ip_literal'
  | 'domain_char'
  | 'domain_idn'
  | 'domain_label'
  | 'domain_hyphen'
  | 'missing_tld'
  | 'tld'
  | 'domain_too_long'
  | 'too_long';

export interface SyntaxOptions {
  /** Allow non-ASCII local parts (for SMTPUTF8 servers). Default `false`. */
  allowUnicodeLocal?: boolean;
}

export interface SyntaxResult {
  valid: boolean;
  /** The first rule broken, or `null` when valid. */
  code: SyntaxCode | null;
  /**
   * `local@asciiDomain`, both lowercased, when valid; else `null`. Lowercasing the local part is
   * a deliberate choice: virtually no provider distinguishes case there, and one spelling per
   * mailbox keeps caches, tokens and duplicate checks honest.
   */
  normalized: string | null;
  /** The part before the `@` as typed, once the input has exactly one `@`; else `null`. */
  local: string | null;
  /** The part after the `@` as typed, once the input has exactly one `@`; else `null`. */
  domain: string | null;
  /** The domain in lowercase ASCII (punycode), once it converted; else `null`. */
  asciiDomain: string | null;
  /** For a recognised paste mistake (`mailto:`, `Name <a@b.c>`, …), the unambiguous fix. */
  fix: string | null;
}

/** Limits in octets, as SMTP counts them (RFC 5321 4.5.3.1; RFC 3696 errata for the total). */
const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const MAX_DOMAIN = 253;
const MAX_ADDRESS = 254;

/** The same set `String.prototype.trim` removes (WhiteSpace and LineTerminator). */
const WHITESPACE = /\s/;
const NON_ASCII = /[^\0-\x7f]/;
/** RFC 5322 atext plus the dot; the dot's placement is checked separately. */
const LOCAL_ASCII = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]*$/;
/** The ASCII characters a Unicode local part may mix with non-ASCII ones. */
const LOCAL_MIXED = /^(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]|[^\0-\x7f])*$/;
/** A lone UTF-16 surrogate cannot be encoded as UTF-8, so it cannot be sent. */
const LONE_SURROGATE = /\p{Cs}/u;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const TLD = /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/;
const DOTTED_QUAD = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * Checks an address against the syntax policy. Never throws. Surrounding whitespace is ignored;
 * the first broken rule is reported with a stable code, and a recognised paste mistake carries
 * its fix when the fixed address is valid.
 */
export function checkSyntax(input: string, options: SyntaxOptions = {}): SyntaxResult {
  // Plain JavaScript callers can hand over anything (an unset field's `undefined`).
  if (typeof input !== 'string') return invalid('empty');
  const trimmed = input.trim();
  if (trimmed === '') return invalid('empty');
  const paste = recognisePaste(trimmed);
  if (paste) {
    const fixed = checkAddress(paste.candidate, options);
    return invalid(paste.code, null, null, null, fixed.valid ? paste.candidate : null);
  }
  return checkAddress(trimmed, options);
}

/** The policy proper, on a trimmed value with no paste mistake. */
function checkAddress(address: string, options: SyntaxOptions): SyntaxResult {
  if (address === '') return invalid('empty');
  const at = address.indexOf('@');
  // Before whitespace: quoted local parts exist to hold spaces (`"jane doe"@example.com`).
  if (at > 0 && address.startsWith('"')) return invalid('quoted_local');
  if (WHITESPACE.test(address)) return invalid('whitespace');
  if (at < 0) return invalid('missing_at');
  if (address.indexOf('@', at + 1) >= 0) return invalid('multiple_at');
  if (/[()]/.test(address)) return invalid('comment');

  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const localCode = checkLocal(local, options);
  if (localCode) return invalid(localCode, local, domain);

  if (domain === '') return invalid('domain_empty', local, domain);
  if (domain.startsWith('[')) return invalid('ip_literal', local, domain);
  const converted = domainToAscii(domain);
  if (!converted.ok) return invalid(converted.code, local, domain);
  const asciiDomain = converted.ascii;
  const domainCode = checkAsciiDomain(asciiDomain);
  if (domainCode) return invalid(domainCode, local, domain, asciiDomain);

  const normalizedLocal = local.toLowerCase();
  if (octets(normalizedLocal) + 1 + asciiDomain.length > MAX_ADDRESS) {
    return invalid('too_long', local, domain, asciiDomain);
  }
  const normalized = `${normalizedLocal}@${asciiDomain}`;
  return { valid: true, code: null, normalized, local, domain, asciiDomain, fix: null };
}

function checkLocal(local: string, options: SyntaxOptions): SyntaxCode | null {
  if (local === '') return 'local_empty';
  // Judged in the normalized (lowercase) form, so the normalized address is valid too.
  if (octets(local.toLowerCase()) > MAX_LOCAL) return 'local_too_long';
  if (NON_ASCII.test(local)) {
    if (!options.allowUnicodeLocal) return 'local_unicode';
    if (LONE_SURROGATE.test(local) || !LOCAL_MIXED.test(local)) return 'local_char';
  } else if (!LOCAL_ASCII.test(local)) return 'local_char';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'local_dot';
  return null;
}

function checkAsciiDomain(domain: string): SyntaxCode | null {
  if (DOTTED_QUAD.test(domain)) return 'ip_literal';
  // One pass over the labels; the characters are already known to be [a-z0-9.-].
  let labels = 0;
  let hyphen = false;
  for (let start = 0, end = 0; end <= domain.length; end++) {
    if (end < domain.length && domain.charCodeAt(end) !== DOT) continue;
    const size = end - start;
    if (size === 0 || size > MAX_LABEL) return 'domain_label';
    if (domain.charCodeAt(start) === HYPHEN || domain.charCodeAt(end - 1) === HYPHEN) hyphen = true;
    labels++;
    start = end + 1;
  }
  if (hyphen) return 'domain_hyphen';
  if (labels < 2) return 'missing_tld';
  if (!TLD.test(domain.slice(domain.lastIndexOf('.') + 1))) return 'tld';
  if (domain.length > MAX_DOMAIN) return 'domain_too_long';
  return null;
}

const utf8 = new TextEncoder();

/** UTF-8 length; a lone surrogate counts as the three octets of its replacement (U+FFFD). */
function octets(text: string): number {
  return NON_ASCII.test(text) ? utf8.encode(text).length : text.length;
}

function invalid(
  code: SyntaxCode,
  local: string | null = null,
  domain: string | null = null,
  asciiDomain: string | null = null,
  fix: string | null = null,
): SyntaxResult {
  return { valid: false, code, normalized: null, local, domain, asciiDomain, fix };
}
