import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { dottedPath } from '../config/errors.js';
import { HttpError } from '../http-error.js';

/**
 * Parses `req.body` with a zod schema and replaces it with the result; the first problem becomes
 * a 400 naming the field as a dotted path (`options.quickMode`, `emails[3]`).
 */
export function validateBody(schema: z.ZodType) {
  if (!schema || typeof schema.safeParse !== 'function') {
    throw new TypeError('validateBody: a zod schema is required.');
  }
  return function validateBodyMiddleware(req: Request, _res: Response, next: NextFunction): void {
    const result = schema.safeParse(req.body);
    if (!result.success) {
      const issue = result.error.issues[0];
      let path = issue ? [...issue.path] : [];
      let message = issue?.message ?? 'Invalid body.';
      if (issue?.code === 'unrecognized_keys') {
        const [unknown = ''] = issue.keys;
        path = [...path, unknown];
        message = `Unknown field "${unknown.slice(0, 64)}".`;
      }
      const field = path.length > 0 ? dottedPath(path) : 'body';
      throw new HttpError(400, 'bad_request', `${field}: ${message}`, { field });
    }
    req.body = result.data;
    next();
  };
}
