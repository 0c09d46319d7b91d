import { randomUUID } from 'node:crypto';
import {
  startFakeServer,
  type Behaviour,
  type FakeAnswer,
  type FakeRequest,
  type FakeUpstream,
  type RateWindow,
} from './server.js';
import { disposableDomains, roleLocals } from './address-rules.js';

/**
 * A faithful fake of the hosted "spamidate" API, from its published documentation:
 * `POST /validate` with `X-API-Key: sk_live_...` (or Bearer), body `{ email, options: { quickMode,
 * skipCatchAll } }`, email at most 254 characters; answers `isValid`, `email` (lowercased),
 * `score`, `severity`, six `checks`, `recommendations`, `metadata.processingTime`; errors 400
 * `{error, message, field}`, 401, 429 `{retryAfter, limit, remaining, reset}`, 500 `{requestId}`;
 * X-RateLimit-Limit / -Remaining / -Reset on every answer.
 *
 * Its checks are derived from the address so tests can ask for any outcome:
 * - domain fails for domains ending in `.invalid` or starting with `nomx.`;
 * - disposable for the domains in `disposableDomains`; role-based for the locals in `roleLocals`;
 * - the mailbox (smtp) is refused for locals starting with `nobody`, cannot be told for locals
 *   starting with `unknown` (a greylisting server) and is not probed with quickMode;
 * - catch-all for domains starting with `catch-all.` (not run with quickMode or skipCatchAll).
 */

export interface FakeSpamidateOptions {
  /** The only key accepted; by default any `sk_live_` key is. */
  apiKey?: string;
  /** Requests per key per window (default 1000 a minute). */
  rateLimit?: { limit: number; windowMs: number };
}

export type FakeSpamidate = FakeUpstream;

interface CheckAnswer {
  passed: boolean | null;
  check: string;
  message: string;
  metadata: Record<string, unknown>;
}

function check(name: string, passed: boolean | null, message: string, metadata = {}): CheckAnswer {
  return { passed, check: name, message, metadata };
}

function severity(score: number): 'valid' | 'warning' | 'invalid' {
  return score >= 70 ? 'valid' : score >= 40 ? 'warning' : 'invalid';
}

function error(status: number, name: string, message: string, extra = {}): FakeAnswer {
  return { status, body: { error: name, message, ...extra } };
}

function tooManyRequests(rate: RateWindow, retryAfter: number): FakeAnswer {
  return {
    status: 429,
    headers: { 'Retry-After': String(retryAfter), 'X-RateLimit-Remaining': '0' },
    body: {
      error: 'Too Many Requests',
      message: 'Rate limit exceeded',
      retryAfter,
      limit: rate.limit,
      remaining: 0,
      reset: rate.reset,
    },
  };
}

/** The documented answer to a well-formed, authorised `POST /validate`. */
export function spamidateAnswer(
  input: string,
  options: { quickMode?: boolean; skipCatchAll?: boolean },
): Record<string, unknown> {
  const started = process.hrtime.bigint();
  const email = input.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : '';
  const domain = at > 0 ? email.slice(at + 1) : '';
  const syntaxOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
  const domainOk = syntaxOk && !domain.endsWith('.invalid') && !domain.startsWith('nomx.');
  const disposable = disposableDomains.includes(domain);
  const role = roleLocals.includes(local);
  const smtp =
    options.quickMode || local.startsWith('unknown')
      ? null
      : domainOk && !local.startsWith('nobody');
  const catchAll =
    options.quickMode || options.skipCatchAll ? null : domainOk && domain.startsWith('catch-all.');

  let score = 100;
  if (!syntaxOk) score = 0;
  else if (!domainOk) score = 10;
  else if (smtp === false) score = 15;
  else {
    if (disposable) score -= 50;
    if (role) score -= 20;
    if (catchAll) score -= 30;
    if (smtp === null) score -= 10;
  }
  score = Math.max(0, Math.min(100, score));

  const recommendations: string[] = [];
  if (disposable) recommendations.push('Ask for a permanent address');
  if (role) recommendations.push('Ask for a personal address');
  if (catchAll) recommendations.push('The domain accepts every address; delivery is not certain');

  return {
    isValid: syntaxOk && domainOk && smtp !== false,
    email,
    score,
    severity: severity(score),
    checks: {
      syntax: check('syntax', syntaxOk, syntaxOk ? 'Valid email syntax' : 'Invalid email syntax'),
      domain: check(
        'domain',
        domainOk,
        domainOk ? 'Domain has MX records' : 'Domain has no MX records',
        {
          mxRecords: domainOk ? [`mx1.${domain}`] : [],
        },
      ),
      disposable: check(
        'disposable',
        !disposable,
        disposable ? 'Disposable email provider' : 'Not a disposable provider',
      ),
      roleBased: check('roleBased', !role, role ? 'Role-based address' : 'Personal address'),
      smtp: check(
        'smtp',
        smtp,
        smtp === null
          ? 'Mailbox could not be checked'
          : smtp
            ? 'Mailbox exists'
            : 'Mailbox does not exist',
        smtp === false ? { code: 550 } : {},
      ),
      catchAll: check(
        'catchAll',
        catchAll === null ? null : !catchAll,
        catchAll === null
          ? 'Skipped'
          : catchAll
            ? 'Domain is catch-all'
            : 'Domain is not catch-all',
      ),
    },
    recommendations,
    metadata: { processingTime: Number(process.hrtime.bigint() - started) / 1e6 },
  };
}

