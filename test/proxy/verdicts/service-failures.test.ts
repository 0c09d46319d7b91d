import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { createXmagnetUpstream } from '../../../proxy/upstreams/xmagnet.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';
import { startFakeXmagnet, type FakeXmagnet } from '../fakes/xmagnet.js';
import { metricValue, observations, rejection, serviceOver, verdictRequest } from './harness.js';

const spamidateKey = 'sk_live_failures_secret';
const xmagnetKey = 'xm_live_failures_secret';
let spamidate: FakeSpamidate;
let xmagnet: FakeXmagnet;
let upstreams: Parameters<typeof serviceOver>[0];

beforeAll(async () => {
  [spamidate, xmagnet] = await Promise.all([
    startFakeSpamidate({ apiKey: spamidateKey }),
    startFakeXmagnet({ apiKey: xmagnetKey }),
  ]);
  upstreams = {
    spamidate: createSpamidateUpstream({ baseUrl: spamidate.url, apiKey: spamidateKey }),
    xmagnet: createXmagnetUpstream({ baseUrl: xmagnet.url, apiKey: xmagnetKey }),
  };
});
afterEach(() => {
  spamidate.reset();
  xmagnet.reset();
  xmagnet.credits = 1000;
});
afterAll(() => Promise.all([spamidate.close(), xmagnet.close()]));

describe('retries', () => {
  it('retries a server failure and answers with the next attempt', async () => {
    const { service, metrics } = serviceOver(upstreams);
    spamidate.next({ kind: 'server-error' });
    const outcome = await service.validate(verdictRequest('jane@example.com'));
    expect(outcome.verdict.result).toBe('deliverable');
    expect(spamidate.calls).toBe(2);
    expect(
      await metricValue(metrics.upstreamFailures, { upstream: 'spamidate', kind: 'server' }),
    ).toBe(1);
    expect(await observations(metrics, { upstream: 'spamidate', outcome: 'server' })).toBe(1);
    expect(await observations(metrics, { upstream: 'spamidate', outcome: 'success' })).toBe(1);
  });

  it('retries a dropped connection', async () => {
    const { service } = serviceOver(upstreams);
    spamidate.next({ kind: 'reset' });
    expect((await service.validate(verdictRequest('jane@example.com'))).verdict.result).toBe(
      'deliverable',
    );
    expect(spamidate.calls).toBe(2);
  });

  it('gives up after the configured retries with the last failure', async () => {
    const { service } = serviceOver(upstreams, { retries: 2 });
    spamidate.next({ kind: 'server-error' }, 3);
    expect((await rejection(service.validate(verdictRequest('jane@example.com')))).kind).toBe(
      'server',
    );
    expect(spamidate.calls).toBe(3);
  });

  it('waits the retryAfter of a 429 when it fits inside the deadline', async () => {
    const { service } = serviceOver(upstreams);
    spamidate.next({ kind: 'rate-limited', retryAfterSeconds: 1 });
    const outcome = await service.validate(
      verdictRequest('jane@example.com', { deadlineMs: 3_000 }),
    );
    expect(outcome.verdict.result).toBe('deliverable');
    expect(spamidate.calls).toBe(2);
  });

  it('does not wait a retry_after that would end past the deadline', async () => {
    const { service } = serviceOver(upstreams);
    xmagnet.next({ kind: 'rate-limited', retryAfterSeconds: 1 });
    const error = await rejection(
      service.validate(
        verdictRequest('jane@example.com', { upstream: 'xmagnet', deadlineMs: 500 }),
      ),
    );
    expect(error).toMatchObject({ kind: 'rate_limited', details: { retryAfterMs: 1_000 } });
    expect(xmagnet.calls).toBe(1);
  });

  it.each([
    ['no_credits', 'xmagnet', { kind: 'no-credits' }],
    ['auth', 'xmagnet', { kind: 'forbidden' }],
    ['auth', 'spamidate', { kind: 'unauthorized' }],
    ['bad_response', 'spamidate', { kind: 'garbage' }],
  ] as const)('never retries %s (%s)', async (kind, upstream, behaviour) => {
    const { service } = serviceOver(upstreams);
    const fake = upstream === 'xmagnet' ? xmagnet : spamidate;
    fake.next(behaviour, 3);
    expect(
      (await rejection(service.validate(verdictRequest('jane@example.com', { upstream })))).kind,
    ).toBe(kind);
    expect(fake.calls).toBe(1);
  });

  it('never retries a request the upstream refused as bad', async () => {
    const { service } = serviceOver(upstreams);
    const error = await rejection(
      service.validate(verdictRequest(`${'a'.repeat(250)}@example.com`)),
    );
    expect(error.kind).toBe('bad_request');
    expect(spamidate.calls).toBe(1);
  });
});

