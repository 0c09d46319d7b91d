import { FAKE_TLD_ALLOWANCE, MARGIN, POPULARITY, Ranking, budget } from './confidence.js';
import { typoDistance } from './distance.js';
import { BY_SLD, KNOWN, characterMask, type KnownDomain } from './known.js';

function bits(mask: number): number {
  let count = 0;
  for (; mask; mask &= mask - 1) count++;
  return count;
}

/**
 * The known domain that `domain` (lowercase, not itself known, first label unknown) is a typo
 * of: `gmial.com`, `hotmailcouk`, `gmaiil.con`; or `null` when none is close and clearly ahead.
 * `fakeTld` says the typed TLD does not exist, which lets a correction explain one more mistake.
 */
export function nearestKnown(domain: string, fakeTld: boolean): KnownDomain | null {
  const ranking = new Ranking<KnownDomain>();
  const mask = characterMask(domain);
  const allowance = fakeTld ? FAKE_TLD_ALLOWANCE : 0;
  const dotless = !domain.includes('.');
  for (const known of KNOWN) {
    // Popular domains come first, so a good match early lets the rest be dismissed fast: a
    // candidate scoring a margin behind the best can change neither the winner nor a tie.
    const limit = Math.min(
      budget(known) + allowance,
      ranking.bestScore + MARGIN + POPULARITY * known.weight,
    );
    // Cheap bounds first: every extra or missing character costs at least 0.5, and every
    // character that the candidate lacks at least a substitution.
    if (Math.abs(known.domain.length - domain.length) * 0.5 > limit) continue;
    if (bits(mask & ~known.mask) * 0.6 > limit || bits(known.mask & ~mask) * 0.5 > limit) continue;
    const cost = typoDistance(domain, known.domain, limit);
    if (cost !== Infinity) ranking.offer(known, cost - POPULARITY * known.weight);
  }
  if (dotless) {
    // `jane@gmial`: the name of a provider without its TLD; its most popular domain is meant.
    for (const [sld, family] of BY_SLD) {
      const known = family[0];
      if (!known) continue;
      const limit = budget(known);
      if (Math.abs(sld.length - domain.length) * 0.5 > limit) continue;
      const cost = sld === domain ? 0 : typoDistance(domain, sld, limit);
      if (cost !== Infinity) ranking.offer(known, cost - POPULARITY * known.weight);
    }
  }
  return ranking.winner();
}
