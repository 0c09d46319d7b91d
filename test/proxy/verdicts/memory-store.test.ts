import { describe, expect, it } from 'vitest';
import { testVerdict } from '../../../proxy/upstreams/test.js';
import { createMemoryStore } from '../../../proxy/verdicts/memory-store.js';
import { wait } from './harness.js';

const verdict = testVerdict('deliverable@example.com');

describe('the memory store', () => {
  it('gives back what it was given', async () => {
    const store = createMemoryStore({ maxEntries: 10 });
    await store.set('k', verdict, 60_000);
    expect(await store.get('k')).toEqual(verdict);
    expect(await store.get('other')).toBeUndefined();
  });

  it('forgets an entry once its own time to live has passed', async () => {
    const store = createMemoryStore({ maxEntries: 10 });
    await store.set('short', verdict, 30);
    await store.set('long', verdict, 60_000);
    await wait(80);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toEqual(verdict);
  });

  it('drops the least recently used entry when full', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.set('a', verdict, 60_000);
    await store.set('b', verdict, 60_000);
    await store.get('a');
    await store.set('c', verdict, 60_000);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toEqual(verdict);
  });

  it('does not keep an entry with no time to live', async () => {
    const store = createMemoryStore({ maxEntries: 10 });
    await store.set('k', verdict, 0);
    expect(await store.get('k')).toBeUndefined();
  });

  it('is always reachable and empty after closing', async () => {
    const store = createMemoryStore({ maxEntries: 10 });
    await store.set('k', verdict, 60_000);
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(await store.get('k')).toBeUndefined();
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxEntries %s at setup', (maxEntries) => {
    expect(() => createMemoryStore({ maxEntries })).toThrow(
      /maxEntries must be a positive integer/,
    );
  });
});
