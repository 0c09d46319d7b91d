import { createHash, randomBytes } from 'node:crypto';

export type KeyPrefix = 'pk_live' | 'pk_test' | 'sk_live';

/** A new key: the prefix, `_`, then 24 random bytes in base64url (32 characters). */
export function generateKey(prefix: KeyPrefix): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}

/** A new verdict-token signing secret: 32 random bytes in base64url. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a key: what the key ring stores and compares. */
export function keyDigest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** A default key id that names the key's kind without revealing it: `pk_live-1a2b3c4d`. */
export function defaultKeyId(key: string): string {
  const prefix = key.slice(0, key.indexOf('_', 3));
  return `${prefix}-${keyDigest(`email-check key id:${key}`).toString('hex').slice(0, 8)}`;
}
