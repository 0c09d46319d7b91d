import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppConfigInput } from '../../../proxy/config/schema.js';
import { baseConfig, keys, makeApp, shopOrigin } from '../support/app.js';

const email = { email: 'deliverable@example.com' };

/** A validate call with the test key, as a client behind a proxy that reports `ip`. */
function validateFrom(app: Parameters<typeof request>[0], ip: string) {
  return request(app)
    .post('/v1/validate')
    .set('X-API-Key', keys.test)
    .set('X-Forwarded-For', ip)
    .send(email);
}
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(opened.map((app) => app.close()));
});

function appWith(overrides: AppConfigInput) {
  const { app } = makeApp(baseConfig(overrides));
  opened.push(app);
  return app;
}

const limited = (perIp: number, perKey: number, more: AppConfigInput = {}) =>
  appWith({
    keys: [
      {
        key: keys.test,
        id: 'test-key',
        rateLimit: { perIp: { limit: perIp }, perKey: { limit: perKey } },
      },
    ],
    ...more,
  });

describe('rate limits', () => {
  it('sends X-RateLimit-Limit, -Remaining and -Reset on every answer to a keyed request', async () => {
    const app = limited(5, 100);
    const res = await request(app).post('/v1/validate').set('X-API-Key', keys.test).send(email);
    expect(res.headers['x-ratelimit-limit']).toBe('5');
    expect(res.headers['x-ratelimit-remaining']).toBe('4');
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect(Number(res.headers['x-ratelimit-reset'])).toBeLessThanOrEqual(60);
  });

  it('sends them with errors after the key was identified too (400, 403, 404)', async () => {
    const app = limited(50, 100);
    const answers = await Promise.all([
      request(app).post('/v1/validate').set('X-API-Key', keys.test).send({}),
      request(app)
        .post('/v1/validate/bulk')
        .set('X-API-Key', keys.test)
        .send({ emails: ['a@b.co'] }),
      request(app).get('/v1/unknown').set('X-API-Key', keys.test),
    ]);
    expect(answers.map((res) => res.status)).toEqual([400, 403, 404]);
    for (const res of answers) expect(res.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);
  });

  it('answers 429 with Retry-After and retryAfter once the per-IP limit is spent', async () => {
    const app = limited(3, 100);
    for (let i = 0; i < 3; i++) {
      expect(
        (await request(app).post('/v1/validate').set('X-API-Key', keys.test).send(email)).status,
      ).toBe(200);
    }
    const res = await request(app).post('/v1/validate').set('X-API-Key', keys.test).send(email);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.body.error.message).toMatch(/this IP address/);
    expect(res.body.error.retryAfter).toBeGreaterThan(0);
    expect(res.headers['retry-after']).toBe(String(res.body.error.retryAfter));
    expect(res.headers['x-ratelimit-remaining']).toBe('0');
  });

  it('limits the key as a whole across clients', async () => {
    const app = limited(100, 2, { trustProxy: 1 });
    const from = (ip: string) => validateFrom(app, ip);
    expect((await from('198.51.100.1')).status).toBe(200);
    expect((await from('198.51.100.2')).status).toBe(200);
    const res = await from('198.51.100.3');
    expect(res.status).toBe(429);
    expect(res.body.error.message).toMatch(/this key/);
  });

  it('lets CORS-allowed browsers read a 429', async () => {
    const app = appWith({
      keys: [{ key: keys.live, origins: [shopOrigin], rateLimit: { perIp: { limit: 1 } } }],
    });
    const send = () =>
      request(app)
        .post('/v1/validate')
        .set('X-API-Key', keys.live)
        .set('Origin', shopOrigin)
        .send(email);
    await send();
    const res = await send();
    expect(res.status).toBe(429);
    expect(res.headers['access-control-allow-origin']).toBe(shopOrigin);
    expect(res.headers['access-control-expose-headers']).toContain('Retry-After');
  });

  it('counts IPv6 clients of one /56 together', async () => {
    const app = limited(2, 100, { trustProxy: 1 });
    const from = (ip: string) => validateFrom(app, ip);
    expect((await from('2001:db8:aa:bb01::1')).status).toBe(200);
    expect((await from('2001:db8:aa:bbfe::2')).status).toBe(200);
    expect((await from('2001:db8:aa:bb77:1:2:3:4')).status).toBe(429);
    expect((await from('2001:db8:aa:cc00::1')).status).toBe(200);
  });

  it('follows a configured IPv6 prefix', async () => {
    const app = limited(1, 100, { trustProxy: 1, ipv6Prefix: 64 });
    const from = (ip: string) => validateFrom(app, ip);
    expect((await from('2001:db8:aa:bb01::1')).status).toBe(200);
    expect((await from('2001:db8:aa:bb02::1')).status).toBe(200);
    expect((await from('2001:db8:aa:bb02::2')).status).toBe(429);
  });
});

