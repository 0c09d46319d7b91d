import type { Verdict, VerdictSource } from '../../core/verdict.js';

/** Options the caller may pass through to an upstream (`options` of POST /v1/validate). */
export interface ValidateOptions {
  /** Skip the slow checks (SMTP) where the upstream supports it. */
  quickMode?: boolean;
  /** Skip the catch-all probe where the upstream supports it. */
  skipCatchAll?: boolean;
}

export interface UpstreamCallOptions extends ValidateOptions {
  /** Aborted at the call's deadline or when the client goes away. */
  signal: AbortSignal;
  /** Bypass the upstream's own cache (xmagnet `force_refresh`); secret keys only. */
  forceRefresh?: boolean;
  /** Called with the credits left when the upstream reports them (for the credits gauge). */
  onCredits?(remaining: number): void;
}

/** Why an upstream call failed. Each kind maps to one log line, one metric label, one status. */
export type UpstreamErrorKind =
  | 'timeout' // deadline passed or the upstream hung
  | 'network' // connection refused, reset, DNS failure
  | 'rate_limited' // upstream said 429
  | 'no_credits' // upstream said 402
  | 'auth' // upstream said 401/403: our secret key is wrong or lacks the scope
  | 'bad_request' // upstream said 400: it refused the address or options
  | 'bad_response' // not JSON, or JSON not of the documented shape
  | 'server' // upstream said 5xx
  | 'circuit_open'; // the breaker is open: not called at all

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    readonly kind: UpstreamErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; upstream?: string } = {},
  ) {
    super(message);
  }
}

export interface Credits {
  /** Credits left, as the upstream reports them. */
  remaining: number;
  [detail: string]: unknown;
}

/**
 * One hosted or local validation service, turned into the one verdict. Adapters throw
 * `UpstreamError` (never leak the upstream's secret into a message) and know nothing of caching,
 * retries or breakers: the verdict service wraps them.
 */
export interface Upstream {
  readonly name: VerdictSource;
  validate(email: string, options: UpstreamCallOptions): Promise<Verdict>;
  /** Only where the upstream offers it. */
  credits?(signal: AbortSignal): Promise<Credits>;
  /** Only where the upstream offers it; the answer is passed through as the upstream gave it. */
  enrich?(email: string, signal: AbortSignal): Promise<unknown>;
  /** The upstream's own rate-limit window as last reported (X-RateLimit-*), where it sends one. */
  rateLimit?(): { limit: number; remaining: number; resetAt: number } | undefined;
  /** Whether the upstream is reachable, for /readyz. */
  ready?(signal: AbortSignal): Promise<boolean>;
  close?(): Promise<void>;
}
