import { describe, expect, it } from 'vitest';
import { UpstreamError, type UpstreamErrorKind } from '../../../proxy/upstreams/types.js';
import { retryDelay } from '../../../proxy/verdicts/retry.js';

const policy = { retries: 3, backoffMs: 100, maxBackoffMs: 1_000 };
const error = (kind: UpstreamErrorKind, retryAfterMs?: number) =>
  new UpstreamError(kind, 'test', retryAfterMs === undefined ? {} : { retryAfterMs });

describe('retryDelay', () => {
  it.each(['timeout', 'network', 'server', 'rate_limited'] as const)(
    'retries a %s failure',
    (kind) => {
      expect(retryDelay(error(kind), 0, policy, 10_000)).toBeGreaterThan(0);
    },
  );

  it.each(['auth', 'no_credits', 'bad_request', 'bad_response', 'circuit_open'] as const)(
    'never retries a %s failure',
    (kind) => {
      expect(retryDelay(error(kind), 0, policy, 10_000)).toBeUndefined();
    },
  );

  it('stops after the configured number of retries', () => {
    expect(retryDelay(error('server'), 2, policy, 10_000)).toBeDefined();
    expect(retryDelay(error('server'), 3, policy, 10_000)).toBeUndefined();
  });

  it('doubles the backoff each attempt, up to the cap, with jitter in the upper half', () => {
    const low = () => 0;
    const high = () => 1;
    expect(
      [0, 1, 2, 5].map((attempt) =>
        retryDelay(error('server'), attempt, { ...policy, retries: 9 }, 1e9, low),
      ),
    ).toEqual([50, 100, 200, 500]);
    expect(
      [0, 1, 2, 5].map((attempt) =>
        retryDelay(error('server'), attempt, { ...policy, retries: 9 }, 1e9, high),
      ),
    ).toEqual([100, 200, 400, 1_000]);
  });

  it('waits as long as the upstream asked when that fits before the deadline', () => {
    expect(retryDelay(error('rate_limited', 2_000), 0, policy, 2_500)).toBe(2_000);
  });

  it('gives up rather than wait past the deadline', () => {
    expect(retryDelay(error('rate_limited', 2_000), 0, policy, 1_500)).toBeUndefined();
    expect(retryDelay(error('server'), 0, policy, 10)).toBeUndefined();
  });
});
