import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisRateLimitStore } from '../../../proxy/rate-limit/redis-store.js';

const prefix = `email-check-test:${randomBytes(6).toString('hex')}:`;
const logger = pino({ level: 'silent' });
const store = createRedisRateLimitStore({ url: 'redis://127.0.0.1:6379', prefix, logger });
const redis = new Redis('redis://127.0.0.1:6379');

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await store.close();
});

describe('the Redis rate-limit store', () => {
  it('counts atomically across concurrent hits and sets the window as the key’s expiry', async () => {
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => store.increment('burst', 60_000)),
    );
    expect(counts.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const ttl = await redis.pttl(`${prefix}burst`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('answers ping', async () => {
    expect(await store.ping()).toBe(true);
  });

  it('reports an unreachable Redis as not ready, and still counts in memory', async () => {
    const down = createRedisRateLimitStore({ url: 'redis://127.0.0.1:1', logger });
    expect(await down.ping()).toBe(false);
    expect((await down.increment('k', 60_000)).count).toBe(1);
    expect((await down.increment('k', 60_000)).count).toBe(2);
    await down.close();
  });
});
