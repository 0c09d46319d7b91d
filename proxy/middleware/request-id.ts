import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { setContext } from '../context.js';

/** Ids we echo back: short, and nothing that could break a header or a log line. */
const saneId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id: the caller's X-Request-Id when it is sane (letters, digits,
 * `. _ : -`, at most 128), else a new UUID. Sent back in X-Request-Id and written on every log line.
 */
export function requestId() {
  return function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
    const given = req.get('x-request-id');
    const id = given !== undefined && saneId.test(given) ? given : randomUUID();
    setContext(req, { requestId: id });
    res.setHeader('X-Request-Id', id);
    next();
  };
}
