import type { Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { maskEmail } from '../logging.js';
import type { ValidateRequest } from '../schemas.js';
import { answerVerdict, clientGone, type VerdictAnswerDeps } from '../verdict-answer.js';

/**
 * POST /v1/validate `{ email, options? }` → 200 `{ status: "success", data: <verdict>, token }`.
 * `options.forceRefresh` from a key without the `force_refresh` scope (every public key) is
 * refused with 403 rather than silently dropped, so a caller never believes it got a fresh answer.
 */
export function validateRoute(deps: VerdictAnswerDeps) {
  return async function validateHandler(req: Request, res: Response): Promise<void> {
    const context = contextOf(req);
    context.route = 'validate';
    const key = context.key;
    if (!key) throw new HttpError(401, 'unauthorized', 'An API key is required.');
    const body = req.body as ValidateRequest;
    const options = body.options ?? {};
    if (options.forceRefresh && !key.scopes.has('force_refresh')) {
      throw new HttpError(
        403,
        'forbidden',
        key.type === 'secret'
          ? 'This key lacks the `force_refresh` scope.'
          : 'Public keys can never force a refresh; call it from your server with a secret key.',
        { field: 'options.forceRefresh' },
      );
    }
    const { verdict, token } = await answerVerdict(deps, {
      email: body.email,
      key,
      options,
      acceptedWarning: options.acceptWarning === true,
      clientGone: () => clientGone(res),
    });
    context.result = verdict.result;
    context.email = maskEmail(verdict.email);
    res.json({ status: 'success', data: verdict, token });
  };
}
