import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import type { KeyRing } from '../keys/key-ring.js';

/** The key a request presents: X-API-Key, else `Authorization: Bearer …`; `null` when none. */
export function presentedKey(req: Request): string | null {
  const header = req.get('x-api-key');
  if (header !== undefined && header !== '') return header.trim();
  const authorization = req.get('authorization');
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return bearer?.[1] ?? null;
}

export interface AuthenticateOptions {
  keyRing: KeyRing;
}

/**
 * Identifies the key (401 when missing or unknown, without echoing what was sent) and records it
 * in the request context for the middleware after it.
 */
export function authenticate(options: AuthenticateOptions) {
  if (!options?.keyRing) throw new TypeError('authenticate: `keyRing` is required.');
  const { keyRing } = options;
  return function authenticateMiddleware(req: Request, _res: Response, next: NextFunction): void {
    const presented = presentedKey(req);
    if (presented === null) {
      throw new HttpError(
        401,
        'unauthorized',
        'An API key is required: send it in X-API-Key or as Authorization: Bearer.',
      );
    }
    const key = keyRing.find(presented);
    if (!key) throw new HttpError(401, 'unauthorized', 'Unknown API key.');
    contextOf(req).key = key;
    next();
  };
}
