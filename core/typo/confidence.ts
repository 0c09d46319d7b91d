/**
 * How much typing-mistake cost a correction to a known domain may explain, from the length of
 * its first label and its popularity (1-4), before we would rather say nothing. Short names get almost nothing: `gmc.com` is not `gmx.com`, and
 * `max.com` is not `mac.com`. Long, popular names get two mistakes (`gmaiil.con`).
 */
export function budget(length: number, weight: number): number {
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

/**
 * The candidate with the lowest score, when the runner-up scores at least `MARGIN` more; else
 * `null`. Sorts `scored` in place.
 */
export function clearWinner<T>(scored: [candidate: T, score: number][]): T | null {
  scored.sort((a, b) => a[1] - b[1]);
  const [first, second] = scored;
  return first && (!second || second[1] - first[1] >= MARGIN) ? first[0] : null;
}
