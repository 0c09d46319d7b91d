import { timingSafeEqual } from 'node:crypto';
import { keyDigest } from './generate.js';
import type { ResolvedKey } from './types.js';

/** Looks presented keys up among the configured ones. */
export interface KeyRing {
  find(presented: string): ResolvedKey | null;
  readonly keys: readonly ResolvedKey[];
}

/**
 * Compares the SHA-256 of the presented key with every configured key's digest using
 * `timingSafeEqual`, without stopping at the first match, so neither the time taken nor an early
 * exit says how much of a key was right (hashing first makes the lengths equal).
 */
export function createKeyRing(keys: readonly ResolvedKey[]): KeyRing {
  return {
    keys,
    find(presented) {
      const digest = keyDigest(presented);
      let found: ResolvedKey | null = null;
      for (const key of keys) {
        if (timingSafeEqual(digest, key.digest) && found === null) found = key;
      }
      return found;
    },
  };
}
