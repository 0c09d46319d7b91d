import { describe, expect, it } from 'vitest';
import { createKeyRing } from '../../../proxy/keys/key-ring.js';
import { defaultKeyId, generateKey } from '../../../proxy/keys/generate.js';
import { resolveKeys } from '../../../proxy/keys/resolve.js';
import { appConfigSchema } from '../../../proxy/config/schema.js';

const live = generateKey('pk_live');
const secret = generateKey('sk_live');
const ring = createKeyRing(
  resolveKeys(
    appConfigSchema.parse({
      keys: [
        { key: live, origins: ['https://shop.example.com'] },
        { key: secret, id: 'backend' },
      ],
    }),
  ),
);

describe('the key ring', () => {
  it('finds each configured key with its type, id and default scopes', () => {
    expect(ring.find(live)).toMatchObject({ type: 'public', id: defaultKeyId(live) });
    expect([...(ring.find(live)?.scopes ?? [])]).toEqual(['validate']);
    expect(ring.find(secret)).toMatchObject({ type: 'secret', id: 'backend' });
    expect(ring.find(secret)?.scopes.has('bulk')).toBe(true);
  });

  it('finds nothing for a prefix, an extension or a near miss of a key', () => {
    expect(ring.find(live.slice(0, -1))).toBeNull();
    expect(ring.find(`${live}x`)).toBeNull();
    expect(ring.find(live.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull();
    expect(ring.find('')).toBeNull();
  });

  it('names keys without revealing them', () => {
    const id = defaultKeyId(secret);
    expect(id).toMatch(/^sk_live-[0-9a-f]{8}$/);
    expect(secret).not.toContain(id.slice(8));
  });
});
