import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { baseConfig, keys, makeApp, shopOrigin } from '../support/app.js';

const { app } = makeApp(
  baseConfig({
    trustProxy: 1,
    keys: [
      { key: keys.test, id: 'test-key' },
      { key: keys.live, id: 'live-key', origins: [shopOrigin, 'https://*.example.org'] },
      { key: keys.secret, id: 'secret-key' },
      {
        key: 'sk_live_OFFICEofficeOFFICEoffice01',
        id: 'office',
        ip: { allow: ['198.51.100.0/24', '2001:db8::/32'], deny: ['198.51.100.66'] },
      },
      { key: 'sk_live_NARROWnarrowNARROWnarrow1', id: 'narrow', scopes: ['validate'] },
    ],
  }),
);
afterAll(() => app.close());

const email = { email: 'deliverable@example.com' };

describe('key identification', () => {
  it('refuses a request without a key with 401', async () => {
    const res = await request(app).post('/v1/validate').send(email);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('refuses an unknown key with 401', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', 'sk_live_NOTOURSnotoursNOTOURS1')
      .send(email);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Unknown API key.');
  });

  it('refuses a key that differs from a real one by its last character', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', `${keys.secret.slice(0, -1)}2`)
      .send(email);
    expect(res.status).toBe(401);
  });

  it('accepts the key as Authorization: Bearer', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('Authorization', `Bearer ${keys.secret}`)
      .send(email);
    expect(res.status).toBe(200);
  });

  it('refuses another authorization scheme', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('Authorization', `Basic ${keys.secret}`)
      .send(email);
    expect(res.status).toBe(401);
  });
});

describe('what a public key can never do', () => {
  const asBrowser = (req: request.Test) =>
    req.set('X-API-Key', keys.live).set('Origin', shopOrigin);

  it.each([
    [
      'bulk',
      () => asBrowser(request(app).post('/v1/validate/bulk')).send({ emails: ['a@example.com'] }),
    ],
    [
      'token verification',
      () =>
        asBrowser(request(app).post('/v1/token/verify')).send({
          token: 'x',
          email: 'a@example.com',
        }),
    ],
    ['credits', () => asBrowser(request(app).get('/v1/credits'))],
    [
      'enrichment',
      () => asBrowser(request(app).post('/v1/enrich')).send({ email: 'a@example.com' }),
    ],
    ['metrics', () => asBrowser(request(app).get('/metrics'))],
  ])('refuses a public key on %s with 403', async (_name, send) => {
    const res = await send();
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.message).toMatch(/Public keys can never use/);
  });

  it('refuses a test key on bulk with 403 as well', async () => {
    const res = await request(app)
      .post('/v1/validate/bulk')
      .set('X-API-Key', keys.test)
      .send({ emails: ['a@example.com'] });
    expect(res.status).toBe(403);
  });

  it('refuses force refresh from a public key with 403 rather than ignoring it', async () => {
    const res = await asBrowser(request(app).post('/v1/validate')).send({
      ...email,
      options: { forceRefresh: true },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.field).toBe('options.forceRefresh');
  });

  it('refuses a secret key without the scope on a route that needs it', async () => {
    const res = await request(app)
      .post('/v1/validate/bulk')
      .set('X-API-Key', 'sk_live_NARROWnarrowNARROWnarrow1')
      .send({ emails: ['a@example.com'] });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('This key lacks the `bulk` scope.');
  });
});

describe('origins', () => {
  const live = () => request(app).post('/v1/validate').set('X-API-Key', keys.live);

  it('serves a public key on its own origin, with CORS headers for it', async () => {
    const res = await live().set('Origin', shopOrigin).send(email);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(shopOrigin);
    expect(res.headers['access-control-expose-headers']).toContain('X-RateLimit-Remaining');
    expect(res.headers['vary']).toContain('Origin');
  });

  it('serves a public key on a subdomain its wildcard covers', async () => {
    expect((await live().set('Origin', 'https://signup.example.org').send(email)).status).toBe(200);
  });

  it('refuses a public key from an origin it is not bound to, without CORS headers', async () => {
    const res = await live().set('Origin', 'https://evil.example.net').send(email);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('This key is not allowed on this origin.');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('falls back to the Referer when there is no Origin', async () => {
    expect((await live().set('Referer', `${shopOrigin}/signup`).send(email)).status).toBe(200);
    expect((await live().set('Referer', 'https://evil.example.net/x').send(email)).status).toBe(
      403,
    );
  });

  it('refuses a public key with neither Origin nor Referer', async () => {
    const res = await live().send(email);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/from a web page/);
  });

  it('serves a test key without origins from anywhere', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.test)
      .set('Origin', 'https://anyone.example')
      .send(email);
    expect(res.status).toBe(200);
  });

  it('never sends CORS headers for a secret key, even from an origin another key accepts', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.secret)
      .set('Origin', shopOrigin)
      .send(email);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves a secret key without any origin', async () => {
    expect(
      (await request(app).post('/v1/validate').set('X-API-Key', keys.secret).send(email)).status,
    ).toBe(200);
  });
});

describe('preflight', () => {
  it('answers a preflight from an allowed origin with 204 and the allowed headers', async () => {
    const res = await request(app)
      .options('/v1/validate')
      .set('Origin', shopOrigin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'x-api-key, content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(shopOrigin);
    expect(res.headers['access-control-allow-headers']).toContain('X-API-Key');
    expect(res.headers['access-control-allow-headers']).toContain('Authorization');
    expect(res.headers['access-control-allow-headers']).toContain('Content-Type');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
  });
});

describe('IP rules', () => {
  const office = (ip: string) =>
    request(app)
      .post('/v1/validate')
      .set('X-API-Key', 'sk_live_OFFICEofficeOFFICEoffice01')
      .set('X-Forwarded-For', ip)
      .send(email);

  it('serves a key from an address inside its allowed blocks (IPv4 and IPv6)', async () => {
    expect((await office('198.51.100.7')).status).toBe(200);
    expect((await office('2001:db8:1::7')).status).toBe(200);
  });

  it('refuses a key from an address outside its allowed blocks', async () => {
    const res = await office('203.0.113.9');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('This key may not be used from this IP address.');
  });

  it('refuses a key from a denied address inside an allowed block', async () => {
    expect((await office('198.51.100.66')).status).toBe(403);
  });

  it('still sends rate-limit headers with an IP refusal', async () => {
    const res = await office('203.0.113.9');
    expect(res.headers['x-ratelimit-limit']).toBeDefined();
  });
});
