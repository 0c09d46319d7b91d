export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long it stays open before one probe call is let through, in ms. */
  resetMs: number;
}

export interface Breaker {
  readonly state: BreakerState;
  /**
   * Whether a call may go ahead now. While half-open only one probe is let through; the caller
   * that got `true` must report `success()` or `failure()`.
   */
  allow(): boolean;
  success(): void;
  failure(): void;
  /** Milliseconds until a probe will be allowed (0 when closed). */
  retryInMs(): number;
}

/**
 * A per-upstream circuit breaker: closed → open after `failureThreshold` consecutive failures →
 * half-open after `resetMs`, when a single probe decides between closed and open again.
 */
export function createBreaker(
  options: BreakerOptions,
  onChange: (state: BreakerState) => void = () => {},
  now: () => number = Date.now,
): Breaker {
  let state: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probing = false;

  function move(next: BreakerState): void {
    if (next === state) return;
    state = next;
    onChange(next);
  }

  return {
    get state() {
      if (state === 'open' && now() - openedAt >= options.resetMs) move('half-open');
      return state;
    },
    allow() {
      const current = this.state;
      if (current === 'closed') return true;
      if (current === 'open' || probing) return false;
      probing = true;
      return true;
    },
    success() {
      failures = 0;
      probing = false;
      move('closed');
    },
    failure() {
      failures++;
      const wasProbe = probing;
      probing = false;
      if (wasProbe || state === 'half-open' || failures >= options.failureThreshold) {
        openedAt = now();
        move('open');
      }
    },
    retryInMs() {
      return state === 'closed' ? 0 : Math.max(0, openedAt + options.resetMs - now());
    },
  };
}
