import { adjacentCodes } from './keyboard.js';

// Costs of the typing mistakes, relative to an arbitrary substitution (1). The cheap ones are
// the mistakes people make most: hitting a neighbouring key, swapping two letters, doubling a
// letter or typing one of a double once, forgetting a dot.
const NEIGHBOUR_KEY = 0.6;
const OTHER_KEY = 1;
const SWAP = 0.6;
const DOUBLED = 0.5;
const STRAY_NEIGHBOUR = 0.7;
const EXTRA = 1;
const DROPPED_DOT = 0.5;
const DROPPED_DOUBLE = 0.5;
const DROPPED = 0.8;
// People check the first letter they type: a mistake there is rarer than one further on.
const FIRST_LETTER = 0.6;

// Longest domain compared; longer input cannot be near a known mail domain.
const MAX = 64;
const DOT = 46;
// Three rows of the cost table (two back, for swaps), one after the other.
const rows = new Float64Array(3 * (MAX + 1));
// The target's character codes and the cost of dropping each, worked out once per comparison.
const targetCodes = new Int32Array(MAX + 2);
const dropped = new Float64Array(MAX + 1);
// Character codes; -1 past either end, which matches nothing. (Reading past the end with
// charCodeAt works, but makes V8 give up optimising the loop.)
const code = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The cost of `typed` having the extra character at `i`. */
function extraCost(typed: string, i: number): number {
  const c = code(typed, i);
  const left = code(typed, i - 1);
  const right = code(typed, i + 1);
  const cost =
    c === left || c === right
      ? DOUBLED
      : adjacentCodes(c, left) || adjacentCodes(c, right)
        ? STRAY_NEIGHBOUR
        : EXTRA;
  return i === 0 ? cost + FIRST_LETTER : cost;
}

/** The cost of `typed` lacking the character of `target` at `j`. */
function droppedCost(target: string, j: number): number {
  const c = code(target, j);
  const cost =
    c === DOT
      ? DROPPED_DOT
      : c === code(target, j - 1) || c === code(target, j + 1)
        ? DROPPED_DOUBLE
        : DROPPED;
  return j === 0 ? cost + FIRST_LETTER : cost;
}

/**
 * The weighted optimal-string-alignment distance from `typed` to `target`: the cheapest set of
 * typing mistakes that turns the intended `target` into what was `typed`. Returns `Infinity` as
 * soon as the distance must exceed `limit` (which keeps the scan over all known domains fast).
 */
export function typoDistance(typed: string, target: string, limit: number): number {
  const n = typed.length;
  const m = target.length;
  if (n > MAX || m > MAX) return Infinity;
  const width = m + 1;
  // Row i of the table lives at offset (i % 3) * width.
  rows[0] = 0;
  for (let j = 1; j <= m; j++) {
    targetCodes[j] = target.charCodeAt(j - 1);
    dropped[j] = droppedCost(target, j - 1);
    rows[j] = (rows[j - 1] ?? 0) + (dropped[j] ?? 0);
  }
  targetCodes[0] = -1;
  // Every step off the diagonal is an extra or a dropped character, 0.5 at the least: cells
  // further than `band` from it cost more than the limit and are never worked out.
  const band = Math.floor(limit / 0.5);
  // The last cell itself may lie outside the band: then it is never worked out, and too far.
  if (Math.abs(n - m) > band) return Infinity;
  let previousBest = 0;
  for (let i = 1; i <= n; i++) {
    const current = (i % 3) * width;
    const previous = ((i - 1) % 3) * width;
    const before = ((i + 1) % 3) * width;
    const a = typed.charCodeAt(i - 1);
    const beforeA = code(typed, i - 2);
    const extra = extraCost(typed, i - 1);
    const first = Math.max(1, i - band);
    const last = Math.min(m, i + band);
    let best = Infinity;
    if (first === 1) best = rows[current] = (rows[previous] ?? 0) + extra;
    else rows[current + first - 1] = Infinity;
    for (let j = first; j <= last; j++) {
      const b = targetCodes[j] ?? -1;
      let cost = rows[previous + j - 1] ?? 0;
      if (a !== b) {
        cost += adjacentCodes(a, b) ? NEIGHBOUR_KEY : OTHER_KEY;
        if (i === 1 && j === 1) cost += FIRST_LETTER;
      }
      const insertion = (rows[previous + j] ?? 0) + extra;
      if (insertion < cost) cost = insertion;
      const deletion = (rows[current + j - 1] ?? 0) + (dropped[j] ?? 0);
      if (deletion < cost) cost = deletion;
      if (a !== b && beforeA === b && j > 1 && a === targetCodes[j - 1]) {
        const swap = (rows[before + j - 2] ?? 0) + SWAP;
        if (swap < cost) cost = swap;
      }
      rows[current + j] = cost;
      if (cost < best) best = cost;
    }
    if (last < m) rows[current + last + 1] = Infinity;
    // A swap reaches back two rows, so give up only when two rows in a row are over the limit.
    if (best > limit && previousBest > limit) return Infinity;
    previousBest = best;
  }
  const distance = rows[(n % 3) * width + m] ?? Infinity;
  return distance > limit ? Infinity : distance;
}
