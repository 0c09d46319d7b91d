import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';

/**
 * The key's IP allow and deny lists, applied to the client IP Express derives with the
 * configured `trust proxy` (so a spoofed X-Forwarded-For beyond the trusted hops is ignored).
 */
export function ipRules() {
  return function ipRulesMiddleware(req: Request, _res: Response, next: NextFunction): void {
    const rules = contextOf(req).key?.ipRules;
    const refusal = rules ? rules.refuse(req.ip ?? '') : null;
    if (refusal)
      throw new HttpError(403, 'forbidden', 'This key may not be used from this IP address.');
    next();
  };
}
