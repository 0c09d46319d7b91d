import { isRealTld } from '../data/tlds.js';
import { POPULARITY, clearWinner } from './confidence.js';
import { typoDistance } from './distance.js';
import type { KnownDomain } from './known.js';

// `.co` and `.cm` are real country TLDs, but after a provider's name they are `.com` typed short.
const SHORT_COM = new Set(['co', 'cm']);
// Typing one generic TLD for another (`gmail.net`, `comcast.com`) is a mistake of memory, not
// of fingers: as likely as one slip, whatever the edit distance says. Only for the popular
// providers, whose name on another TLD is far likelier a slip than a real address.
const GENERIC = new Set(['com', 'net', 'org']);

const MAX_SLIP = 1.2;
const REAL_SLIP = 0.6;

/**
 * For a domain whose first label is a known provider's (`gmail.con`, `hotmail.co.uj`,
 * `comcast.com`), the provider's domain that was meant; `null` when the typed suffix looks
 * deliberate. `family` lists the provider's known domains, most popular first.
 */
export function fixSuffix(suffix: string, family: readonly KnownDomain[]): KnownDomain | null {
  const last = suffix.slice(suffix.lastIndexOf('.') + 1);
  const real = isRealTld(last);
  const shortCom = SHORT_COM.has(suffix);
  // A multi-country provider on a real country TLD we do not know (`yahoo.se`, `hotmail.be`)
  // is most likely a real domain of theirs.
  if (real && family.length > 1 && !shortCom && last.length === 2) return null;
  const scored: [KnownDomain, number][] = [];
  for (const known of family) {
    if (shortCom && known.suffix !== 'com') continue;
    let cost: number;
    if (GENERIC.has(suffix) && GENERIC.has(known.suffix) && known.weight >= 3) cost = 1;
    else if (shortCom && known.suffix === 'com') cost = 0.8;
    // A real country code may be deliberate; a generic TLD after a provider's name is not.
    else
      cost = typoDistance(suffix, known.suffix, real && last.length === 2 ? REAL_SLIP : MAX_SLIP);
    if (cost !== Infinity) scored.push([known, cost - POPULARITY * known.weight]);
  }
  return clearWinner(scored);
}
