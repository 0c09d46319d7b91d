import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateResponseSchema } from '../../../core/http.js';
import type { EmailCheckApp } from '../../../proxy/app.js';
import { magicAddresses } from '../../../proxy/upstreams/test.js';
import { verifyVerdictToken } from '../../../proxy/tokens/verify.js';
import {
  startFakeSpamidate,
  startFakeXmagnet,
  type FakeSpamidate,
  type FakeXmagnet,
} from '../fakes/index.js';
import { keys, loopbackPipeline, makeApp, shopOrigin, tokenSecret } from '../support/app.js';

const spamidateSecret = 'sk_live_SPAMIDATEupstreamSECRET42';
const xmagnetSecret = 'xm_live_XMAGNETupstreamSECRET42';
const xmagnetKey = 'sk_live_XMAGNETcallerXMAGNETcall1';
const narrowKey = 'sk_live_NARROWnarrowNARROWnarrow1';

let spamidate: FakeSpamidate;
let xmagnet: FakeXmagnet;
let app: EmailCheckApp;

beforeAll(async () => {
  spamidate = await startFakeSpamidate();
  xmagnet = await startFakeXmagnet();
  app = makeApp({
    tokenSecret,
    pipeline: loopbackPipeline,
    defaultUpstream: 'spamidate',
    upstreams: {
      spamidate: { baseUrl: spamidate.url, apiKey: spamidateSecret },
      xmagnet: { baseUrl: xmagnet.url, apiKey: xmagnetSecret },
    },
    deadlines: { publicMs: 300, secretMs: 300 },
    retries: 0,
    breaker: { failureThreshold: 1000, resetMs: 1000 },
    keys: [
      { key: keys.test, id: 'test-key' },
      { key: keys.live, id: 'live-key', origins: [shopOrigin] },
      { key: keys.secret, id: 'secret-key' },
      { key: xmagnetKey, id: 'xmagnet-key', upstream: 'xmagnet' },
      { key: narrowKey, id: 'narrow', scopes: ['validate', 'bulk'] },
    ],
  }).app;
});
beforeEach(() => {
  spamidate.reset();
  xmagnet.reset();
});
afterAll(async () => {
  await app.close();
  await Promise.all([spamidate.close(), xmagnet.close()]);
});

const validate = (key: string, body: object) => {
  const req = request(app).post('/v1/validate').set('X-API-Key', key);
  return (key === keys.live ? req.set('Origin', shopOrigin) : req).send(body);
};

describe('POST /v1/validate with a pk_test_ key', () => {
  const instant = magicAddresses.filter((magic) => magic.address !== 'slow@example.com');

  it.each(instant.map((magic) => [magic.address, magic.result]))(
    'answers %s with the documented result %s, without any upstream call',
    async (address, result) => {
      const res = await validate(keys.test, { email: address });
      expect(res.status).toBe(200);
      const body = validateResponseSchema.parse(res.body);
      expect(body.data.result).toBe(result);
      expect(spamidate.calls + xmagnet.calls).toBe(0);
    },
  );

  it('signs a token bound to the address, with the key id', async () => {
    const res = await validate(keys.test, { email: 'Deliverable@Example.com' });
    const verified = verifyVerdictToken(res.body.token, 'deliverable@example.com', tokenSecret);
    expect(verified).toMatchObject({
      ok: true,
      claims: { res: 'deliverable', kid: 'test-key', warn: false },
    });
  });
});

describe('POST /v1/validate before any upstream', () => {
  it('answers invalid syntax with an undeliverable verdict and a token, without calling the upstream', async () => {
    const res = await validate(keys.secret, { email: 'jane.example.com' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ result: 'undeliverable', score: 0, source: 'instant' });
    expect(res.body.data.checks.syntax.passed).toBe(false);
    expect(verifyVerdictToken(res.body.token, 'jane.example.com', tokenSecret).ok).toBe(true);
    expect(spamidate.calls).toBe(0);
  });

  it('records an accepted warning in the token', async () => {
    const res = await validate(keys.test, {
      email: 'risky@example.com',
      options: { acceptWarning: true },
    });
    expect(verifyVerdictToken(res.body.token, 'risky@example.com', tokenSecret)).toMatchObject({
      ok: true,
      claims: { res: 'risky', warn: true },
    });
  });
});