function handle(request: FakeRequest, apiKey: string | undefined): FakeAnswer {
  const keyOk = apiKey ? request.apiKey === apiKey : request.apiKey?.startsWith('sk_live_');
  if (!keyOk) return error(401, 'Unauthorized', 'Invalid or missing API key');
  if (request.method !== 'POST' || request.path.split('?')[0] !== '/validate') {
    return error(404, 'Not Found', 'No such route');
  }
  if (request.tooLarge) return error(413, 'Payload Too Large', 'Request body too large');
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return error(400, 'Bad Request', 'Body must be a JSON object', { field: 'body' });
  }
  const { email, options = {} } = body as { email?: unknown; options?: unknown };
  if (typeof email !== 'string' || email === '') {
    return error(400, 'Bad Request', 'Email is required', { field: 'email' });
  }
  if (email.length > 254) {
    return error(400, 'Bad Request', 'Email must be at most 254 characters', { field: 'email' });
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return error(400, 'Bad Request', 'Options must be an object', { field: 'options' });
  }
  const { quickMode, skipCatchAll } = options as Record<string, unknown>;
  for (const [field, value] of [
    ['options.quickMode', quickMode],
    ['options.skipCatchAll', skipCatchAll],
  ] as const) {
    if (value !== undefined && typeof value !== 'boolean') {
      return error(400, 'Bad Request', `${field} must be a boolean`, { field });
    }
  }
  const flags = { quickMode: quickMode === true, skipCatchAll: skipCatchAll === true };
  return { status: 200, body: spamidateAnswer(email, flags) };
}

function failure(behaviour: Behaviour, rate: RateWindow): FakeAnswer | undefined {
  switch (behaviour.kind) {
    case 'rate-limited':
      return tooManyRequests(rate, behaviour.retryAfterSeconds ?? 1);
    case 'unauthorized':
      return error(401, 'Unauthorized', 'Invalid or missing API key');
    case 'server-error':
      return error(500, 'Internal Server Error', 'Something went wrong', {
        requestId: randomUUID(),
      });
    default:
      return undefined;
  }
}

/** Starts the fake on 127.0.0.1 on a free port. */
export function startFakeSpamidate(options: FakeSpamidateOptions = {}): Promise<FakeSpamidate> {
  return startFakeServer({
    bodyLimit: 100 * 1024,
    rateLimit: options.rateLimit ?? { limit: 1000, windowMs: 60_000 },
    // The vendor documents neither 402 nor 403.
    unsupported: ['no-credits', 'forbidden'],
    handle: (request) => handle(request, options.apiKey),
    failure,
    exhausted: (rate) =>
      tooManyRequests(rate, Math.max(1, rate.reset - Math.floor(Date.now() / 1000))),
  });
}
