import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { contextOf } from '../context.js';
import type { Metrics } from '../metrics.js';

export interface RequestLogOptions {
  logger: Logger;
  metrics: Metrics;
}

/**
 * One log line and one `email_check_requests_total` count per answered request. The line holds
 * the request id, method, path (never the query string), status, duration, key id, verdict
 * result and the masked address: never a key, a secret or an address in clear.
 */
export function requestLog(options: RequestLogOptions) {
  if (!options?.logger || !options.metrics) {
    throw new TypeError('requestLog: `logger` and `metrics` are required.');
  }
  const { logger, metrics } = options;
  return function requestLogMiddleware(req: Request, res: Response, next: NextFunction): void {
    const started = performance.now();
    // 'close' rather than 'finish': a client that goes away mid-request still gets its line.
    // A response closes once, so `on` does what `once` would without wrapping the listener.
    res.on('close', function logAnswer() {
      const context = contextOf(req);
      const aborted = !res.writableFinished;
      const ms = performance.now() - started;
      const status = res.statusCode;
      const route = context.route ?? (status === 404 ? 'not_found' : 'other');
      metrics.requests.inc({
        route,
        key: context.key?.id ?? 'none',
        status: String(status),
        result: context.result ?? 'none',
      });
      const url = req.originalUrl;
      const query = url.indexOf('?');
      const line = {
        reqId: context.requestId,
        method: req.method,
        path: query === -1 ? url : url.slice(0, query),
        status,
        ms: Math.round(ms * 10) / 10,
        key: context.key?.id,
        result: context.result,
        email: context.email,
        aborted: aborted || undefined,
      };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, aborted ? 'request aborted by the client' : 'request');
    });
    next();
  };
}
