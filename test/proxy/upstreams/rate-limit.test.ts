import { describe, expect, it } from 'vitest';
import { readRateLimit, retryAfterMs } from '../../../proxy/upstreams/rate-limit.js';

const now = 1_800_000_000_000;
const headers = (values: Record<string, string>) => new Headers(values);

describe('readRateLimit', () => {
  it('reads a reset given as a Unix time in seconds', () => {
    expect(
      readRateLimit(
        headers({
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '7',
          'X-RateLimit-Reset': '1800000060',
        }),
        now,
      ),
    ).toEqual({ limit: 100, remaining: 7, resetAt: now + 60_000 });
  });

  it('reads a reset given as seconds from now', () => {
    expect(
      readRateLimit(
        headers({
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': '30',
        }),
        now,
      ),
    ).toEqual({ limit: 100, remaining: 0, resetAt: now + 30_000 });
  });

  it('gives nothing when a header is missing or not a number', () => {
    expect(readRateLimit(headers({ 'X-RateLimit-Limit': '100' }), now)).toBeUndefined();
    expect(
      readRateLimit(
        headers({
          'X-RateLimit-Limit': 'lots',
          'X-RateLimit-Remaining': '1',
          'X-RateLimit-Reset': '1',
        }),
        now,
      ),
    ).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  it('prefers the seconds the body gives', () => {
    expect(retryAfterMs(2, headers({ 'Retry-After': '9' }), now)).toBe(2_000);
  });

  it('falls back to Retry-After in seconds, then as an HTTP date', () => {
    expect(retryAfterMs(undefined, headers({ 'Retry-After': '9' }), now)).toBe(9_000);
    const date = new Date(now + 5_000).toUTCString();
    expect(retryAfterMs(undefined, headers({ 'Retry-After': date }), now)).toBe(5_000);
  });

  it('falls back to the rate-limit window’s reset', () => {
    const window = {
      'X-RateLimit-Limit': '1',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '4',
    };
    expect(retryAfterMs(undefined, headers(window), now)).toBe(4_000);
  });

  it('gives nothing when the upstream said nothing usable', () => {
    expect(retryAfterMs('soon', headers({ 'Retry-After': 'later' }), now)).toBeUndefined();
    expect(retryAfterMs(-1, headers({}), now)).toBeUndefined();
  });
});
