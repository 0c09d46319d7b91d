import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Every Prometheus metric the proxy exposes, on one registry per app so that several apps in one
 * process (tests, a site mounting two) never share counters.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'email_check_' });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: 'email_check_requests_total',
      help: 'Answered requests by route, key id, HTTP status and verdict result.',
      labelNames: ['route', 'key', 'status', 'result'] as const,
      registers,
    }),
    cache: new Counter({
      name: 'email_check_cache_total',
      help: 'Verdict cache lookups by outcome (hit, miss, coalesced).',
      labelNames: ['outcome'] as const,
      registers,
    }),
    upstreamLatency: new Histogram({
      name: 'email_check_upstream_duration_seconds',
      help: 'Upstream call latency by upstream and outcome.',
      labelNames: ['upstream', 'outcome'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30],
      registers,
    }),
    upstreamFailures: new Counter({
      name: 'email_check_upstream_failures_total',
      help: 'Upstream failures by upstream and kind (timeout, no_credits, auth, …).',
      labelNames: ['upstream', 'kind'] as const,
      registers,
    }),
    breakerState: new Gauge({
      name: 'email_check_upstream_breaker_open',
      help: '1 while the upstream circuit breaker is open, else 0.',
      labelNames: ['upstream'] as const,
      registers,
    }),
    creditsRemaining: new Gauge({
      name: 'email_check_upstream_credits_remaining',
      help: 'Credits left, where the upstream reports them.',
      labelNames: ['upstream'] as const,
      registers,
    }),
    rateLimited: new Counter({
      name: 'email_check_rate_limited_total',
      help: 'Requests refused by our own rate limits, by limit (ip, key).',
      labelNames: ['limit'] as const,
      registers,
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
