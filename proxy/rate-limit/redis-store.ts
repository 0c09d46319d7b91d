import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createMemoryRateLimitStore } from './memory-store.js';
import type { RateLimitStore } from './types.js';

// INCR and the window's expiry in one atomic step, so two proxies never both start a window.
const incrementScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

export interface RedisRateLimitStoreOptions {
  /** `redis://…` */
  url: string;
  /** Prefix of every counter key. Default `email-check:rl:`. */
  prefix?: string;
  logger: Logger;
}

/**
 * Counters shared by every proxy through Redis. When Redis fails, this proxy falls back to its own
 * in-memory counters (limits still hold per proxy) and logs it, instead of refusing everybody.
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const prefix = options.prefix ?? 'email-check:rl:';
  const redis = new Redis(options.url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    connectTimeout: 1_000,
    lazyConnect: false,
  });
  redis.on('error', () => {
    // Connection errors surface per command below; this listener keeps ioredis from crashing.
  });
  const fallback = createMemoryRateLimitStore();
  let degraded = false;
  return {
    async increment(key, windowMs) {
      try {
        const [count, ttl] = (await redis.eval(incrementScript, 1, prefix + key, windowMs)) as [
          number,
          number,
        ];
        degraded = false;
        return { count, resetAt: Date.now() + ttl };
      } catch (error) {
        if (!degraded) {
          options.logger.error(
            { err: { message: (error as Error).message } },
            'rate-limit store unreachable: counting in this process until Redis answers',
          );
          degraded = true;
        }
        return fallback.increment(key, windowMs);
      }
    },
    async ping() {
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      await fallback.close();
      redis.disconnect();
    },
  };
}
