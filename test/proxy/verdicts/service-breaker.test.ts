import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';
import { metricValue, rejection, serviceOver, verdictRequest, wait } from './harness.js';

let fake: FakeSpamidate;
let upstreams: Parameters<typeof serviceOver>[0];
// Wide enough that a busy CI machine cannot reach resetMs between two back-to-back calls.
const breaker = { failureThreshold: 3, resetMs: 500 };

beforeAll(async () => {
  fake = await startFakeSpamidate();
  upstreams = {
    spamidate: createSpamidateUpstream({ baseUrl: fake.url, apiKey: 'sk_live_breaker' }),
  };
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

/** A service whose breaker has just opened after three server failures. */
async function tripped() {
  const made = serviceOver(upstreams, { retries: 0, breaker });
  fake.next({ kind: 'server-error' }, 3);
  for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
    expect((await rejection(made.service.validate(verdictRequest(email)))).kind).toBe('server');
  }
  return made;
}

describe('the circuit breaker in the verdict service', () => {
  it('opens after consecutive failures and stops calling the upstream', async () => {
    const { service, metrics, log } = await tripped();
    const error = await rejection(service.validate(verdictRequest('d@example.com')));
    expect(error.kind).toBe('circuit_open');
    expect(error.details.retryAfterMs).toBeGreaterThan(0);
    expect(fake.calls).toBe(3);
    expect(await metricValue(metrics.breakerState, { upstream: 'spamidate' })).toBe(1);
    expect(
      await metricValue(metrics.upstreamFailures, { upstream: 'spamidate', kind: 'circuit_open' }),
    ).toBe(1);
    expect(log.lines.some((line) => line.breaker === 'open' && line.level === 50)).toBe(true);
  });

  it('answers public callers unknown while open', async () => {
    const { service } = await tripped();
    const outcome = await service.validate(verdictRequest('d@example.com', { failOpen: true }));
    expect(outcome).toMatchObject({ failure: 'circuit_open', verdict: { result: 'unknown' } });
  });

  it('still serves cached verdicts while open', async () => {
    const made = serviceOver(upstreams, { retries: 0, breaker });
    await made.service.validate(verdictRequest('kept@example.com'));
    fake.next({ kind: 'server-error' }, 3);
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await rejection(made.service.validate(verdictRequest(email)));
    }
    expect((await made.service.validate(verdictRequest('kept@example.com'))).cached).toBe(true);
  });

  it('closes again when the probe after resetMs succeeds', async () => {
    const { service, metrics } = await tripped();
    await wait(breaker.resetMs + 50);
    expect((await service.validate(verdictRequest('d@example.com'))).verdict.result).toBe(
      'deliverable',
    );
    expect(await metricValue(metrics.breakerState, { upstream: 'spamidate' })).toBe(0);
    await service.validate(verdictRequest('e@example.com'));
    expect(fake.calls).toBe(5);
  });

  it('opens again when the probe fails', async () => {
    const { service } = await tripped();
    await wait(breaker.resetMs + 50);
    fake.next({ kind: 'server-error' });
    expect((await rejection(service.validate(verdictRequest('d@example.com')))).kind).toBe(
      'server',
    );
    expect((await rejection(service.validate(verdictRequest('e@example.com')))).kind).toBe(
      'circuit_open',
    );
    expect(fake.calls).toBe(4);
  });

  it('lets only one probe through while half-open', async () => {
    const { service } = await tripped();
    await wait(breaker.resetMs + 50);
    fake.next({ kind: 'slow', ms: 100 });
    const outcomes = await Promise.all(
      ['p@example.com', 'q@example.com', 'r@example.com', 's@example.com'].map((email) =>
        service.validate(verdictRequest(email, { failOpen: true })),
      ),
    );
    expect(fake.calls).toBe(4);
    expect(outcomes.filter((outcome) => outcome.failure === 'circuit_open')).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome.verdict.result === 'deliverable')).toHaveLength(1);
  });

  it('does not count a refused request against the upstream', async () => {
    const { service } = serviceOver(upstreams, { retries: 0, breaker });
    for (let i = 0; i < 4; i++) {
      await rejection(service.validate(verdictRequest(`${'a'.repeat(249 + i)}@example.com`)));
    }
    expect((await service.validate(verdictRequest('ok@example.com'))).verdict.result).toBe(
      'deliverable',
    );
  });
});
