import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSpamidate, type FakeSpamidate } from './spamidate.js';

let fake: FakeSpamidate;
beforeAll(async () => {
  fake = await startFakeSpamidate({ rateLimit: { limit: 3, windowMs: 60_000 } });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

function post(body: unknown, headers: Record<string, string> = { 'X-API-Key': 'sk_live_fake' }) {
  return fetch(`${fake.url}/validate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the fake spamidate server', () => {
  it('answers the documented shape, with rate-limit headers', async () => {
    const response = await post({ email: 'Jane@Example.com', options: {} });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('3');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      isValid: true,
      email: 'jane@example.com',
      score: 100,
      severity: 'valid',
    });
    expect(Object.keys(body.checks as object).sort()).toEqual(
      ['catchAll', 'disposable', 'domain', 'roleBased', 'smtp', 'syntax'].sort(),
    );
    expect(body.metadata).toMatchObject({ processingTime: expect.any(Number) as unknown });
  });

  it('accepts the key as a Bearer token too', async () => {
    expect(
      (await post({ email: 'a@example.com' }, { Authorization: 'Bearer sk_live_fake' })).status,
    ).toBe(200);
  });

  it.each([
    ['no key', {}],
    ['a key of another vendor', { 'X-API-Key': 'xm_live_fake' }],
    ['a malformed Authorization header', { Authorization: 'sk_live_fake' }],
  ])('answers 401 to %s', async (_name, headers) => {
    const response = await post({ email: 'a@example.com' }, headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-ratelimit-limit')).toBe('3');
  });

  it('refuses an address over 254 characters with 400 and the field', async () => {
    const response = await post({ email: `${'a'.repeat(243)}@example.com` });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Bad Request', field: 'email' });
    expect((await post({ email: `${'a'.repeat(242)}@example.com` })).status).toBe(200);
  });

  it('refuses options that are not booleans with the dotted field', async () => {
    const response = await post({ email: 'a@example.com', options: { quickMode: 'yes' } });
    expect(await response.json()).toMatchObject({ field: 'options.quickMode' });
  });

  it('answers 429 with retryAfter and Retry-After once the window is spent', async () => {
    for (let i = 0; i < 3; i++) expect((await post({ email: 'a@example.com' })).status).toBe(200);
    const response = await post({ email: 'a@example.com' });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({
      retryAfter: expect.any(Number) as unknown,
      limit: 3,
      remaining: 0,
    });
  });

  it('answers 500 with a request id when told to', async () => {
    fake.next({ kind: 'server-error' });
    const response = await post({ email: 'a@example.com' });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ requestId: expect.any(String) as unknown });
  });

  it('plays queued behaviours in order, then answers normally', async () => {
    fake.next({ kind: 'garbage' });
    fake.next({ kind: 'rate-limited', retryAfterSeconds: 9 });
    expect(await (await post({ email: 'a@example.com' })).text()).toContain('<html>');
    expect((await post({ email: 'a@example.com' })).headers.get('retry-after')).toBe('9');
    expect((await post({ email: 'a@example.com' })).status).toBe(200);
    expect(fake.calls).toBe(3);
  });

  it('records each request for inspection', async () => {
    await post({ email: 'a@example.com', options: { quickMode: true } });
    expect(fake.lastRequest).toMatchObject({
      method: 'POST',
      path: '/validate',
      body: { email: 'a@example.com', options: { quickMode: true } },
    });
    expect(fake.lastRequest?.headers['x-api-key']).toBe('sk_live_fake');
  });

  it('refuses to queue a behaviour the vendor never documented', () => {
    expect(() => fake.next({ kind: 'no-credits' })).toThrow(/no documented answer/);
  });
});
