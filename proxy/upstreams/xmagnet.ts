import { z } from 'zod';
import { severityFor, type Verdict } from '../../core/verdict.js';
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
import { UpstreamError, type Credits, type Upstream } from './types.js';

/** Options of the xmagnet adapter. */
export type XmagnetOptions = HttpUpstreamOptions;

const NAME = 'xmagnet';

const dataSchema = z.object({
  email: z.string(),
  result: z.enum(['deliverable', 'undeliverable', 'risky', 'unknown']),
  score: z.number().min(0).max(100),
  is_free_provider: z.boolean().nullable(),
  is_disposable: z.boolean().nullable(),
  is_role_based: z.boolean().nullable(),
  is_catch_all: z.boolean().nullable(),
  mx_found: z.boolean().nullable(),
  smtp_check: z.boolean().nullable(),
  suggestion: z.string().nullable(),
});
type Data = z.infer<typeof dataSchema>;

const successSchema = z.object({
  status: z.literal('success'),
  data: z.unknown(),
  credits_used: z.number().optional(),
  credits_remaining: z.number().optional(),
});

const errorSchema = z.object({
  status: z.literal('error'),
  error: z.looseObject({
    code: z.string(),
    message: z.string().optional(),
    field: z.string().optional(),
    retry_after: z.number().optional(),
  }),
});

const creditsSchema = z.looseObject({ credits_remaining: z.number() });

const negate = (value: boolean | null) => (value === null ? null : !value);

/** xmagnet's suggestion may be a full address or only a domain; ours is always a full address. */
function fullSuggestion(email: string, suggestion: string | null): string | null {
  if (!suggestion) return null;
  if (suggestion.includes('@')) return suggestion.toLowerCase();
  return `${email.slice(0, email.lastIndexOf('@'))}@${suggestion.toLowerCase()}`;
}

/** Turns xmagnet's `data` into the one verdict; xmagnet's own `result` is kept as it is. */
export function xmagnetVerdict(data: Data): Verdict {
  const score = Math.round(data.score);
  const reasons: string[] = [];
  if (data.mx_found === false) reasons.push('The domain takes no mail');
  if (data.smtp_check === false) reasons.push('The mailbox does not exist');
  if (data.is_disposable) reasons.push('Disposable address');
  if (data.is_role_based) reasons.push('Role-based address');
  if (data.is_catch_all) reasons.push('The domain accepts every address');
  if (data.result === 'unknown') reasons.push('The mailbox could not be checked');
  return {
    email: data.email.toLowerCase(),
    result: data.result,
    score,
    severity: severityFor(score),
    suggestion: fullSuggestion(data.email, data.suggestion),
    checks: {
      // xmagnet reports no syntax check; it only answers well-formed addresses.
      syntax: ran(true, 'Valid syntax'),
      domain: ran(
        data.mx_found,
        data.mx_found === null
          ? 'Not checked'
          : data.mx_found
            ? 'MX records found'
            : 'No MX records',
      ),
      disposable: ran(
        negate(data.is_disposable),
        data.is_disposable ? 'Disposable address' : 'Not disposable',
        { disposable: data.is_disposable },
      ),
      roleBased: ran(
        negate(data.is_role_based),
        data.is_role_based ? 'Role-based address' : 'Personal address',
        { roleBased: data.is_role_based },
      ),
      freeProvider: ran(
        negate(data.is_free_provider),
        data.is_free_provider ? 'Free email provider' : 'Not a free email provider',
        { free: data.is_free_provider },
      ),
      smtp: ran(
        data.smtp_check,
        data.smtp_check === null
          ? 'Mailbox could not be checked'
          : data.smtp_check
            ? 'Mailbox exists'
            : 'Mailbox does not exist',
      ),
      catchAll: ran(
        negate(data.is_catch_all),
        data.is_catch_all === null
          ? 'Not checked'
          : data.is_catch_all
            ? 'Domain is catch-all'
            : 'Domain is not catch-all',
        { catchAll: data.is_catch_all },
      ),
    },
    reasons,
    source: NAME,
    cached: false,
  };
}

