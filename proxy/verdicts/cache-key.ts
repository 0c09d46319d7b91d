import { hash, randomBytes } from 'node:crypto';
import type { ValidateOptions } from '../upstreams/types.js';

/** Turns (normalized address, options, upstream) into a store key that does not reveal the address. */
export type CacheKeyFunction = (
  email: string,
  options: ValidateOptions,
  upstream: string,
) => string;

/**
 * Store keys are SHA-256 of a secret salt followed by the normalized address, the options that
 * change a verdict and the upstream name, so the store never holds an address in clear and nobody
 * with read access to it can test guesses without the salt. A salt prefix rather than HMAC: the
 * input has a fixed shape, so length extension gains nothing, and the one-shot hash costs a fifth
 * of an HMAC on the cache-hit path.
 *
 * @param salt The secret prefix. Default: random per process, which is right for the memory
 *   store; proxies that share a Redis store must share a salt too, or they never hit each other's
 *   entries.
 */
export function createCacheKey(salt: string | Buffer = randomBytes(32)): CacheKeyFunction {
  if (salt.length === 0) throw new TypeError('cache key salt must not be empty.');
  // Encoded once, and length-prefixed so that no salt is a prefix of another salt's input.
  const prefix = `${salt.length}:${Buffer.from(salt).toString('base64url')}:`;
  return function cacheKey(email, options, upstream) {
    // A fixed field order and explicit booleans: `{}` and `{ quickMode: false }` are one entry.
    const material = JSON.stringify([
      upstream,
      email.trim().toLowerCase(),
      options.quickMode === true,
      options.skipCatchAll === true,
    ]);
    return `v1:${hash('sha256', prefix + material, 'base64url')}`;
  };
}
