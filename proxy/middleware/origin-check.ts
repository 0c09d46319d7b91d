import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { requestOrigin } from '../net/origins.js';

/** CORS headers were set for any key's origins; this key's answer must not carry them. */
function withoutCors(res: Response): void {
  res.removeHeader('Access-Control-Allow-Origin');
  res.removeHeader('Access-Control-Expose-Headers');
}

/**
 * Browser keys only answer pages on their own origins: the Origin header (Referer as fallback)
 * must match one of the key's origins (403 otherwise; 403 too when neither header is sent, since
 * every browser sends one on a cross-origin POST). Secret keys, and test keys without origins,
 * pass. This stops other websites' visitors' browsers, not scripts: curl can send any Origin,
 * which is why per-IP rate limits exist too. CORS headers stay only on answers to keys that accept
 * the origin.
 */
export function originCheck() {
  return function originCheckMiddleware(req: Request, res: Response, next: NextFunction): void {
    const key = contextOf(req).key;
    if (key?.type === 'secret') withoutCors(res); // a browser has no business holding it
    if (!key || key.type === 'secret' || key.isAllowedOrigin === null) {
      next();
      return;
    }
    const origin = requestOrigin({ origin: req.get('origin'), referer: req.get('referer') });
    if (origin === null || !key.isAllowedOrigin(origin)) withoutCors(res);
    if (origin === null) {
      throw new HttpError(
        403,
        'forbidden',
        'A public key must be used from a web page (no Origin or Referer was sent).',
      );
    }
    if (!key.isAllowedOrigin(origin)) {
      throw new HttpError(403, 'forbidden', 'This key is not allowed on this origin.');
    }
    next();
  };
}