describe('trust proxy', () => {
  it('ignores X-Forwarded-For entirely when no proxy is trusted', async () => {
    const app = limited(1, 100);
    const from = (ip: string) => validateFrom(app, ip);
    expect((await from('198.51.100.1')).status).toBe(200);
    // A new forged address does not buy a new budget: the socket address is what counts.
    expect((await from('198.51.100.2')).status).toBe(429);
  });

  it('uses only the trusted hop: a spoofed address further left is ignored', async () => {
    const app = limited(1, 100, { trustProxy: 1 });
    const send = (spoofed: string) =>
      request(app)
        .post('/v1/validate')
        .set('X-API-Key', keys.test)
        .set('X-Forwarded-For', `${spoofed}, 203.0.113.50`)
        .send(email);
    expect((await send('198.51.100.1')).status).toBe(200);
    expect((await send('198.51.100.2')).status).toBe(429);
  });

  it('applies IP rules to the trusted client address, not the spoofed one', async () => {
    const app = appWith({
      trustProxy: ['127.0.0.1/32', '::1/128', '::ffff:127.0.0.1/128'],
      keys: [{ key: keys.secret, ip: { allow: ['203.0.113.0/24'] } }],
    });
    const send = (xff: string) =>
      request(app)
        .post('/v1/validate')
        .set('X-API-Key', keys.secret)
        .set('X-Forwarded-For', xff)
        .send(email);
    // The loopback proxy is trusted: the address it saw is the client's.
    expect((await send('203.0.113.9')).status).toBe(200);
    // A client claiming an allowed address behind an untrusted hop gets the untrusted hop's rules.
    expect((await send('203.0.113.9, 198.51.100.4')).status).toBe(403);
  });
});

describe('rate limits in Redis', () => {
  it('shares one budget between two proxies', async () => {
    const prefix = `email-check-test:${randomBytes(6).toString('hex')}:`;
    const config = baseConfig({
      redisUrl: 'redis://127.0.0.1:6379',
      redisPrefix: prefix,
      keys: [{ key: keys.test, id: 'test-key', rateLimit: { perIp: { limit: 3 } } }],
    });
    const first = makeApp(config).app;
    const second = makeApp(config).app;
    opened.push(first, second);
    const send = (app: typeof first) =>
      request(app).post('/v1/validate').set('X-API-Key', keys.test).send(email);
    const statuses = [];
    for (const app of [first, second, first, second]) statuses.push((await send(app)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const redis = new Redis('redis://127.0.0.1:6379');
    const stored = await redis.keys(`${prefix}*`);
    expect(stored.some((key) => key.startsWith(`${prefix}rl:ip:test-key:`))).toBe(true);
    if (stored.length > 0) await redis.del(...stored);
    redis.disconnect();
  });

  it('keeps limiting in memory when Redis is unreachable, instead of refusing everybody', async () => {
    const { app, logs } = makeApp(
      baseConfig({
        redisUrl: 'redis://127.0.0.1:1',
        keys: [{ key: keys.test, id: 'test-key', rateLimit: { perIp: { limit: 2 } } }],
      }),
    );
    opened.push(app);
    const send = () => request(app).post('/v1/validate').set('X-API-Key', keys.test).send(email);
    expect([(await send()).status, (await send()).status, (await send()).status]).toEqual([
      200, 200, 429,
    ]);
    expect(
      logs().some((line) => String(line['msg']).includes('rate-limit store unreachable')),
    ).toBe(true);
  });
});
