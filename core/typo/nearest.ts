import { FAKE_TLD_ALLOWANCE, MARGIN, POPULARITY, clearWinner } from './confidence.js';
import { typoDistance } from './distance.js';
import { KNOWN, characterMask, type KnownDomain } from './known.js';

/** How many bits of `mask` are set: each step clears the lowest one (masks hold a few letters). */
function bits(mask: number): number {
  let count = 0;
  for (; mask; count++) mask &= mask - 1;
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
  const dot = domain.indexOf('.');
  // With a dot, the name and the ending are compared apart (`gmial` with `gmail`, `con` with
  // `com`), which is what lets most candidates be dismissed on the name alone. Without one, the
  // whole text is compared with whole domains (`hotmailcouk` with `hotmail.co.uk`).
  const sld = dot < 0 ? domain : domain.slice(0, dot);
  const suffix = domain.slice(dot + 1);
  const mask = characterMask(sld);
  // A TLD that does not exist is wrong anyway: its fix is paid for by an allowance of its own.
  const allowance = fakeTld && dot > 0 ? FAKE_TLD_ALLOWANCE : 0;
  const suffixCosts = new Map<string, number>();
  for (const known of KNOWN) {
    // Popular domains come first, so a good match early lets the rest be dismissed fast: a
    // candidate scoring a margin behind the best can change neither the winner nor a tie.
    const relevant = bestScore + MARGIN + POPULARITY * known.weight;
    const nameLimit = Math.min(known.budget, relevant);
    const limit = Math.min(known.budget + allowance, relevant);
    // Cheap bounds first: every extra or missing character costs at least 0.5, and every
    // character the candidate lacks (or has in excess) at least a substitution.
    let cost: number;
    if (dot < 0) {
      if (Math.abs(known.domain.length - domain.length) * 0.5 > limit) continue;
      if (bits(known.mask & ~mask) * 0.5 > limit) continue;
      cost = typoDistance(domain, known.domain, limit);
    } else {
      if (Math.abs(known.sld.length - sld.length) * 0.5 > nameLimit) continue;
      if (bits(known.mask & ~mask) * 0.5 > nameLimit) continue;
      if (bits(mask & ~known.mask) * 0.6 > nameLimit) continue;
      cost = typoDistance(sld, known.sld, nameLimit);
      if (cost === Infinity) continue;
      let ending = suffixCosts.get(known.suffix);
      if (ending === undefined) {
        ending = suffix === known.suffix ? 0 : typoDistance(suffix, known.suffix, 2.5);
        suffixCosts.set(known.suffix, ending);
      }
      cost += ending;
      if (cost > limit) continue;
    }
    if (cost === Infinity) continue;
    const score = cost - POPULARITY * known.weight;
    scored.push([known, score]);
    if (score < bestScore) bestScore = score;
  }
  return clearWinner(scored);
}
