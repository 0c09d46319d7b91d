import type { NextFunction, Request, Response } from 'express';
import { scopeNames, type Scope } from '../config/schema.js';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';

/** 403 unless the identified key holds `scope`. */
export function requireScope(scope: Scope) {
  if (!scopeNames.includes(scope)) {
    throw new TypeError(
      `requireScope: unknown scope "${String(scope)}"; one of ${scopeNames.join(', ')}.`,
    );
  }
  return function requireScopeMiddleware(req: Request, _res: Response, next: NextFunction): void {
    const key = contextOf(req).key;
    if (!key?.scopes.has(scope)) {
      throw new HttpError(
        403,
        'forbidden',
        key?.type === 'secret'
          ? `This key lacks the \`${scope}\` scope.`
          : `Public keys can never use \`${scope}\`; call it from your server with a secret key.`,
      );
    }
    next();
  };
}
