import { UpstreamError } from '../upstreams/types.js';

/** A signal that aborts at the deadline or when `signal` does, whichever comes first. */
export function deadlineSignal(deadlineMs: number, signal?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(deadlineMs);
  return signal ? AbortSignal.any([timeout, signal]) : timeout;
}

function timeoutError(upstream: string): UpstreamError {
  return new UpstreamError('timeout', `${upstream} did not answer before the deadline.`, {
    upstream,
  });
}

/**
 * Settles with `promise`, or rejects with a `timeout` UpstreamError as soon as `signal` aborts, so
 * that an upstream that ignores its signal still cannot hold a caller past its deadline.
 */
export function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  upstream: string,
): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(timeoutError(upstream));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(timeoutError(upstream));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Waits `ms`, or rejects with a `timeout` UpstreamError when `signal` aborts first. */
export function sleep(ms: number, signal: AbortSignal, upstream: string): Promise<void> {
  return abortable(
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }),
    signal,
    upstream,
  );
}

/** Any failure as an UpstreamError: an abort is a timeout, anything unexpected a server error. */
export function asUpstreamError(
  error: unknown,
  signal: AbortSignal | undefined,
  upstream: string,
): UpstreamError {
  if (error instanceof UpstreamError) return error;
  if (signal?.aborted) return timeoutError(upstream);
  return new UpstreamError('server', `${upstream} failed unexpectedly.`, { upstream });
}
