import { performance } from 'node:perf_hooks';
import { verdictSchema, type Verdict } from '../../core/verdict.js';
import { UpstreamError, type Upstream } from '../upstreams/types.js';
import { abortable, asUpstreamError, deadlineSignal, sleep } from './abort.js';
import { createBreaker, type Breaker } from './breaker.js';
import { createCacheKey } from './cache-key.js';
import { isPromiseLike } from '../maybe-promise.js';
import { failOpenVerdict } from './fail-open.js';
import { resolveSettings, type VerdictServiceOptions } from './options.js';
import { retryDelay } from './retry.js';
import type { VerdictOutcome, VerdictRequest, VerdictService } from './types.js';

export type { VerdictServiceOptions } from './options.js';
export { defaultTtlMs } from './options.js';

/** One upstream call that every concurrent identical request waits on. */
interface Flight {
  join(signal: AbortSignal): Promise<Verdict>;
}

/**
 * Caching, coalescing, deadlines, retries, circuit breakers and fail-open in front of the
 * upstream adapters. See `VerdictServiceOptions` for the defaults.
 */
export function createVerdictService(options: VerdictServiceOptions): VerdictService {
  const settings = resolveSettings(options);
  const { upstreams, store, metrics, logger } = options;
  const cacheKey = createCacheKey(options.addressKey);
  const inFlight = new Map<string, Flight>();
  const breakers = new Map<string, Breaker>();
  const policy = { retries: settings.retries, backoffMs: settings.backoffMs, maxBackoffMs: 2_000 };

  for (const name of Object.keys(upstreams)) {
    breakers.set(
      name,
      createBreaker(settings.breaker, (state) => {
        metrics.breakerState.set({ upstream: name }, state === 'closed' ? 0 : 1);
        const log = state === 'open' ? logger.error.bind(logger) : logger.info.bind(logger);
        log({ upstream: name, breaker: state }, `circuit breaker for ${name} is now ${state}`);
      }),
    );
    metrics.breakerState.set({ upstream: name }, 0);
  }

  function upstreamFor(name: string): Upstream {
    const upstream = Object.hasOwn(upstreams, name) ? upstreams[name] : undefined;
    if (!upstream) {
      throw new TypeError(
        `Unknown upstream "${name}"; configured: ${Object.keys(upstreams).join(', ')}.`,
      );
    }
    return upstream;
  }

  /** Counts a failure; 401/402/403 are our own configuration's fault and must be seen at once. */
  function recordFailure(name: string, error: UpstreamError): void {
    metrics.upstreamFailures.inc({ upstream: name, kind: error.kind });
    const fields = { upstream: name, kind: error.kind, status: error.details.status };
    if (error.kind === 'auth' || error.kind === 'no_credits') {
      logger.error(fields, `upstream ${name} refused us (${error.kind}): ${error.message}`);
    } else {
      logger.warn(fields, `upstream ${name} failed (${error.kind}): ${error.message}`);
    }
  }

  /** One upstream call with retries inside the deadline, behind the upstream's breaker. */
  async function callUpstream(
    name: string,
    upstream: Upstream,
    request: VerdictRequest,
    signal: AbortSignal,
    deadlineAt: number,
  ): Promise<Verdict> {
    const breaker = breakers.get(name) as Breaker;
    let last: UpstreamError | undefined;
    for (let attempt = 0; ; attempt++) {
      if (!breaker.allow()) {
        // Mid-retry the caller learns the real failure, not that the breaker has since opened.
        if (last) throw last;
        // Counted, not logged: the breaker logged once when it opened.
        metrics.upstreamFailures.inc({ upstream: name, kind: 'circuit_open' });
        const seconds = Math.ceil(breaker.retryInMs() / 1000);
        throw new UpstreamError(
          'circuit_open',
          `${name} is failing; calls paused for ${seconds} s.`,
          {
            upstream: name,
            retryAfterMs: breaker.retryInMs(),
          },
        );
      }
      const started = performance.now();
      try {
        const answer = await abortable(
          upstream.validate(request.email, {
            ...request.options,
            signal,
            forceRefresh: request.forceRefresh,
            onCredits: (remaining) => metrics.creditsRemaining.set({ upstream: name }, remaining),
          }),
          signal,
          name,
        );
        const checked = verdictSchema.safeParse(answer);
        if (!checked.success) {
          throw new UpstreamError(
            'bad_response',
            `${name} produced a verdict of the wrong shape.`,
            {
              upstream: name,
            },
          );
        }
        metrics.upstreamLatency.observe(
          { upstream: name, outcome: 'success' },
          (performance.now() - started) / 1000,
        );
        breaker.success();
        return { ...checked.data, cached: false };
      } catch (caught) {
        const error = asUpstreamError(caught, signal, name);
        metrics.upstreamLatency.observe(
          { upstream: name, outcome: error.kind },
          (performance.now() - started) / 1000,
        );
        // A refused request still shows the upstream is up.
        if (error.kind === 'bad_request') breaker.success();
        else breaker.failure();
        recordFailure(name, error);
        last = error;
        const delay = signal.aborted
          ? undefined
          : retryDelay(error, attempt, policy, deadlineAt - Date.now());
        if (delay === undefined) throw error;
        await sleep(delay, signal, name);
      }
    }
  }

  /**
   * Starts the one upstream call for a cache key. It runs to the first caller's deadline and is
   * aborted early only when every caller waiting on it has gone.
   */
  function startFlight(
    flightKey: string,
    key: string,
    name: string,
    request: VerdictRequest,
  ): Flight {
    const controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(request.deadlineMs)]);
    const deadlineAt = Date.now() + request.deadlineMs;
    let waiters = 0;
    let settled = false;
    const call = callUpstream(name, upstreamFor(name), request, signal, deadlineAt)
      .then(async (verdict) => {
        const ttl = settings.ttlMs[verdict.result];
        if (ttl > 0) await store.set(key, verdict, ttl).catch(() => {});
        return verdict;
      })
      .finally(() => {
        settled = true;
        inFlight.delete(flightKey);
      });
    call.catch(() => {}); // every waiter may have left; nobody else must see this rejection
    const flight: Flight = {
      async join(waiterSignal) {
        waiters++;
        try {
          return { ...(await abortable(call, waiterSignal, name)) };
        } finally {
          waiters--;
          if (waiters === 0 && !settled) controller.abort();
        }
      },
    };
    inFlight.set(flightKey, flight);
    return flight;
  }

  /** The caller's view of the call: its own deadline (from when it asked) and its own signal. */
  interface Waiter {
    signal?: AbortSignal;
  }

  // Each cache entry is handed out as one frozen copy marked `cached`, made on its first hit,
  // rather than a new copy per request: callers only read verdicts, and one object per entry
  // lets the validate route serialize each entry once.
  const served = new WeakMap<Verdict, Verdict>();

  /** A cached verdict, as the caller gets it. */
  function hitOutcome(hit: Verdict): VerdictOutcome {
    metrics.cache.inc({ outcome: 'hit' });
    let verdict = served.get(hit);
    if (!verdict) {
      verdict = Object.freeze({ ...hit, cached: true });
      served.set(hit, verdict);
    }
    return { verdict, cached: true };
  }

  /**
   * The store's verdict for `key`: the verdict itself when the store answered at once, else a
   * promise (any thenable a store returns becomes one). A store that fails counts as a miss.
   */
  function readStore(key: string): Verdict | undefined | Promise<Verdict | undefined> {
    try {
      const found = store.get(key);
      return isPromiseLike(found) ? Promise.resolve(found).catch(() => undefined) : found;
    } catch {
      return undefined;
    }
  }

  async function lookup(
    name: string,
    request: VerdictRequest,
    waiter: Waiter,
    key: string,
    started: number,
    stored: Promise<Verdict | undefined> | undefined,
  ): Promise<VerdictOutcome> {
    const hit = await stored;
    if (hit) return hitOutcome(hit);
    // Timers and signals only on a miss: a cache hit is the hot path and needs neither.
    const remainingMs = Math.max(1, request.deadlineMs - (Date.now() - started));
    const signal = deadlineSignal(remainingMs, request.clientGone?.());
    waiter.signal = signal;
    // A forced refresh never joins an ordinary call: it must reach the upstream itself.
    const flightKey = request.forceRefresh ? `${key}:refresh` : key;
    let flight = inFlight.get(flightKey);
    if (flight) metrics.cache.inc({ outcome: 'coalesced' });
    else {
      metrics.cache.inc({ outcome: 'miss' });
      flight = startFlight(flightKey, key, name, { ...request, deadlineMs: remainingMs });
    }
    return { verdict: await flight.join(signal), cached: false };
  }

  /** Everything but a synchronous hit: the store's promise, the upstream call, fail-open. */
  async function answer(
    request: VerdictRequest,
    key: string,
    started: number,
    stored: Promise<Verdict | undefined> | undefined,
  ): Promise<VerdictOutcome> {
    const upstream = upstreamFor(request.upstream);
    const waiter: Waiter = {};
    try {
      return await lookup(request.upstream, request, waiter, key, started, stored);
    } catch (caught) {
      const error = asUpstreamError(caught, waiter.signal, request.upstream);
      if (!request.failOpen) throw error;
      return {
        verdict: failOpenVerdict(request.email, upstream.name),
        cached: false,
        failure: error.kind,
      };
    }
  }

  return {
    validate(request) {
      const started = Date.now();
      const key = cacheKey(request.email, request.options, request.upstream, request.addressKey);
      const stored = request.forceRefresh ? undefined : readStore(key);
      // A hit in a store that answers at once (memory) is answered at once: no promise at all.
      if (stored !== undefined && !isPromiseLike(stored)) return hitOutcome(stored);
      return answer(request, key, started, stored);
    },

    async credits(name, signal) {
      const upstream = upstreamFor(name);
      if (!upstream.credits) throw new TypeError(`Upstream "${name}" does not report credits.`);
      const deadline = deadlineSignal(settings.deadlineMs, signal);
      try {
        const credits = await abortable(upstream.credits(deadline), deadline, name);
        metrics.creditsRemaining.set({ upstream: name }, credits.remaining);
        return credits;
      } catch (caught) {
        const error = asUpstreamError(caught, deadline, name);
        recordFailure(name, error);
        throw error;
      }
    },

    async enrich(name, email, signal) {
      const upstream = upstreamFor(name);
      if (!upstream.enrich) throw new TypeError(`Upstream "${name}" does not offer enrichment.`);
      const deadline = deadlineSignal(settings.deadlineMs, signal);
      try {
        // Never retried: each enrichment costs a credit.
        return await abortable(upstream.enrich(email, deadline), deadline, name);
      } catch (caught) {
        const error = asUpstreamError(caught, deadline, name);
        recordFailure(name, error);
        throw error;
      }
    },

    supports(name, feature) {
      const upstream = Object.hasOwn(upstreams, name) ? upstreams[name] : undefined;
      return typeof upstream?.[feature] === 'function';
    },

    async ready() {
      const checks: Record<string, boolean> = {};
      const probes = Object.entries(upstreams).map(async ([name, upstream]) => {
        const signal = AbortSignal.timeout(Math.min(settings.deadlineMs, 2_000));
        checks[`upstream:${name}`] = upstream.ready
          ? await abortable(upstream.ready(signal), signal, name).catch(() => false)
          : true;
      });
      const storeProbe = store
        .ping()
        .catch(() => false)
        .then((ok) => {
          checks.store = ok;
        });
      await Promise.all([storeProbe, ...probes]);
      return { ok: Object.values(checks).every(Boolean), checks };
    },

    async close() {
      await Promise.allSettled([
        store.close(),
        ...Object.values(upstreams).map((upstream) => upstream.close?.()),
      ]);
    },
  };
}
