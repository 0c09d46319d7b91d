import type { SyntaxResult } from '../core/syntax.js';
import { checkSyntax } from '../core/syntax.js';
import { suggest } from '../core/suggest.js';
import { notRun, type Verdict } from '../core/verdict.js';
import { HttpError } from './http-error.js';
import type { ResolvedKey } from './keys/types.js';
import { addressHash } from './tokens/claims.js';
import { signVerdictToken } from './tokens/sign.js';
import { UpstreamError } from './upstreams/types.js';
import type { VerdictService } from './verdicts/types.js';

export interface VerdictAnswerDeps {
  service: VerdictService;
  tokenSecret: string;
  tokenTtlMs: number;
  deadlines: { publicMs: number; secretMs: number };
}

export interface VerdictQuestion {
  email: string;
  key: ResolvedKey;
  options: { quickMode?: boolean; skipCatchAll?: boolean; forceRefresh?: boolean };
  acceptedWarning: boolean;
  /**
   * The signal that the client went away. A function, so that a signal is made only when it is
   * needed: a cache hit never needs one, and an AbortController per request is a measurable share
   * of the hot path.
   */
  clientGone: () => AbortSignal;
}

/** The verdict for an address whose syntax is invalid: settled here, no upstream is asked. */
export function invalidSyntaxVerdict(input: string, syntax: SyntaxResult): Verdict {
  return {
    email: input.trim().toLowerCase(),
    result: 'undeliverable',
    score: 0,
    severity: 'invalid',
    suggestion: syntax.fix ?? suggest(input.trim())?.full ?? null,
    checks: {
      syntax: { passed: false, message: 'Invalid syntax', code: syntax.code },
      domain: notRun(),
      disposable: notRun(),
      roleBased: notRun(),
      freeProvider: notRun(),
      smtp: notRun(),
      catchAll: notRun(),
    },
    reasons: ['The address is not written correctly'],
    source: 'instant',
    cached: false,
  };
}

/** An upstream failure as the answer a secret-key caller gets: 504 for timeouts, else 502. */
export function upstreamHttpError(error: UpstreamError, upstream: string): HttpError {
  if (error.kind === 'timeout') {
    return new HttpError(
      504,
      'upstream_timeout',
      `The ${upstream} validation service did not answer in time.`,
    );
  }
  return new HttpError(
    502,
    'upstream_failed',
    `The ${upstream} validation service failed (${error.kind}).`,
  );
}

export interface VerdictAnswer {
  verdict: Verdict;
  token: string;
}

/**
 * One address to a verdict and its token: the core syntax check first (invalid syntax never costs
 * an upstream call), then the verdict service, failing open for browser keys and closed (502/504)
 * for secret keys. A verdict the service has at once (a memory-cache hit) is answered at once,
 * not as a promise: that is the proxy's hot path.
 */
export function answerVerdict(
  deps: VerdictAnswerDeps,
  question: VerdictQuestion,
): VerdictAnswer | Promise<VerdictAnswer> {
  const { key } = question;
  const syntax = checkSyntax(question.email);
  const email = syntax.normalized ?? question.email;
  // One keyed hash of the address binds the token to it and names it in the cache.
  const subject = addressHash(email, deps.tokenSecret, syntax.normalized !== null);
  const answer = (verdict: Verdict): VerdictAnswer => ({
    verdict,
    token: signVerdictToken(
      {
        email,
        normalized: syntax.normalized !== null,
        subject,
        result: verdict.result,
        score: verdict.score,
        keyId: key.id,
        acceptedWarning: question.acceptedWarning,
      },
      deps.tokenSecret,
      deps.tokenTtlMs,
    ),
  });
  if (!syntax.valid || syntax.normalized === null) {
    return answer(invalidSyntaxVerdict(question.email, syntax));
  }
  const browser = key.type !== 'secret';
  const outcome = deps.service.validate({
    email: syntax.normalized,
    addressKey: subject,
    upstream: key.upstream,
    options: {
      quickMode: question.options.quickMode,
      skipCatchAll: question.options.skipCatchAll,
    },
    forceRefresh: question.options.forceRefresh === true,
    deadlineMs: browser ? deps.deadlines.publicMs : deps.deadlines.secretMs,
    failOpen: browser,
    clientGone: question.clientGone,
  });
  if (!(outcome instanceof Promise)) return answer(outcome.verdict);
  return outcome.then(
    ({ verdict }) => answer(verdict),
    (error: unknown) => {
      throw error instanceof UpstreamError ? upstreamHttpError(error, key.upstream) : error;
    },
  );
}

/**
 * An AbortSignal that fires when the client goes away before its answer was sent; already aborted
 * when it went away before this was asked.
 */
export function clientGone(res: {
  on(event: 'close', listener: () => void): unknown;
  writableFinished: boolean;
  closed: boolean;
}): AbortSignal {
  const controller = new AbortController();
  if (res.closed) {
    if (!res.writableFinished) controller.abort();
  } else {
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
  }
  return controller.signal;
}
