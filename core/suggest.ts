// Typo suggestions: "Did you mean jane@gmail.com?". A suggestion needs evidence: it lands on a
// known mail domain (or fixes a TLD that does not exist), the typed domain is not itself known,
// the typing mistakes that explain it are cheap enough for the name's length and popularity,
// and it is clearly ahead of the runner-up. Otherwise: nothing.
import { KNOWN_DOMAINS } from './data/domains.js';
import { isRealTld } from './data/tlds.js';
import { checkSyntax } from './syntax.js';
import { cleanDomain, splitAddress } from './typo/clean.js';
import { BY_SLD } from './typo/known.js';
import { nearestKnown } from './typo/nearest.js';
import { fixSuffix } from './typo/suffix.js';
import { fixTld } from './typo/tld.js';

export interface Suggestion {
  /** The full corrected address: the local part exactly as typed, `@`, the corrected domain. */
  full: string;
  /** The corrected domain, in the form it should be typed. */
  domain: string;
}

// No known mail domain is longer; anything longer is not a slip of one.
const LONGEST = 64;

/** The domain `domain` (cleaned, lowercase) was meant to be, or `null` if we cannot tell. */
function correctDomain(domain: string): string | null {
  if (KNOWN_DOMAINS.has(domain) || domain.length > LONGEST) return null;
  const dot = domain.indexOf('.');
  const sld = dot < 0 ? domain : domain.slice(0, dot);
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  const fakeTld = dot < 0 || !isRealTld(tld);
  const family = BY_SLD.get(sld);
  if (family) {
    // A provider's name with the wrong ending, or none (`gmail.con`, `jane@gmail`).
    const known = dot < 0 ? family[0] : fixSuffix(domain.slice(dot + 1), family);
    // A provider's name on a TLD we cannot place is left alone: `yahoo.ed` is not `yahoo.edu`.
    return known ? known.domain : null;
  }
  // A typo of a provider's name (`gmial.com`, `hotmailcouk`), with its TLD forgotten too
  // (`jane@gmial`: then its .com is the likeliest).
  const known =
    nearestKnown(domain, fakeTld) ?? (dot < 0 ? nearestKnown(`${domain}.com`, true) : null);
  if (known) return known.domain;
  // An unknown name on a TLD that does not exist: fix the TLD alone (`company.con`).
  const fixed = dot > 0 && fakeTld ? fixTld(tld) : null;
  return fixed ? domain.slice(0, domain.length - tld.length) + fixed : null;
}

/**
 * A likely-typo correction for an address, or `null` when there is no confident one. Never
 * changes the local part, never rewrites a known mail domain or a real TLD on an unknown domain,
 * and every suggestion passes `checkSyntax`. Safe on any input.
 */
export function suggest(address: string): Suggestion | null {
  if (typeof address !== 'string') return null;
  const typed = splitAddress(address);
  if (!typed) return null;
  const cleaned = cleanDomain(typed.domain);
  const domain =
    correctDomain(cleaned) ?? (cleaned === typed.domain.toLowerCase() ? null : cleaned);
  if (!domain) return null;
  const full = `${typed.local}@${domain}`;
  // A cleaned domain alone is only worth suggesting when it turns an invalid address valid.
  if (domain === cleaned && checkSyntax(address).valid) return null;
  return checkSyntax(full).valid ? { full, domain } : null;
}
