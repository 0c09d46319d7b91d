import { timingSafeEqual } from 'node:crypto';
import type { ResolvedKey } from './types.js';

/** The longest key, in bytes, that the configuration accepts and the ring compares. */
export const maxKeyLength = 256;

/** Looks presented keys up among the configured ones. */
export interface KeyRing {
  /** The configured key, or `null` (also for anything longer than `maxKeyLength` bytes). */
  find(presented: string): ResolvedKey | null;
  readonly keys: readonly ResolvedKey[];
}

/** A key as the ring compares it: its bytes, zero-padded to `maxKeyLength`. */
export function paddedKey(key: string): Buffer {
  const padded = Buffer.alloc(maxKeyLength);
  padded.write(key, 'utf8');
  return padded;
}

/**
 * Compares the presented key with every configured key using `timingSafeEqual` over the same
 * fixed number of bytes, without stopping at the first match, so neither the time taken nor an
 * early exit says how much of a key, or how long a key, was right. The lengths are compared
 * separately because zero padding alone would make `abc` equal `abc\0`.
 */
export function createKeyRing(keys: readonly ResolvedKey[]): KeyRing {
  // One scratch buffer: `find` is synchronous, so no two calls ever share it.
  const scratch = Buffer.alloc(maxKeyLength);
  return {
    keys,
    find(presented) {
      const length = Buffer.byteLength(presented, 'utf8');
      if (length > maxKeyLength) return null;
      scratch.fill(0);
      scratch.write(presented, 'utf8');
      let found: ResolvedKey | null = null;
      for (const key of keys) {
        const same = timingSafeEqual(scratch, key.padded);
        if (same && length === key.length && found === null) found = key;
      }
      return found;
    },
  };
}
