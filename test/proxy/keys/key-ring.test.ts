import { describe, expect, it } from 'vitest';
import { createKeyRing, maxKeyLength } from '../../../proxy/keys/key-ring.js';
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

  it('finds nothing for a key padded with zero bytes or longer than any key may be', () => {
    expect(ring.find(`${live}\0`)).toBeNull();
    expect(ring.find(`${live}\0\0\0`)).toBeNull();
    expect(ring.find(live.padEnd(maxKeyLength + 1, 'x'))).toBeNull();
    expect(ring.find(`${live}é`.padEnd(maxKeyLength, 'x'))).toBeNull();
    // The scratch buffer holds nothing of the previous call.
    expect(ring.find(`${secret}x`)).toBeNull();
    expect(ring.find(live)?.type).toBe('public');
  });

  it('finds a key of the longest length the configuration accepts', () => {
    const longest = `sk_live_${'a'.repeat(248)}`;
    expect(longest).toHaveLength(maxKeyLength);
    const one = createKeyRing(resolveKeys(appConfigSchema.parse({ keys: [{ key: longest }] })));
    expect(one.find(longest)?.type).toBe('secret');
    expect(one.find(longest.slice(0, -1))).toBeNull();
    expect(() => appConfigSchema.parse({ keys: [{ key: `${longest}a` }] })).toThrow(/16 to 248/);
  });

  it('names keys without revealing them', () => {
    const id = defaultKeyId(secret);
    expect(id).toMatch(/^sk_live-[0-9a-f]{8}$/);
    expect(secret).not.toContain(id.slice(8));
  });
});