describe('deadlines', () => {
  it('ends a call to a hanging upstream at the deadline with a timeout', async () => {
    const { service } = serviceOver(upstreams);
    spamidate.next({ kind: 'hang' }, 3);
    const error = await rejection(
      service.validate(verdictRequest('jane@example.com', { deadlineMs: 200 })),
    );
    expect(error.kind).toBe('timeout');
    expect(spamidate.calls).toBe(1);
  });

  it('stops when the client goes away', async () => {
    const { service } = serviceOver(upstreams);
    spamidate.next({ kind: 'hang' });
    const client = new AbortController();
    const pending = service.validate(
      verdictRequest('jane@example.com', { clientGone: () => client.signal }),
    );
    setTimeout(() => client.abort(), 50);
    expect((await rejection(pending)).kind).toBe('timeout');
  });
});

describe('fail-open and fail-closed', () => {
  it('gives a public caller an unknown verdict standing in for the failure', async () => {
    const { service } = serviceOver(upstreams);
    spamidate.next({ kind: 'hang' });
    const outcome = await service.validate(
      verdictRequest('jane@gmial.com', { deadlineMs: 200, failOpen: true }),
    );
    expect(outcome).toMatchObject({
      cached: false,
      failure: 'timeout',
      verdict: {
        email: 'jane@gmial.com',
        result: 'unknown',
        score: 50,
        severity: 'warning',
        source: 'spamidate',
        suggestion: 'jane@gmail.com',
        cached: false,
      },
    });
    expect(outcome.verdict.reasons.join(' ')).toMatch(/could not be fully checked/);
    expect(outcome.verdict.checks.smtp.passed).toBeNull();
  });

  it('rejects a secret-key caller with the upstream error', async () => {
    const { service } = serviceOver(upstreams, { retries: 0 });
    spamidate.next({ kind: 'server-error' });
    const error = await rejection(
      service.validate(verdictRequest('jane@example.com', { failOpen: false })),
    );
    expect(error).toMatchObject({
      kind: 'server',
      details: { upstream: 'spamidate', status: 500 },
    });
  });
});

describe('our own configuration failing upstream', () => {
  it.each([
    ['no_credits', { kind: 'no-credits' }],
    ['auth', { kind: 'unauthorized' }],
    ['auth', { kind: 'forbidden' }],
  ] as const)('logs %s loudly, counts it and still answers unknown', async (kind, behaviour) => {
    const { service, log, metrics } = serviceOver(upstreams);
    xmagnet.next(behaviour);
    const outcome = await service.validate(
      verdictRequest('private.person@example.com', { upstream: 'xmagnet', failOpen: true }),
    );
    expect(outcome).toMatchObject({ failure: kind, verdict: { result: 'unknown' } });
    const loud = log.lines.filter((line) => line.level === 50);
    expect(loud).toHaveLength(1);
    expect(loud[0]).toMatchObject({ upstream: 'xmagnet', kind });
    expect(await metricValue(metrics.upstreamFailures, { upstream: 'xmagnet', kind })).toBe(1);
    expect(log.text()).not.toContain('private.person');
    expect(log.text()).not.toContain(xmagnetKey);
  });

  it('notices a real zero balance the same way', async () => {
    const { service, log } = serviceOver(upstreams);
    xmagnet.credits = 0;
    const outcome = await service.validate(
      verdictRequest('jane@example.com', { upstream: 'xmagnet', failOpen: true }),
    );
    expect(outcome.failure).toBe('no_credits');
    expect(log.lines.some((line) => line.level === 50 && line.kind === 'no_credits')).toBe(true);
  });
});
