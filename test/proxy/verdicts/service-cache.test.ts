import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { createXmagnetUpstream } from '../../../proxy/upstreams/xmagnet.js';
import { createMemoryStore } from '../../../proxy/verdicts/memory-store.js';
import { defaultTtlMs } from '../../../proxy/verdicts/service.js';
import type { VerdictOutcome, VerdictStore } from '../../../proxy/verdicts/types.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';
import { startFakeXmagnet, type FakeXmagnet } from '../fakes/xmagnet.js';
import { metricValue, serviceOver, verdictRequest, wait } from './harness.js';

let spamidate: FakeSpamidate;
let xmagnet: FakeXmagnet;
let upstreams: Parameters<typeof serviceOver>[0];

beforeAll(async () => {
  [spamidate, xmagnet] = await Promise.all([startFakeSpamidate(), startFakeXmagnet()]);
  upstreams = {
    spamidate: createSpamidateUpstream({ baseUrl: spamidate.url, apiKey: 'sk_live_cache_tests' }),
    xmagnet: createXmagnetUpstream({ baseUrl: xmagnet.url, apiKey: 'xm_live_cache_tests' }),
  };
});
afterEach(() => {
  spamidate.reset();
  xmagnet.reset();
});
afterAll(() => Promise.all([spamidate.close(), xmagnet.close()]));

