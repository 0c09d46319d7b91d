import { suggest } from '../../core/suggest.js';
import { notRun, severityFor, type Verdict, type VerdictSource } from '../../core/verdict.js';

const SCORE = 50;

/**
 * The verdict a person gets when our side could not complete the check: `unknown`, which the
 * widget lets through. It says nothing about why (the cause may be our own key or credits, which
 * is the operator's business, not the visitor's).
 */
export function failOpenVerdict(email: string, source: VerdictSource): Verdict {
  const couldNot = 'Could not be checked right now';
  return {
    email,
    result: 'unknown',
    score: SCORE,
    severity: severityFor(SCORE),
    suggestion: suggest(email)?.full ?? null,
    checks: {
      // The proxy only asks upstreams about addresses whose syntax it has already accepted.
      syntax: { passed: true, message: 'Valid syntax' },
      domain: notRun(couldNot),
      disposable: notRun(couldNot),
      roleBased: notRun(couldNot),
      freeProvider: notRun(couldNot),
      smtp: notRun(couldNot),
      catchAll: notRun(couldNot),
    },
    reasons: ['The address could not be fully checked right now'],
    source,
    cached: false,
  };
}
