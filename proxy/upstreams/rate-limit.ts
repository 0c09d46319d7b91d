/** The upstream's own rate-limit state, from its X-RateLimit-* headers. */
export interface UpstreamRateLimit {
  limit: number;
  remaining: number;
  /** When the window resets, in milliseconds since the epoch. */
  resetAt: number;
}

function number(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

/**
 * A reset given as a small number is seconds from now; a large one is a Unix time in seconds
 * (vendors use both conventions for X-RateLimit-Reset).
 */
function resetToEpochMs(reset: number, now: number): number {
  return reset > 1_000_000_000 ? reset * 1000 : now + reset * 1000;
}

/** Reads X-RateLimit-Limit / -Remaining / -Reset, or `undefined` when they are absent. */
export function readRateLimit(headers: Headers, now = Date.now()): UpstreamRateLimit | undefined {
  const limit = number(headers.get('x-ratelimit-limit'));
  const remaining = number(headers.get('x-ratelimit-remaining'));
  const reset = number(headers.get('x-ratelimit-reset'));
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, resetAt: resetToEpochMs(reset, now) };
}

/**
 * How long the upstream asks us to wait after a 429, in milliseconds: the body's own field
 * (seconds) first, then the Retry-After header (seconds or an HTTP date), then the rate-limit
 * window's reset. `undefined` when it said nothing usable.
 */
export function retryAfterMs(
  bodySeconds: unknown,
  headers: Headers,
  now = Date.now(),
): number | undefined {
  if (typeof bodySeconds === 'number' && Number.isFinite(bodySeconds) && bodySeconds >= 0) {
    return bodySeconds * 1000;
  }
  const header = headers.get('retry-after');
  const seconds = number(header);
  if (seconds !== undefined) return seconds * 1000;
  if (header) {
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const window = readRateLimit(headers, now);
  return window ? Math.max(0, window.resetAt - now) : undefined;
}
