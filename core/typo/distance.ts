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
let before = new Float64Array(MAX + 1);
let previous = new Float64Array(MAX + 1);
let current = new Float64Array(MAX + 1);
// The cost of dropping each character of the target, worked out once per comparison.
const dropped = new Float64Array(MAX);
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
  current[0] = 0;
  for (let j = 1; j <= m; j++) {
    dropped[j - 1] = droppedCost(target, j - 1);
    current[j] = (current[j - 1] ?? 0) + (dropped[j - 1] ?? 0);
  }
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
        cost += adjacentCodes(a, b) ? NEIGHBOUR_KEY : OTHER_KEY;
        if (i === 1 && j === 1) cost += FIRST_LETTER;
      }
      const insertion = (previous[j] ?? 0) + extra;
      if (insertion < cost) cost = insertion;
      const deletion = (current[j - 1] ?? 0) + (dropped[j - 1] ?? 0);
      if (deletion < cost) cost = deletion;
      if (i > 1 && j > 1 && a !== b && a === code(target, j - 2) && code(typed, i - 2) === b) {
        const swap = (before[j - 2] ?? 0) + SWAP;
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
