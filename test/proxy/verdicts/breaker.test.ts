import { describe, expect, it } from 'vitest';
import { createBreaker, type BreakerState } from '../../../proxy/verdicts/breaker.js';

function clocked(failureThreshold = 3, resetMs = 1_000) {
  let time = 0;
  const changes: BreakerState[] = [];
  const breaker = createBreaker(
    { failureThreshold, resetMs },
    (state) => changes.push(state),
    () => time,
  );
  return { breaker, changes, advance: (ms: number) => (time += ms) };
}

describe('the circuit breaker', () => {
  it('stays closed below the failure threshold and forgets failures after a success', () => {
    const { breaker } = clocked(3);
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });

  it('opens after the threshold of consecutive failures and refuses calls', () => {
    const { breaker, changes } = clocked(3);
    for (let i = 0; i < 3; i++) breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    expect(changes).toEqual(['open']);
  });

  it('lets exactly one probe through once resetMs has passed', () => {
    const { breaker, advance } = clocked(1, 1_000);
    breaker.failure();
    advance(999);
    expect(breaker.allow()).toBe(false);
    advance(1);
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const { breaker, advance, changes } = clocked(1);
    breaker.failure();
    advance(1_000);
    breaker.allow();
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('opens again for another resetMs when the probe fails', () => {
    const { breaker, advance } = clocked(3, 1_000);
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(1_000);
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.retryInMs()).toBe(1_000);
    advance(1_000);
    expect(breaker.allow()).toBe(true);
  });
});