describe('POST /v1/validate through a hosted upstream', () => {
  it("asks the key's upstream with the upstream's secret, then answers from the cache", async () => {
    const first = await validate(keys.live, { email: 'ann@example.com' });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ source: 'spamidate', cached: false });
    expect(spamidate.lastRequest?.headers['x-api-key']).toBe(spamidateSecret);
    const second = await validate(keys.live, { email: 'ANN@example.com' });
    expect(second.body.data.cached).toBe(true);
    expect(spamidate.calls).toBe(1);
    // The cached answer is the same verdict, as JSON with its type and exact length.
    expect({ ...second.body.data, cached: false }).toEqual(first.body.data);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(second.headers['content-length'])).toBe(Buffer.byteLength(second.text));
    expect(verifyVerdictToken(second.body.token, 'ann@example.com', tokenSecret)).toMatchObject({
      ok: true,
    });
  });

  it('passes the options on', async () => {
    await validate(keys.secret, {
      email: 'opts@example.com',
      options: { quickMode: true, skipCatchAll: true },
    });
    expect(spamidate.lastRequest?.body).toMatchObject({
      options: { quickMode: true, skipCatchAll: true },
    });
  });

  it('gives a public key an unknown verdict when the upstream fails (fail open)', async () => {
    spamidate.next({ kind: 'server-error' });
    const res = await validate(keys.live, { email: 'failing@example.com' });
    expect(res.status).toBe(200);
    expect(res.body.data.result).toBe('unknown');
    expect(typeof res.body.token).toBe('string');
  });

  it('gives a public key an unknown verdict when the upstream hangs past the deadline', async () => {
    spamidate.next({ kind: 'hang' });
    const res = await validate(keys.live, { email: 'hanging@example.com' });
    expect(res.status).toBe(200);
    expect(res.body.data.result).toBe('unknown');
  });

  it('gives a secret key 504 when the upstream hangs past the deadline', async () => {
    spamidate.next({ kind: 'hang' });
    const res = await validate(keys.secret, { email: 'slowpoke@example.com' });
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('upstream_timeout');
  });

  it('gives a secret key 502 when the upstream fails', async () => {
    spamidate.next({ kind: 'server-error' });
    const res = await validate(keys.secret, { email: 'broken@example.com' });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ code: 'upstream_failed' });
  });

  it('gives a secret key 502 when our upstream secret is refused, and says nothing of the secret', async () => {
    spamidate.next({ kind: 'unauthorized' });
    const res = await validate(keys.secret, { email: 'auth@example.com' });
    expect(res.status).toBe(502);
    expect(JSON.stringify(res.body)).not.toContain(spamidateSecret);
  });

  it('forwards force refresh from a secret key to xmagnet', async () => {
    const res = await validate(xmagnetKey, {
      email: 'fresh@example.com',
      options: { forceRefresh: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.source).toBe('xmagnet');
    expect(xmagnet.lastRequest?.body).toMatchObject({ force_refresh: true });
  });
});

describe('POST /v1/validate/bulk', () => {
  const bulk = (key: string, body: object) =>
    request(app).post('/v1/validate/bulk').set('X-API-Key', key).send(body);

  it('answers one item per address, in order, each with a token', async () => {
    const res = await bulk(keys.secret, {
      emails: ['a1@example.com', 'not-an-address', 'a3@example.com'],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.map((item: { email: string }) => item.email)).toEqual([
      'a1@example.com',
      'not-an-address',
      'a3@example.com',
    ]);
    expect(res.body.data[1].data.result).toBe('undeliverable');
    for (const item of res.body.data) expect(typeof item.token).toBe('string');
    expect(spamidate.calls).toBe(2);
  });

  it('reports an upstream failure on one address as that item’s error', async () => {
    spamidate.next({ kind: 'server-error' });
    const res = await bulk(keys.secret, { emails: ['b1@example.com'] });
    expect(res.body.data[0]).toMatchObject({ status: 'error', error: { code: 'upstream_failed' } });
  });

  it('refuses more than 500 addresses, naming the field', async () => {
    const emails = Array.from({ length: 501 }, (_, i) => `u${i}@example.com`);
    const res = await bulk(keys.secret, { emails });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('emails');
  });

  it('refuses an empty list', async () => {
    expect((await bulk(keys.secret, { emails: [] })).body.error.field).toBe('emails');
  });

  it('refuses force refresh from a secret key without that scope', async () => {
    const res = await bulk(narrowKey, {
      emails: ['a@example.com'],
      options: { forceRefresh: true },
    });
    expect(res.status).toBe(403);
  });
});

describe('POST /v1/token/verify', () => {
  it('confirms a token for its address and reports its claims', async () => {
    const { token } = (await validate(keys.test, { email: 'deliverable@example.com' })).body;
    const res = await request(app)
      .post('/v1/token/verify')
      .set('X-API-Key', keys.secret)
      .send({ token, email: 'deliverable@example.com' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      valid: true,
      claims: { result: 'deliverable', keyId: 'test-key', acceptedWarning: false },
    });
  });

  it('refuses it for another address with the reason', async () => {
    const { token } = (await validate(keys.test, { email: 'deliverable@example.com' })).body;
    const res = await request(app)
      .post('/v1/token/verify')
      .set('X-API-Key', keys.secret)
      .send({ token, email: 'other@example.com' });
    expect(res.body.data).toEqual({ valid: false, reason: 'wrong_email' });
  });
});

describe('GET /v1/credits and POST /v1/enrich', () => {
  it('reports the credits of an upstream that has them', async () => {
    const res = await request(app).get('/v1/credits').set('X-API-Key', xmagnetKey);
    expect(res.status).toBe(200);
    expect(res.body.data.remaining).toBe(xmagnet.credits);
  });

  it('answers 404 for an upstream without credits', async () => {
    const res = await request(app).get('/v1/credits').set('X-API-Key', keys.secret);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('The spamidate upstream reports no credits.');
  });

  it('forwards enrichment to an upstream that offers it', async () => {
    const res = await request(app)
      .post('/v1/enrich')
      .set('X-API-Key', xmagnetKey)
      .send({ email: 'jane@example.com' });
    expect(res.status).toBe(200);
    expect(xmagnet.lastRequest?.path).toBe('/v1/enrich/single');
  });

  it('answers 404 for enrichment where the upstream has none', async () => {
    const res = await request(app)
      .post('/v1/enrich')
      .set('X-API-Key', keys.secret)
      .send({ email: 'jane@example.com' });
    expect(res.status).toBe(404);
  });

  it('refuses enrichment of an invalid address', async () => {
    const res = await request(app)
      .post('/v1/enrich')
      .set('X-API-Key', xmagnetKey)
      .send({ email: 'nope' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('email');
  });

  it('gives 502 when the upstream is out of credits', async () => {
    xmagnet.next({ kind: 'no-credits' });
    const res = await request(app).get('/v1/credits').set('X-API-Key', xmagnetKey);
    expect(res.status).toBe(502);
  });
});
