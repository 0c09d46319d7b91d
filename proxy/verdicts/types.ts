import type { Verdict } from '../../core/verdict.js';
import type { Credits, UpstreamErrorKind, ValidateOptions } from '../upstreams/types.js';

/**
 * Where verdicts are cached: in memory (lru-cache) by default, Redis when REDIS_URL is set.
 * Keys are already hashed by the caller; addresses are never stored in clear as keys.
 */
export interface VerdictStore {
  /**
   * The verdict under `key`, if any. A store that can answer at once (memory) answers
   * synchronously: a cache hit is the proxy's hot path, and a promise there costs it.
   */
  get(key: string): Verdict | undefined | Promise<Verdict | undefined>;
  set(key: string, verdict: Verdict, ttlMs: number): Promise<void>;
  /** Whether the store answers, for /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface VerdictRequest {
  /** The normalized address (the proxy has already run the syntax check). */
  email: string;
  /** The service's `addressKey` of `email`, when the caller has it already. */
  addressKey?: string;
  /** Name of the configured upstream to ask (`local`, `spamidate`, `xmagnet`, `test`). */
  upstream: string;
  options: ValidateOptions;
  /** Skip our cache and the upstream's; secret keys only. */
  forceRefresh: boolean;
  /** The whole call's deadline in milliseconds (3 s by default for public callers). */
  deadlineMs: number;
  /**
   * Public-key callers: any upstream failure becomes a verdict with `result: "unknown"`.
   * Secret-key callers: failures reject with `UpstreamError`, which the app turns into 502/504.
   */
  failOpen: boolean;
  /**
   * Makes the signal that the client went away. A function, called only on a cache miss: a hit
   * never waits on anything, and an AbortController per request is a measurable share of it.
   */
  clientGone?: () => AbortSignal;
}

export interface VerdictOutcome {
  verdict: Verdict;
  /** Answered from our cache (also set on `verdict.cached`). */
  cached: boolean;
  /** Set when the verdict is a fail-open `unknown` standing in for an upstream failure. */
  failure?: UpstreamErrorKind;
}

/**
 * Caching, coalescing (concurrent identical requests make one upstream call), deadlines,
 * retries with backoff, circuit breakers and fail-open, in front of the upstream adapters.
 */
export interface VerdictService {
  /**
   * The verdict for one address. A hit in a store that answers synchronously is returned as it
   * is, not as a promise; everything else (Redis, a miss, an upstream call) as a promise.
   */
  validate(request: VerdictRequest): VerdictOutcome | Promise<VerdictOutcome>;
  credits(upstream: string, signal?: AbortSignal): Promise<Credits>;
  enrich(upstream: string, email: string, signal?: AbortSignal): Promise<unknown>;
  /** Whether `upstream` offers credits / enrichment at all (else the routes answer 404). */
  supports(upstream: string, feature: 'credits' | 'enrich'): boolean;
  /** Store and upstreams reachable, for /readyz. */
  ready(): Promise<{ ok: boolean; checks: Record<string, boolean> }>;
  close(): Promise<void>;
}
