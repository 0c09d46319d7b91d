import type { Request, Response } from 'express';
import type { Verdict } from '../../core/verdict.js';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { answerVerdict, clientGone, type VerdictAnswerDeps } from '../verdict-answer.js';

type BulkItem =
  | { email: string; status: 'success'; data: Verdict; token: string }
  | { email: string; status: 'error'; error: { code: string; message: string } };

/** Addresses checked at once within one bulk request. */
const concurrency = 8;

/**
 * POST /v1/validate/bulk `{ emails, options? }` (secret keys): one item per address, in order.
 * An upstream failure on one address is that item's error; the others still get verdicts.
 */
export function bulkRoute(deps: VerdictAnswerDeps) {
  return async function bulkHandler(req: Request, res: Response): Promise<void> {
    const context = contextOf(req);
    context.route = 'bulk';
    const identified = context.key;
    if (!identified) throw new HttpError(401, 'unauthorized', 'An API key is required.');
    const key = identified;
    const { emails, options = {} } = req.body as {
      emails: string[];
      options?: { quickMode?: boolean; skipCatchAll?: boolean; forceRefresh?: boolean };
    };
    if (options.forceRefresh && !key.scopes.has('force_refresh')) {
      throw new HttpError(403, 'forbidden', 'This key lacks the `force_refresh` scope.', {
        field: 'options.forceRefresh',
      });
    }
    const signal = clientGone(res);
    const items: BulkItem[] = new Array<BulkItem>(emails.length);
    let next = 0;
    async function worker(): Promise<void> {
      while (next < emails.length && !signal.aborted) {
        const index = next++;
        const email = emails[index] ?? '';
        try {
          const { verdict, token } = await answerVerdict(deps, {
            email,
            key,
            options,
            acceptedWarning: false,
            clientGone: () => signal,
          });
          items[index] = { email, status: 'success', data: verdict, token };
        } catch (error) {
          const http =
            error instanceof HttpError
              ? error
              : new HttpError(500, 'internal', 'Something went wrong on our side.');
          items[index] = {
            email,
            status: 'error',
            error: { code: http.code, message: http.message },
          };
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, emails.length) }, worker));
    res.json({ status: 'success', data: items });
  };
}
