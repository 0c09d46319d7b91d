import { createHmac, randomBytes } from 'node:crypto';
import type { ValidateOptions } from '../upstreams/types.js';

/** Turns (normalized address, options, upstream) into a store key that does not reveal the address. */
export type CacheKeyFunction = (
  email: string,
  options: ValidateOptions,
  upstream: string,
) => string;

/**
 * Store keys are HMAC-SHA256 of the normalized address, the options that change a verdict and the
 * upstream name, so the store never holds an address in clear and nobody with read access to it
 * can test guesses without the salt.
 *
 * @param salt The HMAC key. Default: random per process, which is right for the memory store;
 *   proxies that share a Redis store must share a salt too, or they never hit each other's entries.
 */
export function createCacheKey(salt: string | Buffer = randomBytes(32)): CacheKeyFunction {
  if (salt.length === 0) throw new TypeError('cache key salt must not be empty.');
  return function cacheKey(email, options, upstream) {
    // A fixed field order and explicit booleans: `{}` and `{ quickMode: false }` are one entry.
    const material = JSON.stringify([
      upstream,
      email.trim().toLowerCase(),
      options.quickMode === true,
      options.skipCatchAll === true,
    ]);
    return `v1:${createHmac('sha256', salt).update(material).digest('base64url')}`;
  };
}
