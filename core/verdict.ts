import { z } from 'zod';
import { checkNames, results, severities, type CheckName } from './verdict-values.js';

export { checkNames, type CheckName } from './verdict-values.js';

/**
 * The one verdict shape that the widget, the proxy, the CLI and every upstream adapter speak.
 * Browser code imports only the types from here (`import type`), so zod never reaches the widget
 * bundle; servers validate with the schemas.
 */

/** What the address is worth sending mail to, with the meanings the hosted APIs give them. */
export const resultSchema = z.enum(results);
export type VerdictResult = z.infer<typeof resultSchema>;

/** `valid` for a score of 70 or more, `warning` for 40-69, `invalid` below 40. */
export const severitySchema = z.enum(severities);
export type Severity = z.infer<typeof severitySchema>;

/**
 * One check's outcome. `passed` is `null` when the check did not run (or could not tell);
 * any further fields are that check's details (MX hosts, SMTP reply codes, …).
 */
export const checkSchema = z.looseObject({
  passed: z.boolean().nullable(),
  message: z.string(),
});
export type Check = z.infer<typeof checkSchema>;

export const checksSchema = z.object(
  Object.fromEntries(checkNames.map((name) => [name, checkSchema])) as Record<
    CheckName,
    typeof checkSchema
  >,
);
export type Checks = z.infer<typeof checksSchema>;

/** Which pipeline produced a verdict. */
export const sourceSchema = z.enum(['instant', 'local', 'spamidate', 'xmagnet', 'test']);
export type VerdictSource = z.infer<typeof sourceSchema>;

export const verdictSchema = z.object({
  /** The normalized address the verdict is about. */
  email: z.string(),
  result: resultSchema,
  score: z.number().int().min(0).max(100),
  severity: severitySchema,
  /** A full corrected address when the input looks like a typo, else `null`. */
  suggestion: z.string().nullable(),
  checks: checksSchema,
  /** Short human lines explaining the result, most important first. */
  reasons: z.array(z.string()),
  source: sourceSchema,
  /** Whether the proxy answered from its cache. */
  cached: z.boolean(),
});
export type Verdict = z.infer<typeof verdictSchema>;

/** The severity band a score falls in (PRODUCT.md: >= 70 valid, 40-69 warning, < 40 invalid). */
export function severityFor(score: number): Severity {
  if (score >= 70) return 'valid';
  if (score >= 40) return 'warning';
  return 'invalid';
}

/** A check that did not run. */
export function notRun(message = 'Not checked'): Check {
  return { passed: null, message };
}