describe('the verdict cache', () => {
  it('answers a repeated request from the cache, marked cached, without calling the upstream', async () => {
    const { service, metrics } = serviceOver(upstreams);
    const first = await service.validate(verdictRequest('jane@example.com'));
    const second = await service.validate(verdictRequest('jane@example.com'));
    expect(spamidate.calls).toBe(1);
    expect(first).toMatchObject({ cached: false, verdict: { cached: false } });
    expect(second).toMatchObject({
      cached: true,
      verdict: { cached: true, result: 'deliverable' },
    });
    expect({ ...second.verdict, cached: false }).toEqual(first.verdict);
    expect(await metricValue(metrics.cache, { outcome: 'hit' })).toBe(1);
    expect(await metricValue(metrics.cache, { outcome: 'miss' })).toBe(1);
  });

  it('answers a memory hit at once, not as a promise, as one frozen verdict per entry', async () => {
    const { service } = serviceOver(upstreams);
    const miss = service.validate(verdictRequest('jane@example.com'));
    expect(miss).toBeInstanceOf(Promise);
    await miss;
    const first = service.validate(verdictRequest('jane@example.com'));
    const second = service.validate(verdictRequest('jane@example.com'));
    expect(first).not.toBeInstanceOf(Promise);
    expect(first).toMatchObject({ cached: true, verdict: { cached: true } });
    expect((second as VerdictOutcome).verdict).toBe((first as VerdictOutcome).verdict);
    expect(Object.isFrozen((first as VerdictOutcome).verdict)).toBe(true);
    expect(spamidate.calls).toBe(1);
  });

  it('still answers a store that answers with a promise, and counts a store that throws as a miss', async () => {
    const memory = createMemoryStore({ maxEntries: 10 });
    const later: VerdictStore = { ...memory, get: async (key) => memory.get(key) };
    const { service } = serviceOver(upstreams, { store: later });
    await service.validate(verdictRequest('jane@example.com'));
    const hit = service.validate(verdictRequest('jane@example.com'));
    expect(hit).toBeInstanceOf(Promise);
    expect(await hit).toMatchObject({ cached: true, verdict: { cached: true } });
    expect(spamidate.calls).toBe(1);

    // A store may answer with any thenable, not only a native promise.
    const thenable: VerdictStore = {
      ...memory,
      get: (key) =>
        ({
          then: (resolve: (value: unknown) => void) => resolve(memory.get(key)),
        }) as unknown as Promise<undefined>,
    };
    const other = serviceOver(upstreams, { store: thenable });
    await other.service.validate(verdictRequest('jane@example.com'));
    expect(await other.service.validate(verdictRequest('jane@example.com'))).toMatchObject({
      cached: true,
      verdict: { cached: true, result: 'deliverable', email: 'jane@example.com' },
    });
    expect(spamidate.calls).toBe(2);

    const broken: VerdictStore = {
      ...memory,
      get: () => {
        throw new Error('store down');
      },
    };
    const failing = serviceOver(upstreams, { store: broken });
    expect(await failing.service.validate(verdictRequest('jane@example.com'))).toMatchObject({
      cached: false,
      verdict: { result: 'deliverable' },
    });
    expect(spamidate.calls).toBe(3);
  });

  it('keeps separate entries for different options and different upstreams', async () => {
    const { service } = serviceOver(upstreams);
    await service.validate(verdictRequest('jane@example.com'));
    await service.validate(verdictRequest('jane@example.com', { options: { quickMode: true } }));
    await service.validate(verdictRequest('jane@example.com', { upstream: 'xmagnet' }));
    expect(spamidate.calls).toBe(2);
    expect(xmagnet.calls).toBe(1);
  });

  it('keeps each result for its own time to live', async () => {
    const { service, store } = serviceOver(upstreams);
    for (const email of [
      'jane@example.com',
      'nobody@example.com',
      'admin@example.com',
      'unknown.x@example.com',
    ]) {
      await service.validate(verdictRequest(email));
    }
    expect(store.writes.map(({ result, ttlMs }) => [result, ttlMs])).toEqual([
      ['deliverable', 7 * 24 * 3600 * 1000],
      ['undeliverable', 7 * 24 * 3600 * 1000],
      ['risky', 24 * 3600 * 1000],
      ['unknown', 5 * 60 * 1000],
    ]);
    expect(defaultTtlMs.unknown).toBeLessThan(defaultTtlMs.risky);
  });

  it('takes configured times to live, and caches nothing for a result set to 0', async () => {
    const { service, store } = serviceOver(upstreams, { ttlMs: { deliverable: 1_000, risky: 0 } });
    await service.validate(verdictRequest('jane@example.com'));
    await service.validate(verdictRequest('admin@example.com'));
    await service.validate(verdictRequest('admin@example.com'));
    expect(store.writes.map(({ result, ttlMs }) => [result, ttlMs])).toEqual([
      ['deliverable', 1_000],
    ]);
    expect(spamidate.calls).toBe(3);
  });

  it('asks again once a brief unknown has expired', async () => {
    const { service } = serviceOver(upstreams, { ttlMs: { unknown: 300 } });
    await service.validate(verdictRequest('unknown.x@example.com'));
    await service.validate(verdictRequest('unknown.x@example.com'));
    expect(spamidate.calls).toBe(1);
    await wait(400);
    await service.validate(verdictRequest('unknown.x@example.com'));
    expect(spamidate.calls).toBe(2);
  });

  it('never caches a fail-open unknown', async () => {
    const { service, store } = serviceOver(upstreams, { retries: 0 });
    spamidate.next({ kind: 'server-error' });
    const failed = await service.validate(verdictRequest('jane@example.com', { failOpen: true }));
    expect(failed).toMatchObject({ failure: 'server', verdict: { result: 'unknown' } });
    expect(store.writes).toEqual([]);
    const next = await service.validate(verdictRequest('jane@example.com', { failOpen: true }));
    expect(next).toMatchObject({ cached: false, verdict: { result: 'deliverable' } });
    expect(next.failure).toBeUndefined();
  });

  it('skips our cache on forceRefresh, passes it to the upstream and keeps the fresh answer', async () => {
    const { service, store } = serviceOver(upstreams);
    await service.validate(verdictRequest('jane@example.com', { upstream: 'xmagnet' }));
    const fresh = await service.validate(
      verdictRequest('jane@example.com', { upstream: 'xmagnet', forceRefresh: true }),
    );
    expect(fresh.cached).toBe(false);
    expect(xmagnet.calls).toBe(2);
    expect(xmagnet.lastRequest?.body).toMatchObject({ force_refresh: true });
    expect(store.writes).toHaveLength(2);
    expect(
      (await service.validate(verdictRequest('jane@example.com', { upstream: 'xmagnet' }))).cached,
    ).toBe(true);
  });
});
