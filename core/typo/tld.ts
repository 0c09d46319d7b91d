import { POPULARITY, clearWinner } from './confidence.js';
import { typoDistance } from './distance.js';

// What a TLD that does not exist most likely meant, most used first.
const TARGETS = ['com', 'net', 'org', 'edu', 'info', 'gov', 'biz'];
const LIMIT = 1.2;

/**
 * The TLD meant by `tld`, which does not exist (`con` → `com`, `ney` → `net`, `ogr` → `org`),
 * or `null` when it is not one clear slip away from a common one.
 */
export function fixTld(tld: string): string | null {
  const scored: [string, number][] = [];
  TARGETS.forEach((target, rank) => {
    const cost = typoDistance(tld, target, LIMIT);
    if (cost !== Infinity) scored.push([target, cost + POPULARITY * rank]);
  });
  return clearWinner(scored);
}
