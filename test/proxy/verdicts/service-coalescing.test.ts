import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { createRedisStore } from '../../../proxy/verdicts/redis-store.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';
import { metricValue, serviceOver, verdictRequest } from './harness.js';

let fake: FakeSpamidate;
let upstreams: Parameters<typeof serviceOver>[0];
const prefix = `email-check-test:${randomUUID()}:`;

beforeAll(async () => {
  fake = await startFakeSpamidate();
  upstreams = {
    spamidate: createSpamidateUpstream({ baseUrl: fake.url, apiKey: 'sk_live_coalescing' }),
  };
});
afterEach(() => fake.reset());
afterAll(async () => {
  await fake.close();
  const redis = new Redis('redis://127.0.0.1:6379');
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('coalescing', () => {
  it('makes exactly one upstream call for 100 concurrent identical requests', async () => {
    const { service, metrics } = serviceOver(upstreams);
    fake.next({ kind: 'slow', ms: 150 });
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () => service.validate(verdictRequest('jane@example.com'))),
    );
    expect(fake.calls).toBe(1);
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome.verdict))).size).toBe(1);
    expect(outcomes[0]?.verdict.result).toBe('deliverable');
    expect(await metricValue(metrics.cache, { outcome: 'miss' })).toBe(1);
    expect(await metricValue(metrics.cache, { outcome: 'coalesced' })).toBe(99);
  });

  it('makes one call for 100 concurrent identical requests with the Redis store too', async () => {
    const store = createRedisStore({ url: 'redis://127.0.0.1:6379', prefix });
    const { service } = serviceOver(upstreams, { store });
    fake.next({ kind: 'slow', ms: 150 });
    await Promise.all(
      Array.from({ length: 100 }, () => service.validate(verdictRequest('jane@example.com'))),
    );
    expect(fake.calls).toBe(1);
    expect((await service.validate(verdictRequest('jane@example.com'))).cached).toBe(true);
    expect(fake.calls).toBe(1);
    await store.close();
  });

  it('gives every waiter its own copy of the verdict', async () => {
    const { service } = serviceOver(upstreams);
    fake.next({ kind: 'slow', ms: 100 });
    const [a, b] = await Promise.all([
      service.validate(verdictRequest('jane@example.com')),
      service.validate(verdictRequest('jane@example.com')),
    ]);
    expect(a?.verdict).not.toBe(b?.verdict);
    expect(a?.verdict).toEqual(b?.verdict);
  });

  it('lets a waiter whose own deadline passes go, while the call goes on for the others', async () => {
    const { service } = serviceOver(upstreams);
    fake.next({ kind: 'slow', ms: 300 });
    const patient = service.validate(verdictRequest('jane@example.com', { deadlineMs: 3_000 }));
    const hurried = service.validate(
      verdictRequest('jane@example.com', { deadlineMs: 100, failOpen: true }),
    );
    expect(await hurried).toMatchObject({ failure: 'timeout', verdict: { result: 'unknown' } });
    expect(await patient).toMatchObject({ verdict: { result: 'deliverable' } });
    expect(fake.calls).toBe(1);
  });

  it('does not fold a forced refresh into an ordinary call in flight', async () => {
    const { service } = serviceOver(upstreams);
    fake.next({ kind: 'slow', ms: 100 }, 2);
    await Promise.all([
      service.validate(verdictRequest('jane@example.com')),
      service.validate(verdictRequest('jane@example.com', { forceRefresh: true })),
    ]);
    expect(fake.calls).toBe(2);
  });

  it('keeps different addresses apart', async () => {
    const { service } = serviceOver(upstreams);
    await Promise.all(
      ['a@example.com', 'b@example.com', 'a@example.com'].map((email) =>
        service.validate(verdictRequest(email)),
      ),
    );
    expect(fake.calls).toBe(2);
  });
});
