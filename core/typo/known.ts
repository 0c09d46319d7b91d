import { KNOWN_DOMAINS } from '../data/domains.js';
import { budget } from './confidence.js';

/** A known mail domain, split and indexed once at load for the candidate scan. */
export interface KnownDomain {
  domain: string;
  /** The first label (`yahoo` of `yahoo.co.uk`). */
  sld: string;
  /** Everything after the first label (`co.uk`). */
  suffix: string;
  /** Popularity, 1 (known) to 4 (giant). */
  weight: number;
  /** Which characters occur in `sld` (see `characterMask`). */
  mask: number;
  /** How much typing-mistake cost a correction to this domain may explain (see `budget`). */
  budget: number;
}

/**
 * Which characters occur in `text`, one bit per character code modulo 32 (letters get a bit
 * each; digits share theirs with letters, which only makes the filter built on it less sharp).
 */
export function characterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

/**
 * Every known domain, in the order core/data/domains.ts lists them: most popular first and, among
 * equals, `.com` first, the usual intent of a bare `jane@live` (test/core/typo/known.test.ts).
 */
export const KNOWN: readonly KnownDomain[] = [...KNOWN_DOMAINS].map(([domain, weight]) => {
  const dot = domain.indexOf('.');
  const sld = domain.slice(0, dot);
  return {
    domain,
    sld,
    suffix: domain.slice(dot + 1),
    weight,
    mask: characterMask(sld),
    budget: budget(sld.length, weight),
  };
});

/** The known domains of each first label (`hotmail` → hotmail.com, hotmail.co.uk, …). */
export const BY_SLD = new Map<string, KnownDomain[]>();
for (const known of KNOWN) {
  const family = BY_SLD.get(known.sld);
  if (family) family.push(known);
  else BY_SLD.set(known.sld, [known]);
}
