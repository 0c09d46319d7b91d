import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import type { Metrics } from '../metrics.js';
import { ipGroup } from '../net/ip.js';
import type { RateLimitStore } from '../rate-limit/types.js';

export interface RateLimitOptions {
  store: RateLimitStore;
  /** IPv6 clients share one per-IP counter per prefix of this length. */
  ipv6Prefix: number;
  metrics: Metrics;
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
  return async function rateLimitMiddleware(req: Request, res: Response, next: NextFunction) {
    const key = contextOf(req).key;
    if (!key) {
      next();
      return;
    }
    const checks: { limit: 'ip' | 'key'; name: string; max: number; windowMs: number }[] = [];
    if (key.limits.perIp) {
      checks.push({
        limit: 'ip',
        name: `ip:${key.id}:${ipGroup(req.ip ?? 'unknown', ipv6Prefix)}`,
        max: key.limits.perIp.limit,
        windowMs: key.limits.perIp.windowMs,
      });
    }
    if (key.limits.perKey) {
      checks.push({
        limit: 'key',
        name: `key:${key.id}`,
        max: key.limits.perKey.limit,
        windowMs: key.limits.perKey.windowMs,
      });
    }
    if (checks.length === 0) {
      next();
      return;
    }
    const counts = await Promise.all(
      checks.map(async (check) => ({
        ...check,
        ...(await store.increment(check.name, check.windowMs)),
      })),
    );
    const now = Date.now();
    // The limit closest to running out is the one the headers describe.
    const tightest = counts.reduce((a, b) => (b.max - b.count < a.max - a.count ? b : a));
    const resetSeconds = Math.max(0, Math.ceil((tightest.resetAt - now) / 1000));
    res.setHeader('X-RateLimit-Limit', String(tightest.max));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, tightest.max - tightest.count)));
    res.setHeader('X-RateLimit-Reset', String(resetSeconds));
    const over = counts.filter((count) => count.count > count.max);
    if (over.length > 0) {
      const retryAfter = Math.max(
        1,
        ...over.map((count) => Math.ceil((count.resetAt - now) / 1000)),
      );
      for (const count of over) metrics.rateLimited.inc({ limit: count.limit });
      throw new HttpError(
        429,
        'rate_limited',
        over.some((count) => count.limit === 'ip')
          ? 'Too many requests from this IP address; try again later.'
          : 'Too many requests for this key; try again later.',
        { retryAfter, headers: { 'Retry-After': String(retryAfter) } },
      );
    }
    next();
  };
}
