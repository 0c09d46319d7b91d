import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { verdictSchema } from '../../core/verdict.js';
import type { VerdictStore } from './types.js';

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` (REDIS_URL). */
  url: string;
  /** Prepended to every key (default `email-check:verdict:`). */
  prefix?: string;
  /** Where store failures are reported (default: nowhere). */
  logger?: Logger;
  /** How long one command may take before it counts as a miss, in ms (default 500). */
  commandTimeoutMs?: number;
  /** How long the first commands wait for the initial connection, in ms (default 250). */
  connectWaitMs?: number;
}

/**
 * Verdicts in Redis, shared by every proxy behind a load balancer: JSON values, `SET … PX` for the
 * time to live. A store failure never fails a request: a read becomes a miss, a write is skipped,
 * and both are logged (at most once a minute while the store stays down).
 */
export function createRedisStore(options: RedisStoreOptions): VerdictStore {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new TypeError('redis store: url must look like redis://host:6379.');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new TypeError(`redis store: url must use redis: or rediss:, not ${url.protocol}`);
  }
  const prefix = options.prefix ?? 'email-check:verdict:';
  const logger = options.logger;
  let lastReport = 0;

  function report(error: unknown, during: string): void {
    const now = Date.now();
    if (now - lastReport < 60_000) return;
    lastReport = now;
    const message = error instanceof Error ? error.message : String(error);
    logger?.warn(
      { store: 'redis', during, err: message },
      'verdict store unavailable; serving without cache',
    );
  }

  const redis = new Redis(options.url, {
    // Fail fast instead of queueing while disconnected: a queued read would hold the request.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: options.commandTimeoutMs ?? 500,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  redis.on('error', (error) => report(error, 'connection'));
  // Commands fail fast while disconnected, but the first requests after start-up should not all
  // miss just because the connection is still being made: they wait for it once, briefly.
  const firstConnection = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, options.connectWaitMs ?? 250);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  return {
    async get(key) {
      try {
        await firstConnection;
        const text = await redis.get(prefix + key);
        if (text === null) return undefined;
        const parsed = verdictSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch (error) {
        report(error, 'get');
        return undefined;
      }
    },
    async set(key, verdict, ttlMs) {
      if (!(ttlMs > 0)) return;
      try {
        await firstConnection;
        await redis.set(prefix + key, JSON.stringify(verdict), 'PX', Math.ceil(ttlMs));
      } catch (error) {
        report(error, 'set');
      }
    },
    async ping() {
      try {
        await firstConnection;
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
