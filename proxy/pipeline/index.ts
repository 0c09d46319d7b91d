// PLACEHOLDER: replaced by the local validation pipeline (issue 5). Signatures are the contract.
import { z } from 'zod';
import { checkSyntax } from '../../core/syntax.js';
import { notRun, severityFor, type Verdict } from '../../core/verdict.js';

/** The `pipeline` section of the proxy configuration and the options of `email-check validate`. */
export const pipelineOptionsSchema = z
  .object({
    /** Total deadline for one verdict, in milliseconds. */
    timeoutMs: z.number().int().positive().default(10_000),
  })
  .strict();
export type PipelineOptions = z.input<typeof pipelineOptionsSchema>;

export interface ValidateCallOptions {
  /** Aborts the verdict; whatever was not settled by then is `unknown`. */
  signal?: AbortSignal;
}

export interface Pipeline {
  validate(email: string, options?: ValidateCallOptions): Promise<Verdict>;
  /** Releases sockets, timers and caches. */
  close(): Promise<void>;
}

export function createPipeline(_options: PipelineOptions = {}): Pipeline {
  return {
    async validate(email) {
      const syntax = checkSyntax(email);
      const score = syntax.valid ? 50 : 0;
      return {
        email: syntax.normalized ?? email.trim(),
        result: syntax.valid ? 'unknown' : 'undeliverable',
        score,
        severity: severityFor(score),
        suggestion: null,
        checks: {
          syntax: {
            passed: syntax.valid,
            message: syntax.valid ? 'Valid syntax' : 'Invalid syntax',
          },
          domain: notRun(),
          disposable: notRun(),
          roleBased: notRun(),
          freeProvider: notRun(),
          smtp: notRun(),
          catchAll: notRun(),
        },
        reasons: [],
        source: 'local',
        cached: false,
      };
    },
    async close() {},
  };
}
