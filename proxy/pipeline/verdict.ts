import { severityFor, type Verdict } from '../../core/verdict.js';
import { buildChecks } from './checks.js';
import type { Findings } from './findings.js';
import { decide } from './score.js';

/** Turns the findings into the one verdict shape: the deciding reason first, then the facts. */
export function buildVerdict(findings: Findings): Verdict {
  const decision = decide(findings);
  const reasons = [decision.reason];
  const { lists, role, syntax } = findings;
  if (syntax.valid) {
    if (role && decision.rule !== 'role-based') reasons.push('A role or team address');
    if (lists?.free) reasons.push('A free mailbox provider');
    if (findings.suggestion) reasons.push(`Did you mean ${findings.suggestion}?`);
  } else if (syntax.fix) reasons.push(`Did you mean ${syntax.fix}?`);
  if (findings.deadlineReached && decision.result === 'unknown') {
    reasons.push("The verdict's deadline passed before every check finished");
  }
  return {
    email: syntax.normalized ?? findings.input.trim(),
    result: decision.result,
    score: decision.score,
    severity: severityFor(decision.score),
    suggestion: findings.suggestion,
    checks: buildChecks(findings),
    reasons,
    source: 'local',
    cached: false,
  };
}
