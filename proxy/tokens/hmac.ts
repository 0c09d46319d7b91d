import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

// A process signs with one or two secrets; the cap only keeps a misuse from growing it forever.
const maxKeys = 16;
const keys = new Map<string, KeyObject>();

/**
 * HMAC-SHA256 of `data` under `secret`. The secret is imported into a KeyObject once and reused:
 * importing it on every call costs about a third of the HMAC itself on the proxy's hot path.
 */
export function hmacSha256(secret: string, data: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= maxKeys) keys.clear();
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
