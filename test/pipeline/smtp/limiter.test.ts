import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../../proxy/pipeline/smtp/limiter.js';

describe('createHostLimiter', () => {
  it('refuses a limit below 1 at setup', () => {
    expect(() => createHostLimiter(0)).toThrow(/at least 1, got 0/);
  });

  it('never holds more than the limit on one host, and hands slots on in order', async () => {
    const limiter = createHostLimiter(2);
    const order: number[] = [];
    const holders = await Promise.all([limiter.acquire('a'), limiter.acquire('a')]);
    const third = limiter.acquire('a').then((release) => {
      order.push(3);
      return release;
    });
    const fourth = limiter.acquire('a').then((release) => {
      order.push(4);
      return release;
    });
    expect(limiter.active('a')).toBe(2);
    holders[0]?.();
    const releaseThird = await third;
    expect(order).toEqual([3]);
    expect(limiter.active('a')).toBe(2);
    holders[1]?.();
    releaseThird?.();
    (await fourth)?.();
    expect(order).toEqual([3, 4]);
    expect(limiter.active('a')).toBe(0);
    expect(limiter.peak).toBe(2);
  });

  it('counts hosts separately', async () => {
    const limiter = createHostLimiter(1);
    await limiter.acquire('a');
    const other = await limiter.acquire('b');
    expect(other).toBeTypeOf('function');
  });

  it('gives up waiting when the signal aborts', async () => {
    const limiter = createHostLimiter(1);
    await limiter.acquire('a');
    const controller = new AbortController();
    const waiting = limiter.acquire('a', controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
  });

  it('ignores a second release of the same slot', async () => {
    const limiter = createHostLimiter(1);
    const release = await limiter.acquire('a');
    release?.();
    release?.();
    await limiter.acquire('a');
    expect(limiter.active('a')).toBe(1);
  });
});
