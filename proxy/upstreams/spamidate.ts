import { z } from 'zod';
import { suggest } from '../../core/suggest.js';
import {
  notRun,
  severityFor,
  type Check,
  type Verdict,
  type VerdictResult,
} from '../../core/verdict.js';
import { ran } from './checks.js';
import {
  identifier,
  kindForStatus,
  requestJson,
  resolveHttpOptions,
  type HttpUpstreamOptions,
  type UpstreamAnswer,
} from './http.js';
import { readRateLimit, retryAfterMs, type UpstreamRateLimit } from './rate-limit.js';
import { UpstreamError, type Upstream } from './types.js';

/** Options of the spamidate adapter. */
export type SpamidateOptions = HttpUpstreamOptions;

const NAME = 'spamidate';

const checkAnswer = z.object({
  passed: z.boolean().nullable(),
  check: z.string().optional(),
  message: z.string(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/** The documented answer of `POST /validate`. */
const answerSchema = z.object({
  isValid: z.boolean(),
  email: z.string(),
  score: z.number().min(0).max(100),
  severity: z.enum(['valid', 'warning', 'invalid']),
  checks: z.object({
    syntax: checkAnswer,
    domain: checkAnswer,
    disposable: checkAnswer,
    roleBased: checkAnswer,
    smtp: checkAnswer,
    catchAll: checkAnswer,
  }),
  recommendations: z.array(z.string()).default([]),
  metadata: z.looseObject({ processingTime: z.number().optional() }).optional(),
});
type Answer = z.infer<typeof answerSchema>;

const errorSchema = z.looseObject({
  error: z.string().optional(),
  message: z.string().optional(),
  field: z.string().optional(),
  retryAfter: z.number().optional(),
  requestId: z.string().optional(),
});

function toCheck(answer: z.infer<typeof checkAnswer>): Check {
  return ran(answer.passed, answer.message, answer.metadata ? { metadata: answer.metadata } : {});
}

/**
 * The result as PRODUCT.md defines it, from spamidate's checks: undeliverable when the syntax,
 * the domain or the mailbox failed; risky when mail may arrive but the domain is catch-all or the
 * address disposable or role-based; deliverable when the mailbox was accepted; else unknown.
 */
export function spamidateResult(checks: Answer['checks']): VerdictResult {
  if (
    checks.syntax.passed === false ||
    checks.domain.passed === false ||
    checks.smtp.passed === false
  ) {
    return 'undeliverable';
  }
  if (
    checks.catchAll.passed === false ||
    checks.disposable.passed === false ||
    checks.roleBased.passed === false
  ) {
    return 'risky';
  }
  return checks.smtp.passed === true ? 'deliverable' : 'unknown';
}

/** Turns spamidate's answer into the one verdict. */
export function spamidateVerdict(answer: Answer): Verdict {
  const score = Math.round(answer.score);
  const failed = Object.values(answer.checks)
    .filter((check) => check.passed === false)
    .map((check) => check.message);
  return {
    email: answer.email,
    result: spamidateResult(answer.checks),
    score,
    severity: severityFor(score),
    suggestion: suggest(answer.email)?.full ?? null,
    checks: {
      syntax: toCheck(answer.checks.syntax),
      domain: toCheck(answer.checks.domain),
      disposable: toCheck(answer.checks.disposable),
      roleBased: toCheck(answer.checks.roleBased),
      freeProvider: notRun('Not reported by spamidate'),
      smtp: toCheck(answer.checks.smtp),
      catchAll: toCheck(answer.checks.catchAll),
    },
    reasons: [...new Set([...failed, ...answer.recommendations])],
    source: NAME,
    cached: false,
  };
}

// The upstream's own message text is left out on purpose: it may quote the address.
function failure(answer: UpstreamAnswer): UpstreamError {
  const parsed = errorSchema.safeParse(answer.body);
  const body = parsed.success ? parsed.data : {};
  const kind = kindForStatus(answer.status);
  const fieldName = identifier(body.field);
  const requestId = identifier(body.requestId);
  const field = fieldName ? ` (field ${fieldName})` : '';
  const request = requestId ? ` (request ${requestId})` : '';
  const messages: Record<string, string> = {
    auth: `${NAME} refused our API key (${answer.status}); check SPAMIDATE_API_KEY.`,
    rate_limited: `${NAME} is rate limiting us (429).`,
  };
  return new UpstreamError(
    kind,
    messages[kind] ?? `${NAME} answered ${answer.status}${field}${request}.`,
    {
      upstream: NAME,
      status: answer.status,
      ...(kind === 'rate_limited'
        ? { retryAfterMs: retryAfterMs(body.retryAfter, answer.headers) }
        : {}),
    },
  );
}

/**
 * The hosted "spamidate" API: `POST {baseUrl}/validate`. It reports no free-provider check (that
 * check is `null`) and no typo suggestion (ours comes from core `suggest`).
 */
export function createSpamidateUpstream(options: SpamidateOptions): Upstream {
  const http = resolveHttpOptions(NAME, options);
  let lastRateLimit: UpstreamRateLimit | undefined;

  return {
    name: NAME,
    async validate(email, call) {
      const answer = await requestJson(NAME, http, '/validate', {
        method: 'POST',
        body: {
          email,
          options: { quickMode: call.quickMode ?? false, skipCatchAll: call.skipCatchAll ?? false },
        },
        signal: call.signal,
      });
      lastRateLimit = readRateLimit(answer.headers) ?? lastRateLimit;
      if (answer.status !== 200) throw failure(answer);
      if (!answer.json) {
        throw new UpstreamError('bad_response', `${NAME} answered with a body that is not JSON.`, {
          upstream: NAME,
          status: answer.status,
        });
      }
      const parsed = answerSchema.safeParse(answer.body);
      if (!parsed.success) {
        const where = parsed.error.issues[0]?.path.join('.') || 'body';
        throw new UpstreamError(
          'bad_response',
          `${NAME} answered JSON of an unexpected shape (at ${where}).`,
          {
            upstream: NAME,
            status: answer.status,
          },
        );
      }
      return spamidateVerdict(parsed.data);
    },
    rateLimit: () => lastRateLimit,
    async ready(signal) {
      // spamidate has no free health route; any HTTP answer below 500 shows it is up and costs
      // nothing (an unauthenticated GET is refused before any work).
      try {
        const response = await http.fetch(http.baseUrl, {
          method: 'GET',
          signal,
          redirect: 'manual',
        });
        await response.body?.cancel();
        return response.status < 500;
      } catch {
        return false;
      }
    },
  };
}
