import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * helmet's default headers on every answer, worked out once. With its defaults, helmet sets the
 * same headers on every answer (nothing in them depends on the request), so it runs once here
 * against a response that records what it sets and removes, and each request replays the record:
 * the same headers as `helmet()`, without rebuilding the CSP string and walking a dozen middleware
 * on every request.
 */
export function securityHeaders() {
  const set: [name: string, value: string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, String(value)]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let failure: unknown;
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure !== undefined || set.length === 0) {
    throw new Error('securityHeaders: helmet did not set its headers synchronously.');
  }

  return function securityHeadersMiddleware(
    _req: Request,
    res: Response,
    next: NextFunction,
  ): void {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
