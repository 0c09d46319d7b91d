import type { NextFunction, Request, Response } from 'express';
import type { ResolvedKey } from '../keys/types.js';
import { requestOrigin } from '../net/origins.js';

export interface CorsOptions {
  /** Browser keys; an origin any of them accepts gets CORS headers. */
  keys: readonly ResolvedKey[];
  /** Seconds a browser may cache a preflight. Default 600. */
  maxAge?: number;
}

const allowHeaders = 'X-API-Key, Authorization, Content-Type, X-Request-Id';
const exposeHeaders =
  'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, X-Request-Id';

/**
 * CORS for browser keys. Headers go only to origins that some public or test key accepts (a test
 * key without origins accepts any); whether the presented key accepts the origin is checked later,
 * by `originCheck`, which refuses with 403. Preflights (OPTIONS) from an accepted origin get 204;
 * from any other origin, 403 without CORS headers.
 */
export function cors(options: CorsOptions) {
  if (!Array.isArray(options?.keys)) throw new TypeError('cors: `keys` must be the resolved keys.');
  if (options.maxAge !== undefined && (!Number.isInteger(options.maxAge) || options.maxAge < 0)) {
    throw new TypeError('cors: `maxAge` must be a whole number of seconds.');
  }
  const browserKeys = options.keys.filter((key) => key.type !== 'secret');
  const maxAge = String(options.maxAge ?? 600);
  const acceptsAny = browserKeys.some((key) => key.isAllowedOrigin === null);
  const matchers = browserKeys.flatMap((key) => (key.isAllowedOrigin ? [key.isAllowedOrigin] : []));
  const accepted = (origin: string) => acceptsAny || matchers.some((match) => match(origin));

  return function corsMiddleware(req: Request, res: Response, next: NextFunction): void {
    // Every answer depends on the Origin. Set at once when nothing has set a Vary yet (the usual
    // case: this runs first), which spares `vary` parsing a header that is not there.
    if (res.hasHeader('Vary')) res.vary('Origin');
    else res.setHeader('Vary', 'Origin');
    const origin = req.get('origin');
    const allowed = origin !== undefined && origin !== 'null' && accepted(origin);
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', exposeHeaders);
    }
    if (req.method !== 'OPTIONS') {
      next();
      return;
    }
    if (!allowed) {
      res.status(403).json({
        status: 'error',
        error: {
          code: 'forbidden',
          message: requestOrigin({ origin })
            ? 'This origin is not allowed by any key.'
            : 'A preflight needs an Origin header.',
        },
      });
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', allowHeaders);
    res.setHeader('Access-Control-Max-Age', maxAge);
    res.status(204).end();
  };
}
