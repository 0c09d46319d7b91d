import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeXmagnet, type FakeXmagnet } from './xmagnet.js';

let fake: FakeXmagnet;
beforeAll(async () => {
  fake = await startFakeXmagnet({ credits: 10, scopes: { xm_live_validate_only: ['validate'] } });
});
afterEach(() => {
  fake.reset();
  fake.credits = 10;
});
afterAll(() => fake.close());

function call(path: string, body?: unknown, key = 'xm_live_fake') {
  return fetch(`${fake.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': key },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the fake xmagnet server', () => {
  it('answers the documented shape and charges a credit', async () => {
    const response = await call('/v1/validate/single', { email: 'jane@gmail.com' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect(await response.json()).toEqual({
      status: 'success',
      data: {
        email: 'jane@gmail.com',
        result: 'deliverable',
        score: 90,
        is_free_provider: true,
        is_disposable: false,
        is_role_based: false,
        is_catch_all: false,
        mx_found: true,
        smtp_check: true,
        suggestion: null,
      },
      credits_used: 1,
      credits_remaining: 9,
    });
  });

  it('serves a repeat from its own cache for free, unless force_refresh', async () => {
    await call('/v1/validate/single', { email: 'a@example.com' });
    await call('/v1/validate/single', { email: 'a@example.com' });
    expect(fake.credits).toBe(9);
    await call('/v1/validate/single', { email: 'a@example.com', force_refresh: true });
    expect(fake.credits).toBe(8);
  });

  it('gives xm_test_ keys mock data free', async () => {
    const response = await call('/v1/validate/single', { email: 'b@example.com' }, 'xm_test_fake');
    expect(await response.json()).toMatchObject({ status: 'success', credits_used: 0 });
    expect(fake.credits).toBe(10);
  });

  it('answers 402 when the credits run out', async () => {
    fake.credits = 0;
    const response = await call('/v1/validate/single', { email: 'c@example.com' });
    expect(response.status).toBe(402);
    expect(await response.json()).toMatchObject({
      status: 'error',
      error: { code: 'INSUFFICIENT_CREDITS' },
    });
  });

  it('answers 403 for a scope the key lacks', async () => {
    const response = await call('/v1/credits', undefined, 'xm_live_validate_only');
    expect(response.status).toBe(403);
    expect(
      (await call('/v1/validate/single', { email: 'd@example.com' }, 'xm_live_validate_only'))
        .status,
    ).toBe(200);
  });

  it('answers 401 to a key that is not an xmagnet key, Bearer or not', async () => {
    expect((await call('/v1/credits', undefined, 'sk_live_nope')).status).toBe(401);
    const bearer = await fetch(`${fake.url}/v1/credits`, {
      headers: { Authorization: 'Bearer xm_live_fake' },
    });
    expect(bearer.status).toBe(200);
  });

  it('reports credits', async () => {
    expect(await (await call('/v1/credits')).json()).toMatchObject({
      status: 'success',
      data: { credits_remaining: 10 },
    });
  });

  it('validates up to 500 addresses in bulk and refuses 501', async () => {
    const emails = Array.from({ length: 500 }, (_, i) => `bulk${i}@example.com`);
    fake.credits = 1_000;
    const ok = await call('/v1/validate/bulk', { emails });
    expect(((await ok.json()) as { data: unknown[] }).data).toHaveLength(500);
    const refused = await call('/v1/validate/bulk', {
      emails: [...emails, 'one.more@example.com'],
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { field: 'emails' } });
  });

  it('names the bad address of a bulk request by its index', async () => {
    const response = await call('/v1/validate/bulk', { emails: ['a@example.com', 42] });
    expect(await response.json()).toMatchObject({ error: { field: 'emails.1' } });
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await call('/v1/validate/single', {
      email: 'a@example.com',
      pad: 'x'.repeat(1024 * 1024),
    });
    expect(response.status).toBe(413);
  });

  it('refuses an address over 254 characters with 400 and the field', async () => {
    const response = await call('/v1/validate/single', { email: `${'a'.repeat(243)}@example.com` });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 'error', error: { field: 'email' } });
  });

  it('answers 429 RATE_LIMIT_EXCEEDED with retry_after and Retry-After when told to', async () => {
    fake.next({ kind: 'rate-limited', retryAfterSeconds: 4 });
    const response = await call('/v1/validate/single', { email: 'a@example.com' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('4');
    expect(await response.json()).toMatchObject({
      error: { code: 'RATE_LIMIT_EXCEEDED', retry_after: 4 },
    });
  });

  it('enriches an address', async () => {
    const response = await call('/v1/enrich/single', { email: 'jane.doe@acme.com' });
    expect(await response.json()).toMatchObject({ data: { first_name: 'Jane', company: 'acme' } });
  });

  it('hangs until closed when told to, without holding up close()', async () => {
    const other = await startFakeXmagnet();
    other.next({ kind: 'hang' });
    const pending = fetch(`${other.url}/v1/credits`, {
      headers: { 'X-API-Key': 'xm_live_x' },
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
