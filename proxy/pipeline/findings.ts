import type { SyntaxResult } from '../../core/syntax.js';
import type { DomainFacts } from './dns.js';
import type { ListFacts } from './lists.js';
import type { SmtpFindings } from './smtp/check.js';

/**
 * Everything the stages found about one address: the input of the verdict model. `null` means
 * the stage did not run (an earlier one settled it, or it is switched off).
 */
export interface Findings {
  /** The address as given. */
  input: string;
  syntax: SyntaxResult;
  /** A full corrected address when the input looks like a typo. */
  suggestion: string | null;
  domain: DomainFacts | null;
  lists: ListFacts | null;
  role: boolean | null;
  smtp: SmtpFindings | null;
  /** Why SMTP did not run, when it did not (`SMTP checks are off`). */
  smtpSkipped: string | null;
  /** The verdict's deadline passed (or the caller aborted) before every stage finished. */
  deadlineReached: boolean;
}
