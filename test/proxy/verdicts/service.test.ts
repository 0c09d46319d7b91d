import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../../core/verdict.js';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { createTestUpstream } from '../../../proxy/upstreams/test.js';
import type { Upstream } from '../../../proxy/upstreams/types.js';
import { createXmagnetUpstream } from '../../../proxy/upstreams/xmagnet.js';
import { createMemoryStore } from '../../../proxy/verdicts/memory-store.js';
import { createVerdictService } from '../../../proxy/verdicts/service.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';
import { startFakeXmagnet, type FakeXmagnet } from '../fakes/xmagnet.js';
import {
  captureLogger,
  createMetrics,
  metricValue,
  rejection,
  serviceOver,
  verdictRequest,
} from './harness.js';

let spamidate: FakeSpamidate;
let xmagnet: FakeXmagnet;
let upstreams: Record<string, Upstream>;

beforeAll(async () => {
  [spamidate, xmagnet] = await Promise.all([
    startFakeSpamidate(),
    startFakeXmagnet({ credits: 500 }),
  ]);
  upstreams = {
    spamidate: createSpamidateUpstream({ baseUrl: spamidate.url, apiKey: 'sk_live_service' }),
    xmagnet: createXmagnetUpstream({ baseUrl: xmagnet.url, apiKey: 'xm_live_service' }),
    test: createTestUpstream(),
  };
});
afterEach(() => {
  spamidate.reset();
  xmagnet.reset();
});
afterAll(() => Promise.all([spamidate.close(), xmagnet.close()]));

describe('the verdict service', () => {
  it('says which upstreams offer credits and enrichment', () => {
    const { service } = serviceOver(upstreams);
    expect(service.supports('xmagnet', 'credits')).toBe(true);
    expect(service.supports('xmagnet', 'enrich')).toBe(true);
    expect(service.supports('spamidate', 'credits')).toBe(false);
    expect(service.supports('test', 'enrich')).toBe(false);
    expect(service.supports('nowhere', 'credits')).toBe(false);
    expect(service.supports('__proto__', 'credits')).toBe(false);
  });

  it('reads credits and shows them on the credits gauge', async () => {
    const { service, metrics } = serviceOver(upstreams);
    const credits = await service.credits('xmagnet');
    expect(credits.remaining).toBe(xmagnet.credits);
    expect(await metricValue(metrics.creditsRemaining, { upstream: 'xmagnet' })).toBe(
      xmagnet.credits,
    );
  });

  it('updates the credits gauge from every validation that reports them', async () => {
    const { service, metrics } = serviceOver(upstreams);
    await service.validate(verdictRequest('gauge.check@example.com', { upstream: 'xmagnet' }));
    expect(await metricValue(metrics.creditsRemaining, { upstream: 'xmagnet' })).toBe(
      xmagnet.credits,
    );
  });

  it('passes an enrichment through and never retries it, since each one costs', async () => {
    const { service } = serviceOver(upstreams);
    expect(await service.enrich('xmagnet', 'jane.doe@acme.com')).toMatchObject({
      first_name: 'Jane',
    });
    xmagnet.next({ kind: 'server-error' });
    expect((await rejection(service.enrich('xmagnet', 'jane.doe@acme.com'))).kind).toBe('server');
    expect(xmagnet.calls).toBe(2);
  });

  it('refuses credits and enrichment where the upstream offers none', async () => {
    const { service } = serviceOver(upstreams);
    await expect(service.credits('spamidate')).rejects.toThrow(/does not report credits/);
    await expect(service.enrich('test', 'a@example.com')).rejects.toThrow(
      /does not offer enrichment/,
    );
  });

  it('refuses an upstream that is not configured, naming those that are', async () => {
    const { service } = serviceOver(upstreams);
    await expect(
      service.validate(verdictRequest('a@example.com', { upstream: 'nope' })),
    ).rejects.toThrow(/Unknown upstream "nope"; configured: spamidate, xmagnet, test/);
  });

  it('is ready while the store and every upstream answer', async () => {
    const { service } = serviceOver(upstreams);
    expect(await service.ready()).toEqual({
      ok: true,
      checks: {
        store: true,
        'upstream:spamidate': true,
        'upstream:xmagnet': true,
        'upstream:test': true,
      },
    });
  });

  it('is not ready when an upstream is down', async () => {
    const gone = await startFakeXmagnet();
    await gone.close();
    const { service } = serviceOver({
      xmagnet: createXmagnetUpstream({ baseUrl: gone.url, apiKey: 'xm_live_x' }),
    });
    expect(await service.ready()).toEqual({
      ok: false,
      checks: { store: true, 'upstream:xmagnet': false },
    });
  });

  it('calls a verdict of the wrong shape from an upstream a bad response', async () => {
    const broken: Upstream = {
      name: 'local',
      validate: async () => ({ email: 'a@example.com', result: 'great' }) as unknown as Verdict,
    };
    const { service } = serviceOver({ local: broken });
    const error = await rejection(
      service.validate(verdictRequest('a@example.com', { upstream: 'local' })),
    );
    expect(error.kind).toBe('bad_response');
  });

  it('ends a call to an upstream that ignores its signal at the deadline anyway', async () => {
    const deaf: Upstream = { name: 'local', validate: () => new Promise<Verdict>(() => {}) };
    const { service } = serviceOver({ local: deaf });
    const error = await rejection(
      service.validate(verdictRequest('a@example.com', { upstream: 'local', deadlineMs: 100 })),
    );
    expect(error.kind).toBe('timeout');
  });

  it('closes the store and every upstream that can be closed', async () => {
    const closed: string[] = [];
    const store = createMemoryStore({ maxEntries: 10 });
    const { service } = serviceOver(
      { test: { ...createTestUpstream(), close: async () => void closed.push('upstream') } },
      { store: { ...store, close: async () => void closed.push('store') } },
    );
    await service.close();
    expect(closed.sort()).toEqual(['store', 'upstream']);
  });
});

describe('the verdict service options', () => {
  const base = () => ({
    upstreams: { test: createTestUpstream() },
    store: createMemoryStore({ maxEntries: 10 }),
    metrics: createMetrics(),
    logger: captureLogger().logger,
  });

  it.each([
    [{ upstreams: {} }, /at least one upstream/],
    [{ retries: -1 }, /`retries`/],
    [{ retries: 1.5 }, /`retries`/],
    [{ breaker: { failureThreshold: 0, resetMs: 1000 } }, /`breaker.failureThreshold`/],
    [{ ttlMs: { deliverable: -5 } }, /`ttlMs.deliverable`/],
    [{ ttlMs: { valid: 5 } }, /unsupported option `ttlMs.valid`/],
    [{ addressKey: 'a salt' }, /`addressKey` must be a function/],
    [{ retry: 2 }, /unsupported option `retry`. Did you mean `retries`\?/],
  ])('refuses %j at setup', (override, message) => {
    expect(() => createVerdictService({ ...base(), ...override } as never)).toThrow(message);
  });

  it('accepts the defaults', () => {
    expect(() => createVerdictService(base())).not.toThrow();
  });
});
