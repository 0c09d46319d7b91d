import { analyzeWith } from './analyze.js';
import type { Analysis, AnalyzeOptions, Engine } from './analyze.js';
import { suggest } from './suggest.js';

export interface AnalyzerOptions extends AnalyzeOptions {
  /** How many domains' typo corrections to remember. Default `10000`. */
  memo?: number;
}

/**
 * The longest an address may be for its correction to be remembered by domain alone: even a
 * correction to the longest known mail domain (64 characters) then stays within 254.
 */
const MEMO_MAX_ADDRESS = 254 - 64;

/**
 * An `analyze` for batches (the CLI, bulk imports): it remembers the typo engine's correction of
 * each domain, the costly part, so a million addresses on a few thousand domains ask the engine
 * a few thousand times. The answers are those of `analyze`: a correction is a function of the
 * domain, and the local part is only ever copied into it.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): (input: string) => Analysis {
  const { memo: size = 10_000, ...syntaxOptions } = options;
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`memo must be a whole number of domains, 0 or more; received ${size}.`);
  }
  const corrections = new Map<string, string | null>();
  const engine: Engine = (address, local, domain, valid) => {
    if (size === 0 || address.length > MEMO_MAX_ADDRESS) return suggest(address);
    // Whether the address is valid decides if a mere clean-up counts as a correction.
    const key = (valid ? 'v' : 'x') + domain;
    const known = corrections.get(key);
    if (known !== undefined)
      return known === null ? null : { full: `${local}@${known}`, domain: known };
    const found = suggest(address);
    // Only an answer of the documented shape can be rebuilt for another local part.
    if (found !== null && found.full !== `${local}@${found.domain}`) return found;
    if (corrections.size >= size) corrections.delete(corrections.keys().next().value ?? '');
    corrections.set(key, found?.domain ?? null);
    return found;
  };
  return (input) => analyzeWith(input, syntaxOptions, engine);
}
