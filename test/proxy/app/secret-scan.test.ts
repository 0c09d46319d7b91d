import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailCheckApp } from '../../../proxy/app.js';
import { loadConfig } from '../../../proxy/config/load.js';
import { startFakeSpamidate, type Behaviour, type FakeSpamidate } from '../fakes/index.js';
import { keys, loopbackPipeline, makeApp, shopOrigin, tokenSecret } from '../support/app.js';

// Distinctive enough that any leak, whole or in part, shows up in a plain substring scan.
const upstreamSecret = 'sk_live_LEAKCANARY7f3e9a1bLEAKCANARY';
const canaryPart = 'LEAKCANARY7f3e9a1b';

let spamidate: FakeSpamidate;
let app: EmailCheckApp;
let rawLogs: string[];
const seen: string[] = [];

beforeAll(async () => {
  spamidate = await startFakeSpamidate();
  // Through the real loader, as `email-check serve` does: the secret comes from the environment.
  const loaded = loadConfig(
    { EMAIL_CHECK_CONFIG: 'proxy.json', SPAMIDATE_API_KEY: upstreamSecret },
    () =>
      JSON.stringify({
        defaultUpstream: 'spamidate',
        upstreams: { spamidate: { baseUrl: spamidate.url } },
        deadlines: { publicMs: 300, secretMs: 300 },
        retries: 1,
        breaker: { failureThreshold: 3, resetMs: 100 },
        pipeline: loopbackPipeline,
        keys: [{ key: keys.live, origins: [shopOrigin] }, { key: keys.secret }],
      }),
  );
  const made = makeApp({ ...loaded.app, tokenSecret, log: { level: 'debug' } });
  app = made.app;
  rawLogs = made.rawLogs;
});
afterAll(async () => {
  await app.close();
  await spamidate.close();
});

async function record(pending: request.Test): Promise<void> {
  const res = await pending;
  seen.push(JSON.stringify(res.headers), res.text ?? '');
}

describe('the upstream secret', () => {
  it('never appears in any answer or log line, through every kind of failure', async () => {
    const behaviours: Behaviour[] = [
      { kind: 'server-error' },
      { kind: 'unauthorized' },
      { kind: 'garbage' },
      { kind: 'wrong-shape' },
      { kind: 'rate-limited', retryAfterSeconds: 1 },
      { kind: 'hang' },
      { kind: 'reset' },
      { kind: 'slow', ms: 50 },
    ];
    let n = 0;
    for (const behaviour of behaviours) {
      for (const key of [keys.live, keys.secret]) {
        spamidate.next(behaviour, 2);
        n++;
        await record(
          request(app)
            .post('/v1/validate')
            .set('X-API-Key', key)
            .set('Origin', shopOrigin)
            .send({ email: `user${n}@example.com` }),
        );
      }
      await record(
        request(app)
          .post('/v1/validate/bulk')
          .set('X-API-Key', keys.secret)
          .send({ emails: [`bulk${n}@example.com`, 'x'] }),
      );
    }
    // The breaker has opened by now; ask once more while it is open, and read every other route.
    await record(
      request(app)
        .post('/v1/validate')
        .set('X-API-Key', keys.secret)
        .send({ email: 'open@example.com' }),
    );
    await record(request(app).get('/v1/credits').set('X-API-Key', keys.secret));
    await record(
      request(app)
        .post('/v1/enrich')
        .set('X-API-Key', keys.secret)
        .send({ email: 'a@example.com' }),
    );
    await record(request(app).get('/metrics').set('X-API-Key', keys.secret));
    await record(request(app).get('/readyz'));
    await record(request(app).get('/openapi.json'));
    await record(
      request(app)
        .post('/v1/validate')
        .set('X-API-Key', upstreamSecret)
        .send({ email: 'a@example.com' }),
    );

    // The fake really received the secret, so a leak would have had something to leak.
    expect(spamidate.requests.some((req) => req.headers['x-api-key'] === upstreamSecret)).toBe(
      true,
    );
    expect(rawLogs.length).toBeGreaterThan(30);
    expect(seen.length).toBeGreaterThan(30);
    const leaks = [...seen, ...rawLogs].filter((text) => text.includes(canaryPart));
    expect(leaks).toEqual([]);
  });
});
