import type { Request } from 'express';
import type { ResolvedKey } from './keys/types.js';

/** What the middleware learn about one request, for later middleware, routes and the log line. */
export interface RequestContext {
  requestId: string;
  /** The key, once identified. */
  key?: ResolvedKey;
  /** The verdict result, for the log line and the request metric. */
  result?: string;
  /** The address, masked (`j***@gmail.com`), for the log line. */
  email?: string;
  /** The route's name for metrics (`validate`, `bulk`, …). */
  route?: string;
}

// A WeakMap rather than properties on `req`: a site that mounts the app keeps a clean request.
const contexts = new WeakMap<Request, RequestContext>();

export function setContext(req: Request, context: RequestContext): void {
  contexts.set(req, context);
}

/** The request's context; a fresh one if the request-id middleware has not run. */
export function contextOf(req: Request): RequestContext {
  let context = contexts.get(req);
  if (!context) {
    context = { requestId: 'unknown' };
    contexts.set(req, context);
  }
  return context;
}
