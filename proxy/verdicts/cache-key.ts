import { hash, randomBytes } from 'node:crypto';
import type { ValidateOptions } from '../upstreams/types.js';

/** A keyed hash of a normalized address: the only form in which the cache ever sees it. */
export type AddressKey = (normalizedEmail: string) => string;

/**
 * Names an address by SHA-256 of a secret salt followed by the address. A salt prefix rather than
 * HMAC: the input has a fixed shape, so length extension gains nothing, and the one-shot hash is
 * cheaper. The proxy itself uses the verdict token's keyed address hash instead, so that one hash
 * per request serves both (see createApp).
 *
 * @param salt The secret prefix. Default: random per process, which is right for the memory store.
 */
export function saltedAddressKey(salt: string | Buffer = randomBytes(32)): AddressKey {
  if (salt.length === 0) throw new TypeError('address key salt must not be empty.');
  // Encoded once, and length-prefixed so that no salt is a prefix of another salt's input.
  const prefix = `${salt.length}:${Buffer.from(salt).toString('base64url')}:`;
  return (email) => hash('sha256', prefix + email, 'base64url');
}

/** Turns (normalized address, options, upstream) into a store key that does not reveal the address. */
export type CacheKeyFunction = (
  email: string,
  options: ValidateOptions,
  upstream: string,
  /** `addressKey(email)`, when the caller has it already. */
  knownAddressKey?: string,
) => string;

/**
 * Store keys are the upstream's name, the options that change a verdict, and the address's keyed
 * hash, so the store never holds an address in clear and nobody with read access to it can test
 * guesses without the key. Proxies that share a Redis store must share the address key too, or
 * they never hit each other's entries.
 */
export function createCacheKey(addressKey: AddressKey = saltedAddressKey()): CacheKeyFunction {
  return function cacheKey(email, options, upstream, knownAddressKey) {
    // Explicit flags: `{}` and `{ quickMode: false }` are one entry.
    const flags = `${options.quickMode === true ? 1 : 0}${options.skipCatchAll === true ? 1 : 0}`;
    const address = knownAddressKey ?? addressKey(email.trim().toLowerCase());
    return `v2:${upstream}:${flags}:${address}`;
  };
}
