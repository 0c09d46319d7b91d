import type { Verdict } from '../core/verdict.js';
import type { InstantCheck } from './validator.js';

/**
 * A verdict the browser makes up on its own, in the shared shape: `undeliverable` (score 0) for
 * invalid syntax, else `unknown` (score 50), with `reason` as its one reason.
 */
function verdict(
  email: string,
  result: 'unknown' | 'undeliverable',
  reason: string,
  suggestion: string | null,
): Verdict {
  const wellFormed = result === 'unknown';
  const notRun = { passed: null, message: 'Not checked' };
  return {
    email,
    result,
    score: wellFormed ? 50 : 0,
    severity: wellFormed ? 'warning' : 'invalid',
    suggestion,
    checks: {
      syntax: { passed: wellFormed, message: wellFormed ? 'Well-formed' : reason },
      domain: notRun,
      disposable: notRun,
      roleBased: notRun,
      freeProvider: notRun,
      smtp: notRun,
      catchAll: notRun,
    },
    reasons: [reason],
    source: 'instant',
    cached: false,
  };
}

/**
 * What the browser alone can say, in the shared verdict shape: `undeliverable` for invalid
 * syntax (as the hosted APIs say it), otherwise `unknown` until the proxy answers.
 */
export function instantVerdict(check: InstantCheck): Verdict {
  const { syntax } = check;
  return syntax.valid
    ? verdict(
        syntax.normalized ?? check.value.trim(),
        'unknown',
        'Not checked yet',
        check.suggestion,
      )
    : verdict(check.value.trim(), 'undeliverable', syntax.code ?? 'invalid', check.suggestion);
}

/** A verdict that says nothing: what the element falls back on when the check itself fails. */
export function unknownVerdict(email: string, reason: string): Verdict {
  return verdict(email, 'unknown', reason, null);
}
