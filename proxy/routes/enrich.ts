import type { Request, Response } from 'express';
import { checkSyntax } from '../../core/syntax.js';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { maskEmail } from '../logging.js';
import { upstreamHttpError } from '../verdict-answer.js';
import { UpstreamError } from '../upstreams/types.js';
import type { VerdictService } from '../verdicts/types.js';

/** POST /v1/enrich `{ email }`: passed to the key's upstream, 404 where it offers no enrichment. */
export function enrichRoute(options: { service: VerdictService }) {
  const { service } = options;
  return async function enrichHandler(req: Request, res: Response): Promise<void> {
    const context = contextOf(req);
    context.route = 'enrich';
    const upstream = context.key?.upstream ?? '';
    if (!service.supports(upstream, 'enrich')) {
      throw new HttpError(404, 'not_found', `The ${upstream} upstream offers no enrichment.`);
    }
    const syntax = checkSyntax((req.body as { email: string }).email);
    if (!syntax.valid || syntax.normalized === null) {
      throw new HttpError(400, 'bad_request', 'email: not a valid address.', { field: 'email' });
    }
    context.email = maskEmail(syntax.normalized);
    try {
      res.json({ status: 'success', data: await service.enrich(upstream, syntax.normalized) });
    } catch (error) {
      if (error instanceof UpstreamError) throw upstreamHttpError(error, upstream);
      throw error;
    }
  };
}
