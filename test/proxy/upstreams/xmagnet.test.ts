import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verdictSchema } from '../../../core/verdict.js';
import { UpstreamError, type Upstream } from '../../../proxy/upstreams/types.js';
import { createXmagnetUpstream } from '../../../proxy/upstreams/xmagnet.js';
import { startFakeXmagnet, type FakeXmagnet } from '../fakes/xmagnet.js';

const apiKey = 'xm_live_xmagnet_adapter_test_secret';
const enrichOnly = 'xm_live_enrich_only_key';
let fake: FakeXmagnet;
let upstream: Upstream;

beforeAll(async () => {
  fake = await startFakeXmagnet({ credits: 100, scopes: { [enrichOnly]: ['enrich'] } });
  upstream = createXmagnetUpstream({ baseUrl: fake.url, apiKey });
});
afterEach(() => {
  fake.reset();
  fake.credits = 100;
});
afterAll(() => fake.close());

const call = (email: string, options = {}) =>
  upstream.validate(email, { signal: AbortSignal.timeout(2_000), ...options });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('the xmagnet adapter', () => {
  it('turns a deliverable answer into a verdict of the shared shape', async () => {
    const verdict = await call('jane@example.com');
    expect(verdictSchema.parse(verdict)).toEqual(verdict);
    expect(verdict).toMatchObject({
      email: 'jane@example.com',
      result: 'deliverable',
      score: 95,
      severity: 'valid',
      suggestion: null,
      source: 'xmagnet',
      cached: false,
    });
    expect(verdict.checks.smtp.passed).toBe(true);
    expect(verdict.checks.catchAll.passed).toBe(true);
  });

  it('keeps xmagnet’s own result for every kind of address', async () => {
    const results = await Promise.all(
      [
        'nobody@example.com',
        'jane@nomx.example.com',
        'jane@catch-all.example.com',
        'support@example.com',
        'unknown.person@example.com',
      ].map(async (email) => (await call(email)).result),
    );
    expect(results).toEqual(['undeliverable', 'undeliverable', 'risky', 'risky', 'unknown']);
  });

  it('flags a free provider as a failed free-provider check', async () => {
    const verdict = await call('jane@gmail.com');
    expect(verdict.result).toBe('deliverable');
    expect(verdict.checks.freeProvider).toMatchObject({ passed: false, free: true });
  });

  it('flags a disposable address and says so in the reasons', async () => {
    const verdict = await call('jane@mailinator.com');
    expect(verdict.checks.disposable).toMatchObject({ passed: false, disposable: true });
    expect(verdict.reasons).toContain('Disposable address');
  });

  it('passes xmagnet’s suggestion on as a full address', async () => {
    expect((await call('jane@gmial.com')).suggestion).toBe('jane@gmail.com');
  });

  it('sends the secret in X-API-Key and force_refresh only when asked', async () => {
    await call('jane@example.com');
    expect(fake.lastRequest?.headers['x-api-key']).toBe(apiKey);
    expect(fake.lastRequest?.body).toEqual({ email: 'jane@example.com' });
    await call('jane@example.com', { forceRefresh: true });
    expect(fake.lastRequest?.body).toEqual({ email: 'jane@example.com', force_refresh: true });
  });

  it('reports the credits left after each validation', async () => {
    const reported: number[] = [];
    await call('fresh@example.com', { onCredits: (left: number) => reported.push(left) });
    expect(reported).toEqual([fake.credits]);
    expect(fake.credits).toBe(99);
  });

  it('reads the credits left', async () => {
    fake.credits = 42;
    expect(await upstream.credits?.(AbortSignal.timeout(2_000))).toMatchObject({ remaining: 42 });
    expect(fake.lastRequest).toMatchObject({ method: 'GET', path: '/v1/credits' });
  });

  it('passes an enrichment through as xmagnet gave it', async () => {
    const data = await upstream.enrich?.('jane.doe@acme.com', AbortSignal.timeout(2_000));
    expect(data).toMatchObject({ first_name: 'Jane', last_name: 'Doe', company: 'acme' });
    expect(fake.lastRequest?.path).toBe('/v1/enrich/single');
  });

  it('costs nothing with an xm_test_ key', async () => {
    const test = createXmagnetUpstream({ baseUrl: fake.url, apiKey: 'xm_test_free' });
    await test.validate('someone@example.com', { signal: AbortSignal.timeout(2_000) });
    expect(fake.credits).toBe(100);
  });

  it('calls a 402 no_credits', async () => {
    fake.credits = 0;
    const error = await failure(call('broke@example.com'));
    expect(error).toMatchObject({ kind: 'no_credits', details: { status: 402 } });
  });

  it('calls a refused key an auth failure and names the variable to fix', async () => {
    const wrong = createXmagnetUpstream({ baseUrl: fake.url, apiKey: 'not_an_xmagnet_key' });
    const error = await failure(
      wrong.validate('a@example.com', { signal: AbortSignal.timeout(2_000) }),
    );
    expect(error).toMatchObject({ kind: 'auth', details: { status: 401 } });
    expect(error.message).toContain('XMAGNET_API_KEY');
  });

  it('calls a 403 for a missing scope an auth failure', async () => {
    const limited = createXmagnetUpstream({ baseUrl: fake.url, apiKey: enrichOnly });
    const error = await failure(
      limited.validate('a@example.com', { signal: AbortSignal.timeout(2_000) }),
    );
    expect(error).toMatchObject({ kind: 'auth', details: { status: 403 } });
    expect(error.message).toContain('scopes');
  });

  it('calls a 429 rate_limited with the retry_after the body gives', async () => {
    fake.next({ kind: 'rate-limited', retryAfterSeconds: 3 });
    const error = await failure(call('jane@example.com'));
    expect(error).toMatchObject({ kind: 'rate_limited', details: { retryAfterMs: 3_000 } });
    expect(error.message).toContain('RATE_LIMIT_EXCEEDED');
  });

  it('calls a 400 a bad request and names the field', async () => {
    const error = await failure(call(`${'a'.repeat(250)}@example.com`));
    expect(error).toMatchObject({ kind: 'bad_request', details: { status: 400 } });
    expect(error.message).toContain('field email');
  });

  it('calls a 500 a server failure', async () => {
    fake.next({ kind: 'server-error' });
    expect((await failure(call('jane@example.com'))).kind).toBe('server');
  });

  it('gives up on a hanging upstream at the deadline with a timeout', async () => {
    fake.next({ kind: 'hang' });
    const error = await failure(call('jane@example.com', { signal: AbortSignal.timeout(200) }));
    expect(error.kind).toBe('timeout');
  });

  it('calls garbage and JSON of the wrong shape bad responses', async () => {
    fake.next({ kind: 'garbage' });
    expect((await failure(call('jane@example.com'))).kind).toBe('bad_response');
    fake.next({ kind: 'wrong-shape' });
    expect((await failure(call('jane@example.com'))).kind).toBe('bad_response');
  });

  it('is ready while the credits route answers, even with no credits left', async () => {
    fake.credits = 0;
    expect(await upstream.ready?.(AbortSignal.timeout(1_000))).toBe(true);
    fake.next({ kind: 'server-error' });
    expect(await upstream.ready?.(AbortSignal.timeout(1_000))).toBe(false);
  });
});
