import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verdictSchema } from '../../../core/verdict.js';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { UpstreamError, type Upstream } from '../../../proxy/upstreams/types.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';

const apiKey = 'sk_live_spamidate_adapter_test_secret';
let fake: FakeSpamidate;
let upstream: Upstream;

beforeAll(async () => {
  fake = await startFakeSpamidate({ apiKey });
  upstream = createSpamidateUpstream({ baseUrl: fake.url, apiKey });
});
afterEach(() => fake.reset());
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

describe('the spamidate adapter', () => {
  it('turns a good answer into a deliverable verdict of the shared shape', async () => {
    const verdict = await call('jane.doe@example.com');
    expect(verdictSchema.parse(verdict)).toEqual(verdict);
    expect(verdict).toMatchObject({
      email: 'jane.doe@example.com',
      result: 'deliverable',
      score: 100,
      severity: 'valid',
      source: 'spamidate',
      cached: false,
    });
    expect(verdict.checks.smtp.passed).toBe(true);
    expect(verdict.checks.domain).toMatchObject({
      passed: true,
      metadata: { mxRecords: ['mx1.example.com'] },
    });
  });

  it('reports the free-provider check as not run, since spamidate does not report it', async () => {
    const verdict = await call('jane@gmail.com');
    expect(verdict.checks.freeProvider.passed).toBeNull();
  });

  it('sends the secret in X-API-Key and forwards quickMode and skipCatchAll', async () => {
    await call('jane@example.com', { quickMode: true, skipCatchAll: true });
    expect(fake.lastRequest?.headers['x-api-key']).toBe(apiKey);
    expect(fake.lastRequest?.path).toBe('/validate');
    expect(fake.lastRequest?.body).toEqual({
      email: 'jane@example.com',
      options: { quickMode: true, skipCatchAll: true },
    });
  });

  it.each([
    ['nobody@example.com', 'undeliverable', 'the mailbox is refused'],
    ['jane@nomx.example.com', 'undeliverable', 'the domain takes no mail'],
    ['jane@catch-all.example.com', 'risky', 'the domain is catch-all'],
    ['jane@mailinator.com', 'risky', 'the address is disposable'],
    ['admin@example.com', 'risky', 'the address is role-based'],
    ['unknown.person@example.com', 'unknown', 'the mailbox could not be checked'],
  ])('calls %s %s when %s', async (email, result) => {
    const verdict = await call(email);
    expect(verdict.result).toBe(result);
    expect(verdict.severity).toBe(
      verdict.score >= 70 ? 'valid' : verdict.score >= 40 ? 'warning' : 'invalid',
    );
  });

  it('calls a quick-mode answer unknown, since the mailbox was not probed', async () => {
    const verdict = await call('jane@example.com', { quickMode: true });
    expect(verdict.checks.smtp.passed).toBeNull();
    expect(verdict.result).toBe('unknown');
  });

  it('puts failed checks and recommendations in the reasons', async () => {
    const verdict = await call('admin@mailinator.com');
    expect(verdict.reasons).toEqual(
      expect.arrayContaining([
        'Disposable email provider',
        'Role-based address',
        'Ask for a permanent address',
      ]),
    );
  });

  it('keeps the rate-limit window the upstream reports', async () => {
    await call('jane@example.com');
    const window = upstream.rateLimit?.();
    expect(window).toMatchObject({ limit: 1000, remaining: 999 });
    expect(window?.resetAt).toBeGreaterThan(Date.now() - 1_000);
  });

  it('calls a refused key an auth failure and names the variable to fix', async () => {
    const wrong = createSpamidateUpstream({ baseUrl: fake.url, apiKey: 'sk_live_wrong' });
    const error = await failure(
      wrong.validate('a@example.com', { signal: AbortSignal.timeout(2_000) }),
    );
    expect(error.kind).toBe('auth');
    expect(error.details.status).toBe(401);
    expect(error.message).toContain('SPAMIDATE_API_KEY');
  });

  it('calls a 400 a bad request and names the field', async () => {
    const error = await failure(call(`${'a'.repeat(250)}@example.com`));
    expect(error).toMatchObject({ kind: 'bad_request', details: { status: 400 } });
    expect(error.message).toContain('field email');
  });

  it('calls a 429 rate_limited with the retryAfter the body gives', async () => {
    fake.next({ kind: 'rate-limited', retryAfterSeconds: 7 });
    const error = await failure(call('jane@example.com'));
    expect(error).toMatchObject({
      kind: 'rate_limited',
      details: { status: 429, retryAfterMs: 7_000 },
    });
  });

  it('calls a 500 a server failure and keeps the request id', async () => {
    fake.next({ kind: 'server-error' });
    const error = await failure(call('jane@example.com'));
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/request [0-9a-f-]{36}/);
  });

  it('gives up on a hanging upstream at the deadline with a timeout', async () => {
    fake.next({ kind: 'hang' });
    const error = await failure(call('jane@example.com', { signal: AbortSignal.timeout(200) }));
    expect(error.kind).toBe('timeout');
  });

  it('calls a body that is not JSON a bad response', async () => {
    fake.next({ kind: 'garbage' });
    expect((await failure(call('jane@example.com'))).kind).toBe('bad_response');
  });

  it('calls JSON of the wrong shape a bad response and says where', async () => {
    fake.next({ kind: 'wrong-shape' });
    const error = await failure(call('jane@example.com'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('unexpected shape');
  });

  it('calls a dropped connection a network failure', async () => {
    fake.next({ kind: 'reset' });
    expect((await failure(call('jane@example.com'))).kind).toBe('network');
  });

  it('calls a server that is not listening a network failure', async () => {
    const gone = await startFakeSpamidate();
    await gone.close();
    const dead = createSpamidateUpstream({ baseUrl: gone.url, apiKey });
    const error = await failure(
      dead.validate('a@example.com', { signal: AbortSignal.timeout(2_000) }),
    );
    expect(error.kind).toBe('network');
    expect(await dead.ready?.(AbortSignal.timeout(1_000))).toBe(false);
  });

  it('is ready while the upstream answers HTTP', async () => {
    expect(await upstream.ready?.(AbortSignal.timeout(1_000))).toBe(true);
  });

  it('refuses bad options at setup without repeating the key', () => {
    expect(() => createSpamidateUpstream({ baseUrl: 'not a url', apiKey })).toThrow(
      /baseUrl must be an absolute/,
    );
    expect(() => createSpamidateUpstream({ baseUrl: 'ftp://127.0.0.1', apiKey })).toThrow(
      /http: or https:/,
    );
    expect(() => createSpamidateUpstream({ baseUrl: fake.url, apiKey: '' })).toThrow(
      /apiKey is required/,
    );
    const injected = 'sk_live_abc\r\nX-Evil: 1';
    expect(() => createSpamidateUpstream({ baseUrl: fake.url, apiKey: injected })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk_live_abc') as unknown }),
    );
  });
});
