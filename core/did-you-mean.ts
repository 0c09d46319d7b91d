/** Levenshtein distance, case-insensitive: `maxage` and `maxAge` are 0 apart. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (current[j - 1] ?? 0) + 1,
        (previous[j] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The closest of `candidates` to `input`, or `null` when none is close enough to be a typo
 * (at most a third of the word, and never more than 3 edits). Failing that, a candidate that
 * starts with the same four letters (`retry` for `retries`), when exactly one does.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(input, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  if (bestDistance <= allowed) return best;
  const stem = input.toLowerCase().replace(/^-+/, '').slice(0, 4);
  if (stem.length < 4) return null;
  const sharing = candidates.filter((candidate) =>
    candidate.toLowerCase().replace(/^-+/, '').startsWith(stem),
  );
  return sharing.length === 1 ? (sharing[0] ?? null) : null;
}
