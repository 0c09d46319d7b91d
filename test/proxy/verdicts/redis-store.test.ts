import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUpstream, testVerdict } from '../../../proxy/upstreams/test.js';
import { createRedisStore } from '../../../proxy/verdicts/redis-store.js';
import type { VerdictStore } from '../../../proxy/verdicts/types.js';
import { captureLogger, serviceOver, verdictRequest, wait } from './harness.js';

const url = 'redis://127.0.0.1:6379';
const prefix = `email-check-test:${randomUUID()}:`;
const verdict = testVerdict('deliverable@example.com');
let raw: Redis;
let store: VerdictStore;

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A store that has finished connecting (writes before that are skipped, by design). */
async function connected(options = {}): Promise<VerdictStore> {
  const made = createRedisStore({ url, prefix, ...options });
  for (let i = 0; i < 50 && !(await made.ping()); i++) await wait(20);
  return made;
}

beforeAll(async () => {
  raw = new Redis(url);
  store = await connected();
});
afterAll(async () => {
  await store.close();
  const keys = await raw.keys(`${prefix}*`);
  if (keys.length > 0) await raw.del(...keys);
  await raw.quit();
});

describe('the Redis store, against the real Redis', () => {
  it('gives back what it was given', async () => {
    await store.set('round-trip', verdict, 60_000);
    expect(await store.get('round-trip')).toEqual(verdict);
    expect(await store.get('never-set')).toBeUndefined();
  });

  it('keeps the very first verdict after start-up, made while still connecting', async () => {
    const fresh = createRedisStore({ url, prefix });
    await fresh.set('first', verdict, 60_000);
    expect(await fresh.get('first')).toEqual(verdict);
    await fresh.close();
  });

  it('writes JSON under the prefix with a millisecond time to live', async () => {
    await store.set('ttl', verdict, 60_000);
    expect(JSON.parse((await raw.get(`${prefix}ttl`)) ?? 'null')).toEqual(verdict);
    const pttl = await raw.pttl(`${prefix}ttl`);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(60_000);
  });

  it('lets Redis expire an entry', async () => {
    await store.set('brief', verdict, 30);
    await wait(80);
    expect(await store.get('brief')).toBeUndefined();
  });

  it('treats a value that is not a verdict as a miss', async () => {
    await raw.set(`${prefix}corrupt`, '{"not":"a verdict"}', 'PX', 60_000);
    await raw.set(`${prefix}garbage`, 'not json', 'PX', 60_000);
    expect(await store.get('corrupt')).toBeUndefined();
    expect(await store.get('garbage')).toBeUndefined();
  });

  it('stores no address in clear in its keys when used by the service', async () => {
    const { service } = serviceOver({ test: createTestUpstream() }, { store });
    await service.validate(verdictRequest('deliverable@example.com', { upstream: 'test' }));
    const keys = await raw.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toMatch(/deliverable|example\.com/);
  });

  it('is reachable', async () => {
    expect(await store.ping()).toBe(true);
  });

  it('refuses a URL that is not redis: at setup', () => {
    expect(() => createRedisStore({ url: 'http://127.0.0.1:6379' })).toThrow(/redis: or rediss:/);
    expect(() => createRedisStore({ url: 'nonsense' })).toThrow(/redis:\/\/host:6379/);
  });
});

describe('the Redis store, with Redis down', () => {
  let down: VerdictStore;
  const log = captureLogger();

  beforeAll(async () => {
    down = createRedisStore({
      url: `redis://127.0.0.1:${await closedPort()}`,
      prefix,
      logger: log.logger,
    });
  });
  afterAll(() => down.close());

  it('turns reads into misses and skips writes, without throwing', async () => {
    await expect(down.set('k', verdict, 60_000)).resolves.toBeUndefined();
    await expect(down.get('k')).resolves.toBeUndefined();
    expect(await down.ping()).toBe(false);
  });

  it('logs that the cache is unavailable', async () => {
    await down.get('k');
    expect(log.lines.some((line) => line.store === 'redis' && line.level === 40)).toBe(true);
  });

  it('lets the service answer every request anyway, and report itself not ready', async () => {
    const { service } = serviceOver({ test: createTestUpstream() }, { store: down });
    const outcome = await service.validate(
      verdictRequest('deliverable@example.com', { upstream: 'test' }),
    );
    expect(outcome).toMatchObject({ cached: false, verdict: { result: 'deliverable' } });
    const again = await service.validate(
      verdictRequest('deliverable@example.com', { upstream: 'test' }),
    );
    expect(again.cached).toBe(false);
    expect(await service.ready()).toEqual({
      ok: false,
      checks: { store: false, 'upstream:test': true },
    });
  });
});
