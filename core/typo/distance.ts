import { adjacentCodes } from './keyboard.js';

/**
 * Costs of the typing mistakes, relative to an arbitrary substitution (1). The cheap ones are
 * the mistakes people make most: hitting a neighbouring key, swapping two letters, doubling a
 * letter or typing one of a double once, forgetting a dot.
 */
export const COST = {
  neighbourKey: 0.6,
  otherKey: 1,
  swap: 0.6,
  doubled: 0.5,
  strayNeighbour: 0.7,
  extra: 1,
  droppedDot: 0.5,
  droppedDouble: 0.5,
  dropped: 0.8,
  // People check the first letter they type: a mistake there is rarer than one further on.
  firstLetter: 0.6,
} as const;

// Longest domain compared; longer input cannot be near a known mail domain.
const MAX = 64;
const DOT = 46;
let before = new Float64Array(MAX + 1);
let previous = new Float64Array(MAX + 1);
let current = new Float64Array(MAX + 1);
// Character codes of the strings compared; -1 past either end, which matches nothing. (Reading
// past the end with charCodeAt works, but makes V8 give up optimising the loop.)
const code = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The cost of `typed` having the extra character at `i`. */
function extraCost(typed: string, i: number): number {
  const c = code(typed, i);
  const left = code(typed, i - 1);
  const right = code(typed, i + 1);
  const cost =
    c === left || c === right
      ? COST.doubled
      : adjacentCodes(c, left) || adjacentCodes(c, right)
        ? COST.strayNeighbour
        : COST.extra;
  return i === 0 ? cost + COST.firstLetter : cost;
}

/** The cost of `typed` lacking the character of `target` at `j`. */
function droppedCost(target: string, j: number): number {
  const c = code(target, j);
  const cost =
    c === DOT
      ? COST.droppedDot
      : c === code(target, j - 1) || c === code(target, j + 1)
        ? COST.droppedDouble
        : COST.dropped;
  return j === 0 ? cost + COST.firstLetter : cost;
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
  current[0] = 0;
  for (let j = 1; j <= m; j++) current[j] = (current[j - 1] ?? 0) + droppedCost(target, j - 1);
  let previousBest = 0;
  for (let i = 1; i <= n; i++) {
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
    const a = code(typed, i - 1);
    const extra = extraCost(typed, i - 1);
    let best = (previous[0] ?? 0) + extra;
    current[0] = best;
    for (let j = 1; j <= m; j++) {
      const b = code(target, j - 1);
      let cost = previous[j - 1] ?? 0;
      if (a !== b) {
        cost += adjacentCodes(a, b) ? COST.neighbourKey : COST.otherKey;
        if (i === 1 && j === 1) cost += COST.firstLetter;
      }
      const insertion = (previous[j] ?? 0) + extra;
      if (insertion < cost) cost = insertion;
      const deletion = (current[j - 1] ?? 0) + droppedCost(target, j - 1);
      if (deletion < cost) cost = deletion;
      if (i > 1 && j > 1 && a !== b && a === code(target, j - 2) && code(typed, i - 2) === b) {
        const swap = (before[j - 2] ?? 0) + COST.swap;
        if (swap < cost) cost = swap;
      }
      current[j] = cost;
      if (cost < best) best = cost;
    }
    // A swap reaches back two rows, so give up only when two rows in a row are over the limit.
    if (best > limit && previousBest > limit) return Infinity;
    previousBest = best;
  }
  const distance = current[m] ?? Infinity;
  return distance > limit ? Infinity : distance;
}
