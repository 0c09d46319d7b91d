import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';

/** body-parser's and Express's own errors, by their `type`, as HttpErrors. */
function fromFramework(error: {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
}): HttpError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpError(400, 'invalid_json', 'The body is not valid JSON.', { field: 'body' });
    case 'entity.too.deep':
      return new HttpError(400, 'bad_request', String((error as Error).message), { field: 'body' });
    case 'entity.too.large':
      return new HttpError(413, 'payload_too_large', 'The body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(
        415,
        'unsupported_media_type',
        'Send the body as UTF-8 application/json.',
      );
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new HttpError(400, 'bad_request', 'The body could not be read.');
  }
  const status = Number(error.status ?? error.statusCode);
  if (status >= 400 && status < 500) return new HttpError(status, 'bad_request', 'Bad request.');
  return null;
}

/**
 * The one error middleware: every error becomes `{ status: "error", error: { code, message,
 * field?, retryAfter? } }`. Unexpected errors answer 500 with a generic message; their details go
 * to the log only.
 */
export function errorHandler(options: { logger: Logger }) {
  if (!options?.logger) throw new TypeError('errorHandler: `logger` is required.');
  const { logger } = options;
  return function errorHandlerMiddleware(
    error: unknown,
    req: Request,
    res: Response,
    next: NextFunction,
  ): void {
    if (res.headersSent) {
      next(error);
      return;
    }
    let http: HttpError;
    if (error instanceof HttpError) http = error;
    else {
      const known = error !== null && typeof error === 'object' ? fromFramework(error) : null;
      if (known) http = known;
      else {
        logger.error(
          {
            reqId: contextOf(req).requestId,
            err: {
              name: (error as Error)?.name,
              message: (error as Error)?.message,
              stack: (error as Error)?.stack,
            },
          },
          'unexpected error',
        );
        http = new HttpError(500, 'internal', 'Something went wrong on our side.');
      }
    }
    for (const [name, value] of Object.entries(http.extra.headers ?? {}))
      res.setHeader(name, value);
    res.status(http.status).json({
      status: 'error',
      error: {
        code: http.code,
        message: http.message,
        ...(http.extra.field !== undefined ? { field: http.extra.field } : {}),
        ...(http.extra.retryAfter !== undefined ? { retryAfter: http.extra.retryAfter } : {}),
      },
    });
  };
}
