import type { UpstreamError, UpstreamErrorKind } from '../upstreams/types.js';

/** Failures that may pass on their own; the others (auth, no_credits, bad_request…) will not. */
const retryable: ReadonlySet<UpstreamErrorKind> = new Set([
  'timeout',
  'network',
  'server',
  'rate_limited',
]);

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The first backoff, doubled each retry (capped at `maxBackoffMs`), with jitter. */
  backoffMs: number;
  maxBackoffMs: number;
}

/**
 * How long to wait before the next attempt, or `undefined` to give up: when out of retries, when
 * the failure will not pass by retrying, or when the wait (the upstream's own `retryAfter` if it
 * gave one) would not leave time before the deadline.
 */
export function retryDelay(
  error: UpstreamError,
  attempt: number,
  policy: RetryPolicy,
  remainingMs: number,
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= policy.retries || !retryable.has(error.kind)) return undefined;
  const base = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** attempt);
  // "Equal jitter": half fixed, half random, so retries of many callers spread out.
  const backoff = base / 2 + random() * (base / 2);
  const delay = Math.max(backoff, error.details.retryAfterMs ?? 0);
  return delay < remainingMs ? delay : undefined;
}
