/** A counter after one more hit: the count so far in its window and when the window ends. */
export interface RateCount {
  count: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

/** Counters behind the rate limits: in memory for one proxy, in Redis for several. */
export interface RateLimitStore {
  /**
   * Counts one hit on `key` in its current fixed window (which starts at the key's first hit and
   * lasts `windowMs`). A store that can answer at once (the memory store) returns the count
   * itself, so the request's hot path waits on no promise; others return a promise of it.
   */
  increment(key: string, windowMs: number): RateCount | Promise<RateCount>;
  /** Whether the store answers, for /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
