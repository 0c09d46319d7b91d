import type { Verdict, VerdictResult } from '../core/verdict.js';
import type { InstantCheck } from './validator.js';

function verdict(
  email: string,
  result: VerdictResult,
  score: number,
  syntaxPassed: boolean,
  reason: string,
  suggestion: string | null,
): Verdict {
  const notRun = { passed: null, message: 'Not checked' };
  return {
    email,
    result,
    score,
    severity: score >= 70 ? 'valid' : score >= 40 ? 'warning' : 'invalid',
    suggestion,
    checks: {
      syntax: { passed: syntaxPassed, message: syntaxPassed ? 'Well-formed' : reason },
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
        50,
        true,
        'Not checked yet',
        check.suggestion,
      )
    : verdict(
        check.value.trim(),
        'undeliverable',
        0,
        false,
        syntax.code ?? 'invalid',
        check.suggestion,
      );
}

/** A verdict that says nothing: what the element falls back on when the check itself fails. */
export function unknownVerdict(email: string, reason: string): Verdict {
  const failed = verdict(email, 'unknown', 50, true, reason, null);
  return failed;
}
