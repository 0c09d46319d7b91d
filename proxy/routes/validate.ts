import type { Request, Response } from 'express';
import type { Verdict } from '../../core/verdict.js';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { maskEmail } from '../logging.js';
import type { ValidateRequest } from '../schemas.js';
import { sendJsonText } from '../send-json.js';
import {
  answerVerdict,
  clientGone,
  type VerdictAnswer,
  type VerdictAnswerDeps,
} from '../verdict-answer.js';

// Verdicts as JSON, each serialized once: a cache hit hands out the same frozen verdict for as
// long as its entry lives (see the verdict service), so its text is reused, and goes with it.
const serialized = new WeakMap<Verdict, string>();

function verdictJson(verdict: Verdict): string {
  let json = serialized.get(verdict);
  if (json === undefined) {
    json = JSON.stringify(verdict);
    serialized.set(verdict, json);
  }
  return json;
}

/**
 * POST /v1/validate `{ email, options? }` → 200 `{ status: "success", data: <verdict>, token }`.
 * `options.forceRefresh` from a key without the `force_refresh` scope (every public key) is
 * refused with 403 rather than silently dropped, so a caller never believes it got a fresh answer.
 */
export function validateRoute(deps: VerdictAnswerDeps) {
  return function validateHandler(req: Request, res: Response): Promise<void> | undefined {
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
    const answer = answerVerdict(deps, {
      email: body.email,
      key,
      options,
      acceptedWarning: options.acceptWarning === true,
      clientGone: () => clientGone(res),
    });
    const send = ({ verdict, token }: VerdictAnswer): void => {
      context.result = verdict.result;
      context.email = maskEmail(verdict.email);
      sendJsonText(
        res,
        `{"status":"success","data":${verdictJson(verdict)},"token":${JSON.stringify(token)}}`,
      );
    };
    // A memory-cache hit is answered in this very call; Express 5 handles the promise otherwise.
    if (answer instanceof Promise) return answer.then(send);
    send(answer);
    return undefined;
  };
}
