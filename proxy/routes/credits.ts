import type { Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { upstreamHttpError } from '../verdict-answer.js';
import { UpstreamError } from '../upstreams/types.js';
import type { VerdictService } from '../verdicts/types.js';

/** GET /v1/credits: the key's upstream's credits, 404 where the upstream has none. */
export function creditsRoute(options: { service: VerdictService }) {
  const { service } = options;
  return async function creditsHandler(req: Request, res: Response): Promise<void> {
    const context = contextOf(req);
    context.route = 'credits';
    const upstream = context.key?.upstream ?? '';
    if (!service.supports(upstream, 'credits')) {
      throw new HttpError(404, 'not_found', `The ${upstream} upstream reports no credits.`);
    }
    try {
      res.json({ status: 'success', data: await service.credits(upstream) });
    } catch (error) {
      if (error instanceof UpstreamError) throw upstreamHttpError(error, upstream);
      throw error;
    }
  };
}
