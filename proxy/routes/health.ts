import type { Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';

/** GET /healthz: the process answers. */
export function healthRoute() {
  return function healthHandler(req: Request, res: Response): void {
    contextOf(req).route = 'healthz';
    res.json({ status: 'success', data: { ok: true } });
  };
}

/**
 * GET /readyz: 200 when every dependency answers (verdict store, rate-limit store, upstreams),
 * else 503 naming the ones that do not.
 */
export function readyRoute(options: { checks: () => Promise<Record<string, boolean>> }) {
  const { checks } = options;
  return async function readyHandler(req: Request, res: Response): Promise<void> {
    contextOf(req).route = 'readyz';
    const results = await checks();
    const down = Object.entries(results)
      .filter(([, ok]) => !ok)
      .map(([name]) => name);
    if (down.length > 0)
      throw new HttpError(503, 'not_ready', `Not ready: ${down.join(', ')} unreachable.`);
    res.json({ status: 'success', data: { ok: true, checks: results } });
  };
}
