import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { baseConfig, keys, makeApp, shopOrigin } from '../support/app.js';

const bundleDir = mkdtempSync(join(tmpdir(), 'email-check-bundle-'));
writeFileSync(join(bundleDir, 'email-check.iife.js'), 'console.log("widget");');
const metricsToken = 'metrics-token-0123456789abcdef';
const { app, logs } = makeApp(baseConfig({ bundleDir, metricsToken }));
const opened = [app];
afterAll(async () => {
  await Promise.all(opened.map((one) => one.close()));
});

describe('health', () => {
  it('answers /healthz', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'success', data: { ok: true } });
  });

  it('answers /readyz with each dependency when all answer', async () => {
    const res = await request(app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.data.checks).toMatchObject({ rateLimitStore: true });
  });

  it('answers /readyz with 503 naming what is down when Redis is unreachable', async () => {
    const down = makeApp(baseConfig({ redisUrl: 'redis://127.0.0.1:1' })).app;
    opened.push(down);
    const res = await request(down).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('not_ready');
    expect(res.body.error.message).toMatch(/rateLimitStore/);
  });
});

describe('GET /metrics', () => {
  it('serves Prometheus text to a secret key', async () => {
    await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.test)
      .send({ email: 'risky@example.com' });
    const res = await request(app).get('/metrics').set('X-API-Key', keys.secret);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(
      /email_check_requests_total\{route="validate",key="test-key",status="200",result="risky"\} 1/,
    );
  });

  it('serves it to a scraper holding the metrics token', async () => {
    const res = await request(app).get('/metrics').set('Authorization', `Bearer ${metricsToken}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('email_check_cache_total');
  });

  it('refuses a wrong metrics token and no key with 401', async () => {
    expect(
      (await request(app).get('/metrics').set('Authorization', 'Bearer wrong-token-0123456789'))
        .status,
    ).toBe(401);
    expect((await request(app).get('/metrics')).status).toBe(401);
  });

  it('counts rate-limited requests', async () => {
    const limited = makeApp(
      baseConfig({
        keys: [{ key: keys.test }, { key: keys.secret }],
        rateLimit: { public: { perIp: { limit: 1 } } },
      }),
    ).app;
    opened.push(limited);
    await request(limited)
      .post('/v1/validate')
      .set('X-API-Key', keys.test)
      .send({ email: 'a@example.com' });
    await request(limited)
      .post('/v1/validate')
      .set('X-API-Key', keys.test)
      .send({ email: 'a@example.com' });
    const res = await request(limited).get('/metrics').set('X-API-Key', keys.secret);
    expect(res.text).toMatch(/email_check_rate_limited_total\{limit="ip"\} 1/);
  });
});

describe('GET /openapi.json', () => {
  it('describes every route with request and response bodies from the zod schemas', async () => {
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const validate = res.body.paths['/v1/validate'].post;
    const requestSchema = validate.requestBody.content['application/json'].schema;
    expect(requestSchema.required).toEqual(['email']);
    expect(Object.keys(requestSchema.properties.options.properties)).toEqual([
      'quickMode',
      'skipCatchAll',
      'acceptWarning',
      'forceRefresh',
    ]);
    const ok = validate.responses['200'].content['application/json'].schema;
    expect(ok.properties.data.properties.result.enum).toEqual([
      'deliverable',
      'undeliverable',
      'risky',
      'unknown',
    ]);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/validate/bulk',
        '/v1/token/verify',
        '/v1/credits',
        '/v1/enrich',
        '/healthz',
        '/readyz',
        '/metrics',
      ]),
    );
    expect(
      res.body.paths['/v1/validate/bulk'].post.requestBody.content['application/json'].schema
        .properties.emails.maxItems,
    ).toBe(500);
  });
});

describe('the widget bundle', () => {
  it('serves the built script so other sites can load it', async () => {
    const res = await request(app).get('/email-check.iife.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.text).toBe('console.log("widget");');
  });

  it('answers 404 in the error shape for a file not built yet', async () => {
    const res = await request(app).get('/email-check.js');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/npm run build/);
    // A missing bundle must not be cached by browsers as if it were the script.
    expect(res.headers['cache-control'] ?? '').not.toContain('public');
  });

  it('serves nothing else from the bundle folder', async () => {
    expect((await request(app).get('/..%2Fpackage.json')).status).toBe(404);
    expect((await request(app).get('/email-check.iife.js/../../package.json')).status).toBe(404);
  });
});

describe('logs', () => {
  it('writes one line per request with the request id, key id and masked address', async () => {
    await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.live)
      .set('Origin', shopOrigin)
      .set('X-Request-Id', 'trace-123')
      .send({ email: 'Zelda.Unique@example.com' });
    const line = logs().find((entry) => entry['reqId'] === 'trace-123');
    expect(line).toMatchObject({
      method: 'POST',
      path: '/v1/validate',
      status: 200,
      key: 'live-key',
      email: 'z***@example.com',
    });
    expect(JSON.stringify(logs()).toLowerCase()).not.toContain('zelda');
  });
});

describe('a client that goes away', () => {
  it('still gets its log line, marked aborted', async () => {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${port}/v1/validate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-API-Key': keys.test,
        'X-Request-Id': 'gone-1',
      },
      // The test upstream answers this address after 1.5 s.
      body: JSON.stringify({ email: 'slow@example.com' }),
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect
      .poll(() => logs().find((entry) => entry['reqId'] === 'gone-1'))
      .toMatchObject({ aborted: true, msg: 'request aborted by the client' });
    // Nobody waits for the verdict any more, so the upstream call is stopped rather than
    // answered 1.5 s later.
    await expect
      .poll(() => logs().find((entry) => entry['upstream'] === 'test'))
      .toMatchObject({ kind: 'timeout', level: 40 });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('mounted in a site', () => {
  it('works under a path prefix of another Express app', async () => {
    const express = (await import('express')).default;
    const site = express();
    site.get('/', (_req, res) => {
      res.send('home');
    });
    site.use('/email-check', app);
    const res = await request(site)
      .post('/email-check/v1/validate')
      .set('X-API-Key', keys.test)
      .send({ email: 'deliverable@example.com' });
    expect(res.status).toBe(200);
    expect(res.body.data.result).toBe('deliverable');
    expect((await request(site).get('/')).text).toBe('home');
  });
});
