import type { KnownDomain } from './known.js';

/**
 * How much typing-mistake cost (see `COST`) a correction to `known` may explain, before we
 * would rather say nothing. Short names get almost nothing: `gmc.com` is not `gmx.com`, and
 * `max.com` is not `mac.com`. Long, popular names get two mistakes (`gmaiil.con`).
 */
export function budget(known: KnownDomain): number {
  const length = known.sld.length;
  const weight = known.weight;
  if (length <= 2) return 0;
  if (length === 3) return 0.5;
  if (length === 4) return weight >= 3 ? 0.8 : 0.6;
  if (length <= 6) return weight >= 4 ? 1.3 : weight >= 3 ? 1.0 : 0.8;
  return weight >= 4 ? 1.8 : weight >= 3 ? 1.6 : 1.2;
}

/** Extra cost allowed when the typed TLD does not exist: it is wrong anyway, so fix it too. */
export const FAKE_TLD_ALLOWANCE = 1;

/** Popularity makes a candidate this much cheaper per weight point. */
export const POPULARITY = 0.1;

/** The runner-up must cost at least this much more, or we abstain: a tie is not evidence. */
export const MARGIN = 0.3;

/** A ranked choice: the best candidate and how far ahead of the next it is. */
export class Ranking<T> {
  best: T | null = null;
  bestScore = Infinity;
  secondScore = Infinity;

  offer(candidate: T, score: number): void {
    if (candidate === this.best) {
      this.bestScore = Math.min(this.bestScore, score);
    } else if (score < this.bestScore) {
      this.secondScore = this.bestScore;
      this.bestScore = score;
      this.best = candidate;
    } else if (score < this.secondScore) {
      this.secondScore = score;
    }
  }

  /** The best candidate when it is clearly ahead of the runner-up, else `null`. */
  winner(): T | null {
    return this.secondScore - this.bestScore >= MARGIN ? this.best : null;
  }
}
