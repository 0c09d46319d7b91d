import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../../../proxy/rate-limit/memory-store.js';

const store = createMemoryRateLimitStore();
afterEach(() => store.close());

describe('the in-memory rate-limit store', () => {
  it('counts hits per key within a window that ends windowMs after its first hit', async () => {
    const before = Date.now();
    const first = await store.increment('a', 60_000);
    const second = await store.increment('a', 60_000);
    expect([first.count, second.count]).toEqual([1, 2]);
    expect(second.resetAt).toBe(first.resetAt);
    expect(first.resetAt).toBeGreaterThanOrEqual(before + 60_000);
    expect((await store.increment('b', 60_000)).count).toBe(1);
  });

  it('starts a new window once the old one has ended', async () => {
    await store.increment('c', 30);
    await store.increment('c', 30);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await store.increment('c', 30)).count).toBe(1);
  });
});
