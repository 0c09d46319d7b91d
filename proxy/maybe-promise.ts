/**
 * Whether a store answered with a promise (or any thenable) rather than with its value. Stores
 * that can answer at once (the memory stores) return the value itself, so the hot path waits on
 * no promise; the others (Redis) return a promise of it.
 */
export function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null | undefined)?.then === 'function';
}
