import { checkSyntax, type SyntaxResult } from '../core/syntax.js';
import { suggest } from '../core/suggest.js';
import type { Verdict } from '../core/verdict.js';
import { judge, outcomesOf, type Action, type Outcome, type Policy } from './policy.js';

/** What the browser alone can tell about a value, on every keystroke. */
export interface InstantCheck {
  /** The value as typed. */
  value: string;
  empty: boolean;
  syntax: SyntaxResult;
  /** A full corrected address (a paste fix or a likely typo), or `null`. */
  suggestion: string | null;
}

export interface Assessment {
  action: Action;
  /** Why: a policy outcome, `required` for an empty required field, or `null`. */
  reason: Outcome | 'required' | null;
}

export interface AssessInput {
  instant: InstantCheck;
  /** The proxy's verdict about this very value, if one arrived. */
  verdict: Verdict | null;
  policy: Readonly<Policy>;
  required: boolean;
  /** The person chose "use it anyway" for this value. */
  acceptedWarning: boolean;
}

/**
 * The element's judgement of a value, kept free of the DOM so it can be tested on its own. It
 * remembers its last instant check, because Lit renders and form callbacks ask for the same
 * value many times between keystrokes.
 */
export class EmailValidator {
  #last: InstantCheck | null = null;

  /** Syntax and a likely-typo suggestion, without any network call. */
  instant(value: string, suggestions = true): InstantCheck {
    if (this.#last?.value === value) return this.#last;
    const syntax = checkSyntax(value);
    const trimmed = value.trim();
    const typo = suggestions && syntax.valid ? suggest(trimmed) : null;
    const suggestion = suggestions ? (syntax.fix ?? typo?.full ?? null) : null;
    this.#last = { value, empty: trimmed === '', syntax, suggestion };
    return this.#last;
  }

  /** Whether the value blocks submission, only warns, or passes, and why. */
  assess({ instant, verdict, policy, required, acceptedWarning }: AssessInput): Assessment {
    if (instant.empty) {
      return required ? { action: 'block', reason: 'required' } : { action: 'allow', reason: null };
    }
    if (!instant.syntax.valid) return { action: policy.syntax, reason: 'syntax' };
    if (!verdict) return { action: 'allow', reason: null };
    const { action, outcome } = judge(outcomesOf(verdict), policy);
    if (action === 'warn' && acceptedWarning) return { action: 'allow', reason: outcome };
    return { action, reason: outcome };
  }
}
