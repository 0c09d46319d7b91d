import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import type { Metrics } from '../metrics.js';

/** Whether the request carries the configured metrics token as `Authorization: Bearer`. */
export function metricsTokenMatcher(token: string | undefined) {
  const expected = token ? createHash('sha256').update(token).digest() : null;
  return function hasMetricsToken(req: Request): boolean {
    if (!expected) return false;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!bearer) return false;
    return timingSafeEqual(createHash('sha256').update(bearer).digest(), expected);
  };
}

/**
 * GET /metrics (Prometheus text). Not public: `bypass` lets a scraper holding the metrics token
 * straight to the handler; everyone else goes through the key chain and needs the `metrics`
 * scope, which public keys can never hold.
 */
export function metricsRoute(options: { metrics: Metrics }) {
  const { registry } = options.metrics;
  return async function metricsHandler(req: Request, res: Response): Promise<void> {
    contextOf(req).route = 'metrics';
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  };
}

/** Skips the rest of the chain for callers with the metrics token. */
export function metricsTokenBypass(options: { token: string | undefined; metrics: Metrics }) {
  const matches = metricsTokenMatcher(options.token);
  const handler = metricsRoute(options);
  return function metricsTokenBypassMiddleware(req: Request, res: Response, next: NextFunction) {
    if (matches(req)) return handler(req, res).catch(next);
    next();
  };
}
