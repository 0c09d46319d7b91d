import type { Verdict } from '../core/verdict.js';
import { isErrorBody, isValidateResponse } from './response.js';

/** Why a remote check gave no verdict. `timeout` and `network` are ours; others are the proxy's. */
export class RemoteCheckError extends Error {
  override name = 'RemoteCheckError';
  constructor(
    /** `timeout`, `network`, `bad_response`, or the proxy's error code (`rate_limited`, …). */
    readonly code: string,
    message: string,
    /** The HTTP status, when the proxy answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RemoteAnswer {
  verdict: Verdict;
  /** The signed verdict token the site's server verifies. */
  token: string;
}

export interface RequestOptions {
  endpoint: string;
  publicKey: string;
  email: string;
  signal: AbortSignal;
  /** The person chose to go on despite a warning: the proxy records it in the token. */
  acceptWarning?: boolean;
}

/**
 * One POST to the proxy, per PRODUCT.md: `{ email }` with the public key in `X-API-Key`.
 * Resolves with the verdict and token, or rejects with a RemoteCheckError (or the signal's
 * AbortError when the caller gave up).
 */
export async function requestVerdict({
  endpoint,
  publicKey,
  email,
  signal,
  acceptWarning = false,
}: RequestOptions): Promise<RemoteAnswer> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': publicKey },
      body: JSON.stringify(acceptWarning ? { email, options: { acceptWarning } } : { email }),
      signal,
      // The answer is about this address only: never let an HTTP cache serve another's.
      cache: 'no-store',
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new RemoteCheckError('network', `The proxy could not be reached: ${String(error)}`);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    if (signal.aborted) throw signal.reason;
  }
  if (response.ok && isValidateResponse(body)) return { verdict: body.data, token: body.token };
  if (isErrorBody(body)) {
    throw new RemoteCheckError(body.error.code, body.error.message, response.status);
  }
  throw new RemoteCheckError(
    'bad_response',
    `The proxy answered ${response.status} without a verdict.`,
    response.status,
  );
}
