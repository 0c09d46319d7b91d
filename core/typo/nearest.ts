import { FAKE_TLD_ALLOWANCE, MARGIN, POPULARITY, budget, clearWinner } from './confidence.js';
import { typoDistance } from './distance.js';
import { KNOWN, characterMask, type KnownDomain } from './known.js';

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
  const scored: [KnownDomain, number][] = [];
  let bestScore = Infinity;
  const mask = characterMask(domain);
  const allowance = fakeTld ? FAKE_TLD_ALLOWANCE : 0;
  for (const known of KNOWN) {
    // Popular domains come first, so a good match early lets the rest be dismissed fast: a
    // candidate scoring a margin behind the best can change neither the winner nor a tie.
    const limit = Math.min(
      budget(known) + allowance,
      bestScore + MARGIN + POPULARITY * known.weight,
    );
    // Cheap bounds first: every extra or missing character costs at least 0.5, and every
    // character that the candidate lacks at least a substitution.
    if (Math.abs(known.domain.length - domain.length) * 0.5 > limit) continue;
    if (bits(mask & ~known.mask) * 0.6 > limit || bits(known.mask & ~mask) * 0.5 > limit) continue;
    const cost = typoDistance(domain, known.domain, limit);
    if (cost === Infinity) continue;
    const score = cost - POPULARITY * known.weight;
    scored.push([known, score]);
    if (score < bestScore) bestScore = score;
  }
  return clearWinner(scored);
}
