/**
 * At most `limit` simultaneous connections to one host: a burst of signups on one domain must
 * not open dozens of connections to its MX, which reads as an attack and gets the prober blocked.
 */
export interface HostLimiter {
  /** Waits for a slot on `host`; resolves to a release function, or `null` when aborted first. */
  acquire(host: string, signal?: AbortSignal): Promise<(() => void) | null>;
  /** Connections held right now on `host`. */
  active(host: string): number;
  /** The most ever held at once on any one host. */
  readonly peak: number;
}

interface HostState {
  active: number;
  queue: (() => void)[];
}

export function createHostLimiter(limit: number): HostLimiter {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`the per-host limit must be a whole number of at least 1, got ${limit}`);
  }
  const hosts = new Map<string, HostState>();
  let peak = 0;

  /** A release function for one held slot; a queued waiter inherits the slot directly. */
  function releaser(host: string, state: HostState) {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.queue.shift();
      if (next) return next();
      state.active--;
      if (state.active === 0) hosts.delete(host);
    };
  }

  return {
    acquire(host, signal) {
      if (signal?.aborted) return Promise.resolve(null);
      let state = hosts.get(host);
      if (!state) {
        state = { active: 0, queue: [] };
        hosts.set(host, state);
      }
      if (state.active < limit) {
        state.active++;
        peak = Math.max(peak, state.active);
        return Promise.resolve(releaser(host, state));
      }
      const held = state;
      return new Promise((resolve) => {
        const grant = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(releaser(host, held));
        };
        const onAbort = () => {
          const index = held.queue.indexOf(grant);
          if (index >= 0) held.queue.splice(index, 1);
          resolve(null);
        };
        held.queue.push(grant);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    active(host) {
      return hosts.get(host)?.active ?? 0;
    },
    get peak() {
      return peak;
    },
  };
}