// The upstream's own message text is left out on purpose: it may quote the address.
function failure(answer: UpstreamAnswer): UpstreamError {
  const parsed = errorSchema.safeParse(answer.body);
  const error = parsed.success ? parsed.data.error : undefined;
  const kind = kindForStatus(answer.status);
  const codeName = identifier(error?.code);
  const fieldName = identifier(error?.field);
  const code = codeName ? ` ${codeName}` : '';
  const field = fieldName ? ` (field ${fieldName})` : '';
  const messages: Record<string, string> = {
    auth:
      answer.status === 403
        ? `${NAME} refused our API key for this endpoint (403${code}); check XMAGNET_API_KEY's scopes.`
        : `${NAME} refused our API key (401${code}); check XMAGNET_API_KEY.`,
    no_credits: `${NAME} has no credits left on our account (402${code}).`,
    rate_limited: `${NAME} is rate limiting us (429${code}).`,
  };
  return new UpstreamError(
    kind,
    messages[kind] ?? `${NAME} answered ${answer.status}${code}${field}.`,
    {
      upstream: NAME,
      status: answer.status,
      ...(kind === 'rate_limited'
        ? { retryAfterMs: retryAfterMs(error?.retry_after, answer.headers) }
        : {}),
    },
  );
}

function badResponse(status: number, why: string): UpstreamError {
  return new UpstreamError('bad_response', `${NAME} answered ${why}.`, { upstream: NAME, status });
}

/**
 * The hosted "xmagnet" API: validation (`POST /v1/validate/single`), credits (`GET /v1/credits`)
 * and enrichment (`POST /v1/enrich/single`). `forceRefresh` becomes `force_refresh: true`, which
 * bypasses xmagnet's 30-day cache and costs a credit.
 */
export function createXmagnetUpstream(options: XmagnetOptions): Upstream {
  const http = resolveHttpOptions(NAME, options);
  let lastRateLimit: UpstreamRateLimit | undefined;

  /** One call; the `data` of a success, else an `UpstreamError`. */
  async function call(
    path: string,
    init: { method: 'GET' | 'POST'; body?: unknown; signal: AbortSignal },
    onCredits?: (remaining: number) => void,
  ): Promise<unknown> {
    const answer = await requestJson(NAME, http, path, init);
    lastRateLimit = readRateLimit(answer.headers) ?? lastRateLimit;
    if (answer.status !== 200) throw failure(answer);
    if (!answer.json) throw badResponse(answer.status, 'with a body that is not JSON');
    const parsed = successSchema.safeParse(answer.body);
    if (!parsed.success) throw badResponse(answer.status, 'JSON of an unexpected shape');
    if (parsed.data.credits_remaining !== undefined) onCredits?.(parsed.data.credits_remaining);
    return parsed.data.data;
  }

  return {
    name: NAME,
    async validate(email, options) {
      const body: Record<string, unknown> = { email };
      if (options.forceRefresh) body.force_refresh = true;
      const data = await call(
        '/v1/validate/single',
        { method: 'POST', body, signal: options.signal },
        options.onCredits,
      );
      const parsed = dataSchema.safeParse(data);
      if (!parsed.success) {
        const where = parsed.error.issues[0]?.path.join('.') || 'data';
        throw badResponse(200, `JSON of an unexpected shape (at data.${where})`);
      }
      return xmagnetVerdict(parsed.data);
    },
    async credits(signal): Promise<Credits> {
      const data = await call('/v1/credits', { method: 'GET', signal });
      const parsed = creditsSchema.safeParse(data);
      if (!parsed.success) throw badResponse(200, 'credits of an unexpected shape');
      const { credits_remaining: remaining, ...details } = parsed.data;
      return { ...details, remaining };
    },
    async enrich(email, signal) {
      return call('/v1/enrich/single', { method: 'POST', body: { email }, signal });
    },
    rateLimit: () => lastRateLimit,
    async ready(signal) {
      try {
        await call('/v1/credits', { method: 'GET', signal });
        return true;
      } catch (error) {
        // Out of credits is still reachable; the validate path reports it.
        return error instanceof UpstreamError && error.kind === 'no_credits';
      }
    },
  };
}
