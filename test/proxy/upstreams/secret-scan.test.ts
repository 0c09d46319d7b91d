import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import type { Upstream } from '../../../proxy/upstreams/types.js';
import { createXmagnetUpstream } from '../../../proxy/upstreams/xmagnet.js';
import { startFakeSpamidate, type FakeSpamidate } from '../fakes/spamidate.js';
import type { Behaviour } from '../fakes/server.js';
import { startFakeXmagnet, type FakeXmagnet } from '../fakes/xmagnet.js';
import { serviceOver, verdictRequest } from '../verdicts/harness.js';

// Distinctive values that cannot appear anywhere by accident.
const spamidateSecret = 'sk_live_SCANME7f3e9c1d5a';
const xmagnetSecret = 'xm_live_SCANME2b4a6e8f0c';
const address = 'scanned.person@example.com';

let spamidate: FakeSpamidate;
let xmagnet: FakeXmagnet;
let refusingSpamidate: FakeSpamidate;
let refusingXmagnet: FakeXmagnet;

beforeAll(async () => {
  [spamidate, xmagnet, refusingSpamidate, refusingXmagnet] = await Promise.all([
    startFakeSpamidate({ apiKey: spamidateSecret }),
    startFakeXmagnet({ apiKey: xmagnetSecret }),
    // These accept only some other key, so ours is refused with 401.
    startFakeSpamidate({ apiKey: 'sk_live_someone_else' }),
    startFakeXmagnet({ apiKey: 'xm_live_someone_else' }),
  ]);
});
afterAll(() =>
  Promise.all([spamidate, xmagnet, refusingSpamidate, refusingXmagnet].map((fake) => fake.close())),
);

const behaviours: (Behaviour | undefined)[] = [
  undefined,
  { kind: 'hang' },
  { kind: 'garbage' },
  { kind: 'wrong-shape' },
  { kind: 'rate-limited', retryAfterSeconds: 5 },
  { kind: 'unauthorized' },
  { kind: 'server-error' },
  { kind: 'reset' },
];

describe('the upstream secret', () => {
  it('appears in no verdict, error, log line or metric, whatever the upstream does', async () => {
    const upstreams: Record<string, Upstream> = {
      spamidate: createSpamidateUpstream({ baseUrl: spamidate.url, apiKey: spamidateSecret }),
      xmagnet: createXmagnetUpstream({ baseUrl: xmagnet.url, apiKey: xmagnetSecret }),
      refusedSpamidate: createSpamidateUpstream({
        baseUrl: refusingSpamidate.url,
        apiKey: spamidateSecret,
      }),
      refusedXmagnet: createXmagnetUpstream({
        baseUrl: refusingXmagnet.url,
        apiKey: xmagnetSecret,
      }),
    };
    // No retries and a breaker that never opens: each call consumes exactly the one behaviour
    // queued for it.
    const { service, log, metrics } = serviceOver(upstreams, {
      retries: 0,
      breaker: { failureThreshold: 1_000, resetMs: 1_000 },
    });
    const captured: string[] = [];
    const record = (value: unknown) => {
      if (value instanceof Error)
        captured.push(value.message, value.stack ?? '', JSON.stringify(value));
      else captured.push(JSON.stringify(value));
    };

    const run = async (upstream: string, failOpen: boolean, email = address) => {
      await Promise.resolve(
        service.validate(
          verdictRequest(email, { upstream, failOpen, deadlineMs: 300, forceRefresh: true }),
        ),
      ).then(record, record);
    };
    for (const behaviour of behaviours) {
      for (const failOpen of [true, false]) {
        if (behaviour) spamidate.next(behaviour);
        await run('spamidate', failOpen);
        if (behaviour) xmagnet.next(behaviour);
        await run('xmagnet', failOpen);
      }
    }
    for (const behaviour of [{ kind: 'no-credits' }, { kind: 'forbidden' }] as const) {
      xmagnet.next(behaviour);
      await run('xmagnet', false);
    }
    await run('spamidate', false, `${'a'.repeat(250)}@example.com`);
    await run('refusedSpamidate', false);
    await run('refusedXmagnet', true);
    await service.credits('refusedXmagnet').then(record, record);
    await service.enrich('refusedXmagnet', address).then(record, record);
    await service.credits('xmagnet').then(record, record);

    // The secrets really were sent, and every failure really happened.
    expect(
      spamidate.requests.some((request) => request.headers['x-api-key'] === spamidateSecret),
    ).toBe(true);
    expect(xmagnet.requests.some((request) => request.headers['x-api-key'] === xmagnetSecret)).toBe(
      true,
    );
    expect(captured.length).toBeGreaterThan(30);
    for (const kind of [
      'timeout',
      'network',
      'bad_response',
      'rate_limited',
      'auth',
      'server',
      'no_credits',
      'bad_request',
    ]) {
      expect(
        captured.some((text) => text.includes(`"kind":"${kind}"`)),
        kind,
      ).toBe(true);
    }
    expect(log.lines.length).toBeGreaterThan(10);

    const everything = [...captured, log.text(), await metrics.registry.metrics()].join('\n');
    for (const secret of [spamidateSecret, xmagnetSecret, 'SCANME']) {
      expect(everything).not.toContain(secret);
    }
    // Logs carry no address in clear either.
    expect(log.text()).not.toContain('scanned.person');
  });
});
