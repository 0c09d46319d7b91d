import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Several middleware as one router layer: each still validates its options at setup and runs in
 * order, but Express walks one layer instead of many for every request (the proxy's hot path
 * goes through a dozen). An error, thrown or passed to `next`, stops the chain as usual.
 */
export function compose(...handlers: RequestHandler[]): RequestHandler {
  if (handlers.some((handler) => typeof handler !== 'function')) {
    throw new TypeError('compose: every handler must be a function.');
  }
  return function composedMiddleware(req: Request, res: Response, next: NextFunction): void {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) {
        next(error);
        return;
      }
      const handler = handlers[index++];
      if (!handler) {
        next();
        return;
      }
      try {
        const result: unknown = handler(req, res, step);
        if (result instanceof Promise) result.catch(next);
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
