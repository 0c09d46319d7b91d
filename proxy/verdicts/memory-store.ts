import { LRUCache } from 'lru-cache';
import type { Verdict } from '../../core/verdict.js';
import type { VerdictStore } from './types.js';

export interface MemoryStoreOptions {
  /** The most verdicts kept; the least recently used go first. */
  maxEntries: number;
}

/** Verdicts in this process's memory (lru-cache), each with its own time to live. */
export function createMemoryStore(options: MemoryStoreOptions): VerdictStore {
  if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
    throw new TypeError(
      `memory store: maxEntries must be a positive integer, got ${String(options.maxEntries)}.`,
    );
  }
  const cache = new LRUCache<string, Verdict>({ max: options.maxEntries });
  return {
    get(key) {
      return cache.get(key);
    },
    async set(key, verdict, ttlMs) {
      if (ttlMs > 0) cache.set(key, verdict, { ttl: ttlMs });
    },
    async ping() {
      return true;
    },
    async close() {
      cache.clear();
    },
  };
}
