/**
 * The instant checks: what the widget runs on every keystroke and `email-check analyze` runs per
 * line. Syntax, a paste fix or a typo suggestion, and role and disposable hints, with nothing
 * over the network.
 */
import { isCommonDisposable } from './disposable-hints.js';
import { isRoleLocal } from './roles.js';
import { suggest } from './suggest.js';
import type { Suggestion } from './suggest.js';
import { syntaxMessages } from './syntax-messages.js';
import { checkSyntax } from './syntax.js';
import type { SyntaxCode, SyntaxOptions, SyntaxResult } from './syntax.js';

export type AnalyzeOptions = SyntaxOptions;

export interface Analysis {
  /** The input exactly as given. */
  email: string;
  /** The syntax verdict. */
  valid: boolean;
  /** The first syntax rule broken, or `null` when valid. */
  code: SyntaxCode | null;
  /** A short English explanation of `code`, or `null` when valid. */
  message: string | null;
  /** `local@asciiDomain`, lowercased, when valid; else `null`. */
  normalized: string | null;
  /** The part before the `@` as typed, once the input has exactly one `@`; else `null`. */
  local: string | null;
  /** The part after the `@` as typed, once the input has exactly one `@`; else `null`. */
  domain: string | null;
  /** The domain in lowercase ASCII (punycode), once it converted; else `null`. */
  asciiDomain: string | null;
  /**
   * A full corrected address ("Did you mean …?"), or `null`: the fix of a paste mistake (itself
   * typo-corrected when it has a typo), else a typo correction of a valid address or of one whose
   * only fault is its ending (`jane@gmail`). Always valid, with the local part as typed, and
   * never the same address as the input.
   */
  suggestion: string | null;
  /** A valid address whose local part names a role (`info@`, `no-reply@`). */
  role: boolean;
  /** A valid address on one of the most common disposable domains (or a subdomain). */
  disposable: boolean;
}

/** Codes whose address may still be a typo of a good one: the ending is missing or wrong. */
const ENDING_CODES: ReadonlySet<SyntaxCode> = new Set(['missing_tld', 'tld']);

/** Asks the typo engine about one address whose local part and domain are known. */
export type Engine = (
  address: string,
  local: string,
  domain: string,
  valid: boolean,
) => Suggestion | null;

const askEngine: Engine = (address) => suggest(address);

/** Runs the instant checks on one input. Never throws. */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(input, options, askEngine);
}

/**
 * `analyze`, asking the given typo engine: `createAnalyzer` (core/batch-analyze.ts) passes one
 * that remembers its answers per domain.
 */
export function analyzeWith(input: string, options: AnalyzeOptions, engine: Engine): Analysis {
  const syntax = checkSyntax(input, options);
  const { valid, code, normalized, local, domain, asciiDomain } = syntax;
  return {
    email: input,
    valid,
    code,
    message: code === null ? null : syntaxMessages[code],
    normalized,
    local,
    domain,
    asciiDomain,
    suggestion: suggestionFor(input.trim(), syntax, options, engine),
    role: valid && local !== null && isRoleLocal(local),
    disposable: valid && asciiDomain !== null && isCommonDisposable(asciiDomain),
  };
}

function suggestionFor(
  trimmed: string,
  syntax: SyntaxResult,
  options: SyntaxOptions,
  engine: Engine,
): string | null {
  if (syntax.fix !== null) {
    const fixed = checkSyntax(syntax.fix, options);
    return typoFix(syntax.fix, fixed, options, engine) ?? syntax.fix;
  }
  if (syntax.valid || (syntax.code !== null && ENDING_CODES.has(syntax.code))) {
    return typoFix(trimmed, syntax, options, engine);
  }
  return null;
}

/**
 * The typo engine's correction, kept only when it holds its promise: valid, same local part,
 * a different address. A failure in the engine means no suggestion, never a failed check.
 */
function typoFix(
  address: string,
  syntax: SyntaxResult,
  options: SyntaxOptions,
  engine: Engine,
): string | null {
  // Both are known here: the address is valid, or invalid only in its ending.
  if (syntax.local === null || syntax.domain === null) return null;
  let full: string;
  try {
    const found = engine(address, syntax.local, syntax.domain, syntax.valid);
    if (found === null) return null;
    full = found.full;
  } catch {
    return null;
  }
  const suggested = checkSyntax(full, options);
  if (!suggested.valid || suggested.local !== syntax.local) return null;
  if (full === address || suggested.normalized === syntax.normalized) return null;
  return full;
}
