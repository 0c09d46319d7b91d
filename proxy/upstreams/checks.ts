import type { Check } from '../../core/verdict.js';

/** A check that ran, with its details. `passed` means the address is fine on that count. */
export function ran(
  passed: boolean | null,
  message: string,
  details: Record<string, unknown> = {},
): Check {
  return { ...details, passed, message };
}
