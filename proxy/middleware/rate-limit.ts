import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import type { ResolvedKey } from '../keys/types.js';
import { isPromiseLike } from '../maybe-promise.js';
import type { Metrics } from '../metrics.js';
import { ipGroup } from '../net/ip.js';
import type { RateCount, RateLimitStore } from '../rate-limit/types.js';

export interface RateLimitOptions {
  store: RateLimitStore;
  /** IPv6 clients share one per-IP counter per prefix of this length. */
  ipv6Prefix: number;
  metrics: Metrics;
}

/** One of a key's limits: which counter a request counts on, and how many it allows. */
interface Check {
  limit: 'ip' | 'key';
  counter(req: Request): string;
  max: number;
  windowMs: number;
}

/**
 * The key's per-IP and per-key limits (fixed windows). Every answer to an identified key carries
 * X-RateLimit-Limit / -Remaining / -Reset (seconds until the window resets) of the tighter limit;
 * over a limit, 429 with Retry-After and `retryAfter` in the body.
 */
export function rateLimit(options: RateLimitOptions) {
  if (!options?.store) throw new TypeError('rateLimit: `store` is required.');
  if (!Number.isInteger(options.ipv6Prefix) || options.ipv6Prefix < 1 || options.ipv6Prefix > 128) {
    throw new TypeError('rateLimit: `ipv6Prefix` must be an integer from 1 to 128.');
  }
  const { store, ipv6Prefix, metrics } = options;

  // Worked out once per key, not on every request.
  const checksByKey = new WeakMap<ResolvedKey, Check[]>();
  function checksFor(key: ResolvedKey): Check[] {
    let checks = checksByKey.get(key);
    if (!checks) {
      const { perIp, perKey } = key.limits;
      const keyCounter = `key:${key.id}`;
      checks = [];
      if (perIp) {
        checks.push({
          limit: 'ip',
          counter: (req) => `ip:${key.id}:${ipGroup(req.ip ?? 'unknown', ipv6Prefix)}`,
          max: perIp.limit,
          windowMs: perIp.windowMs,
        });
      }
      if (perKey) {
        checks.push({
          limit: 'key',
          counter: () => keyCounter,
          max: perKey.limit,
          windowMs: perKey.windowMs,
        });
      }
      checksByKey.set(key, checks);
    }
    return checks;
  }

  /** Sets the headers; the 429 to answer with when a limit is over, else `undefined`. */
  function decide(res: Response, checks: Check[], counts: RateCount[]): HttpError | undefined {
    const now = Date.now();
    // The limit closest to running out is the one the headers describe.
    let tightest = 0;
    for (let i = 1; i < checks.length; i++) {
      const left = (checks[i] as Check).max - (counts[i] as RateCount).count;
      if (left < (checks[tightest] as Check).max - (counts[tightest] as RateCount).count) {
        tightest = i;
      }
    }
    const { max } = checks[tightest] as Check;
    const { count, resetAt } = counts[tightest] as RateCount;
    res.setHeader('X-RateLimit-Limit', String(max));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, max - count)));
    res.setHeader('X-RateLimit-Reset', String(Math.max(0, Math.ceil((resetAt - now) / 1000))));

    let retryAfter = 0;
    let overIp = false;
    checks.forEach((check, i) => {
      const counted = counts[i] as RateCount;
      if (counted.count <= check.max) return;
      metrics.rateLimited.inc({ limit: check.limit });
      retryAfter = Math.max(retryAfter, 1, Math.ceil((counted.resetAt - now) / 1000));
      if (check.limit === 'ip') overIp = true;
    });
    if (retryAfter === 0) return undefined;
    return new HttpError(
      429,
      'rate_limited',
      overIp
        ? 'Too many requests from this IP address; try again later.'
        : 'Too many requests for this key; try again later.',
      { retryAfter, headers: { 'Retry-After': String(retryAfter) } },
    );
  }

  return function rateLimitMiddleware(req: Request, res: Response, next: NextFunction): void {
    const key = contextOf(req).key;
    const checks = key ? checksFor(key) : [];
    if (checks.length === 0) {
      next();
      return;
    }
    const counts = checks.map((check) => store.increment(check.counter(req), check.windowMs));
    if (counts.some(isPromiseLike)) {
      Promise.all(counts).then((settled) => next(decide(res, checks, settled)), next);
      return;
    }
    next(decide(res, checks, counts as RateCount[]));
  };
}
