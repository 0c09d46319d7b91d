import type { Verdict } from '../core/verdict.js';

/** What a verdict can say about an address that a site may want to act on. */
export type Outcome =
  'syntax' | 'undeliverable' | 'disposable' | 'role' | 'catchAll' | 'risky' | 'unknown';

/** `block` stops the form from submitting, `warn` shows a message that can be waved through. */
export type Action = 'block' | 'warn' | 'allow';

/** What the element does with each outcome. */
export type Policy = Record<Outcome, Action>;

/**
 * The defaults: invalid syntax, undeliverable and disposable addresses block; role-based,
 * catch-all and other risky addresses warn; `unknown` (our own failure, or the mail server would
 * not say) passes, because a person must never be turned away for something we could not tell.
 */
export const defaultPolicy: Readonly<Policy> = {
  syntax: 'block',
  undeliverable: 'block',
  disposable: 'block',
  role: 'warn',
  catchAll: 'warn',
  risky: 'warn',
  unknown: 'allow',
};

const rank: Record<Action, number> = { allow: 0, warn: 1, block: 2 };

/** Reads one policy attribute; anything but `block`, `warn` or `allow` is refused with a reason. */
export function parseAction(attribute: string, value: string | null): Action | undefined {
  if (value === null) return undefined;
  const action = value.trim().toLowerCase();
  if (action === 'block' || action === 'warn' || action === 'allow') return action;
  console.error(
    `<email-check>: ${attribute}="${value}" is not "block", "warn" or "allow". Using the default.`,
  );
  return undefined;
}

/** The outcomes a proxy verdict names, most serious first. */
export function outcomesOf(verdict: Verdict): Outcome[] {
  const outcomes: Outcome[] = [];
  const { checks, result } = verdict;
  if (result === 'unknown') return ['unknown'];
  if (checks.syntax.passed === false) outcomes.push('syntax');
  if (result === 'undeliverable') outcomes.push('undeliverable');
  if (checks.disposable.passed === false) outcomes.push('disposable');
  if (checks.roleBased.passed === false) outcomes.push('role');
  if (checks.catchAll.passed === false) outcomes.push('catchAll');
  if (result === 'risky' && outcomes.length === 0) outcomes.push('risky');
  return outcomes;
}

export interface Judgement {
  action: Action;
  /** The outcome that decided the action, `null` when nothing stands against the address. */
  outcome: Outcome | null;
}

/** The strictest action any of the outcomes calls for, and the first outcome that calls for it. */
export function judge(outcomes: readonly Outcome[], policy: Readonly<Policy>): Judgement {
  let judgement: Judgement = { action: 'allow', outcome: null };
  for (const outcome of outcomes) {
    const action = policy[outcome];
    if (rank[action] > rank[judgement.action]) judgement = { action, outcome };
  }
  return judgement;
}
