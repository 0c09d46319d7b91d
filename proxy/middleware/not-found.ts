import type { Request, Response } from 'express';
import { HttpError } from '../http-error.js';

/** The last route: everything unmatched is a 404 in the error shape. */
export function notFound() {
  return function notFoundMiddleware(req: Request, _res: Response): void {
    throw new HttpError(404, 'not_found', `No route for ${req.method} ${req.path.slice(0, 200)}.`);
  };
}
