/** Counters behind the rate limits: in memory for one proxy, in Redis for several. */
export interface RateLimitStore {
  /**
   * Counts one hit on `key` in its current fixed window (which starts at the key's first hit and
   * lasts `windowMs`). Resolves to the count so far and when the window ends (epoch ms).
   */
  increment(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** Whether the store answers, for /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
