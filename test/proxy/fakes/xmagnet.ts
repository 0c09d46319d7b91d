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
 * A faithful fake of the hosted "xmagnet" API, from its published documentation:
 * `POST /v1/validate/single` and `/v1/validate/bulk` (at most 500 emails), `GET /v1/credits`,
 * `POST /v1/enrich/single` and `/bulk`; the key in `X-API-Key: xm_live_...` or Bearer, and
 * `xm_test_...` keys get mock data free. Answers `{ status: "success", data, credits_used,
 * credits_remaining }`; errors `{ status: "error", error: { code, message, field?, retry_after? } }`
 * with 400, 401, 402 (no credits), 403 (scope), 429 (RATE_LIMIT_EXCEEDED), 500. Results are
 * cached upstream (30 days): a repeat costs nothing unless `force_refresh: true`. Body limit 1 MB.
 *
 * Its data is derived from the address so tests can ask for any outcome:
 * - `mx_found` is false for domains ending in `.invalid` or starting with `nomx.`;
 * - disposable, role-based and free-provider from the lists below; catch-all for domains starting
 *   with `catch-all.`;
 * - `smtp_check` is false for locals starting with `nobody`, null for locals starting with
 *   `unknown`;
 * - `suggestion` for the misspelt domains in `typoDomains`.
 */

export const freeDomains = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'];
export const typoDomains: Record<string, string> = {
  'gmial.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'hotmial.com': 'hotmail.com',
  'yaho.com': 'yahoo.com',
};

export type XmagnetScope = 'validate' | 'enrich' | 'credits';

export interface FakeXmagnetOptions {
  /** The only key accepted; by default any `xm_live_` or `xm_test_` key is. */
  apiKey?: string;
  /** Credits the account starts with (default 1000). */
  credits?: number;
  /** Scopes per key; a key not listed has every scope. */
  scopes?: Record<string, XmagnetScope[]>;
  /** Requests per key per window (default 1000 a minute). */
  rateLimit?: { limit: number; windowMs: number };
}

export interface FakeXmagnet extends FakeUpstream {
  /** Credits left on the account. */
  credits: number;
  /** Credits spent so far. */
  readonly creditsUsed: number;
}

const BULK_LIMIT = 500;

function error(status: number, code: string, message: string, extra = {}): FakeAnswer {
  return { status, body: { status: 'error', error: { code, message, ...extra } } };
}

function tooManyRequests(retryAfter: number): FakeAnswer {
  return {
    status: 429,
    headers: { 'Retry-After': String(retryAfter), 'X-RateLimit-Remaining': '0' },
    body: {
      status: 'error',
      error: {
        code: 'RATE_LIMIT_EXCEEDED',
        message: 'Rate limit exceeded',
        retry_after: retryAfter,
      },
    },
  };
}

const noCredits = () =>
  error(402, 'INSUFFICIENT_CREDITS', 'Not enough credits left on this account');
const forbidden = () => error(403, 'FORBIDDEN', 'This API key lacks the scope for this endpoint');
const unauthorized = () => error(401, 'UNAUTHORIZED', 'Invalid or missing API key');

/** The documented `data` of a validation. */
export function xmagnetData(input: string): Record<string, unknown> {
  const email = input.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : '';
  const domain = at > 0 ? email.slice(at + 1) : '';
  const syntaxOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
  const mx = syntaxOk && !domain.endsWith('.invalid') && !domain.startsWith('nomx.');
  const disposable = disposableDomains.includes(domain);
  const role = roleLocals.includes(local);
  const free = freeDomains.includes(domain);
  const catchAll = mx && domain.startsWith('catch-all.');
  const smtp = !mx ? false : local.startsWith('unknown') ? null : !local.startsWith('nobody');
  const typo = typoDomains[domain];

  let result: string;
  let score: number;
  if (!syntaxOk || !mx || smtp === false) [result, score] = ['undeliverable', 5];
  else if (disposable || role || catchAll) [result, score] = ['risky', disposable ? 30 : 60];
  else if (smtp === null) [result, score] = ['unknown', 50];
  else [result, score] = ['deliverable', free ? 90 : 95];

  return {
    email,
    result,
    score,
    is_free_provider: free,
    is_disposable: disposable,
    is_role_based: role,
    is_catch_all: catchAll,
    mx_found: mx,
    smtp_check: smtp,
    suggestion: typo ? `${local}@${typo}` : null,
  };
}

const capitalised = (word: string | undefined) =>
  word ? word.charAt(0).toUpperCase() + word.slice(1) : null;

function enrichData(input: string): Record<string, unknown> {
  const email = input.trim().toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const [first, last] = local.split('.');
  return {
    email,
    first_name: capitalised(first),
    last_name: capitalised(last),
    company: freeDomains.includes(domain) ? null : (domain.split('.')[0] ?? null),
    domain,
  };
}

function emailField(value: unknown, field: string): FakeAnswer | undefined {
  if (typeof value !== 'string' || value === '') {
    return error(400, 'INVALID_REQUEST', 'email is required', { field });
  }
  if (value.length > 254) {
    return error(400, 'INVALID_EMAIL', 'email must be at most 254 characters', { field });
  }
  return undefined;
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startFakeXmagnet(options: FakeXmagnetOptions = {}): Promise<FakeXmagnet> {
  let credits = options.credits ?? 1000;
  let creditsUsed = 0;
  // Per key: addresses already validated, which the vendor serves from its 30-day cache for free.
  const seen = new Map<string, Set<string>>();

  function charge(key: string, cost: number): FakeAnswer | undefined {
    if (key.startsWith('xm_test_') || cost === 0) return undefined;
    if (credits < cost) return noCredits();
    credits -= cost;
    creditsUsed += cost;
    return undefined;
  }

  function success(key: string, data: unknown, cost: number): FakeAnswer {
    const used = key.startsWith('xm_test_') ? 0 : cost;
    return {
      status: 200,
      body: { status: 'success', data, credits_used: used, credits_remaining: credits },
    };
  }

  /** Validation cost: nothing for a cached address unless forced. */
  function validationCost(key: string, email: string, force: boolean): number {
    const cache = seen.get(key) ?? new Set<string>();
    seen.set(key, cache);
    const normalized = email.trim().toLowerCase();
    const cost = force || !cache.has(normalized) ? 1 : 0;
    cache.add(normalized);
    return cost;
  }

  function handle(request: FakeRequest): FakeAnswer {
    const key = request.apiKey;
    const keyOk = options.apiKey
      ? key === options.apiKey
      : key?.startsWith('xm_live_') || key?.startsWith('xm_test_');
    if (!key || !keyOk) return unauthorized();
    const route = `${request.method} ${request.path.split('?')[0]}`;
    const scope: XmagnetScope | undefined = route.startsWith('POST /v1/validate/')
      ? 'validate'
      : route.startsWith('POST /v1/enrich/')
        ? 'enrich'
        : route === 'GET /v1/credits'
          ? 'credits'
          : undefined;
    if (!scope) return error(404, 'NOT_FOUND', 'No such endpoint');
    const scopes = options.scopes?.[key];
    if (scopes && !scopes.includes(scope)) return forbidden();
    if (scope === 'credits') {
      return {
        status: 200,
        body: {
          status: 'success',
          data: { credits_remaining: credits, credits_used: creditsUsed },
        },
      };
    }
    if (request.tooLarge) return error(413, 'PAYLOAD_TOO_LARGE', 'Request body exceeds 1 MB');
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return error(400, 'INVALID_REQUEST', 'Body must be a JSON object');
    }
    const fields = body as Record<string, unknown>;
    const force = fields.force_refresh === true;
    if (fields.force_refresh !== undefined && typeof fields.force_refresh !== 'boolean') {
      return error(400, 'INVALID_REQUEST', 'force_refresh must be a boolean', {
        field: 'force_refresh',
      });
    }

    if (route.endsWith('/single')) {
      const invalid = emailField(fields.email, 'email');
      if (invalid) return invalid;
      const email = fields.email as string;
      const cost = scope === 'validate' ? validationCost(key, email, force) : 1;
      const refused = charge(key, cost);
      if (refused) return refused;
      return success(key, scope === 'validate' ? xmagnetData(email) : enrichData(email), cost);
    }
    if (!route.endsWith('/bulk')) return error(404, 'NOT_FOUND', 'No such endpoint');
    const emails = fields.emails;
    if (!Array.isArray(emails) || emails.length === 0) {
      return error(400, 'INVALID_REQUEST', 'emails must be a non-empty array', { field: 'emails' });
    }
    if (emails.length > BULK_LIMIT) {
      return error(400, 'INVALID_REQUEST', `At most ${BULK_LIMIT} emails per request`, {
        field: 'emails',
      });
    }
    for (const [index, email] of emails.entries()) {
      const invalid = emailField(email, `emails.${index}`);
      if (invalid) return invalid;
    }
    const list = emails as string[];
    const cost =
      scope === 'validate'
        ? list.reduce((sum, email) => sum + validationCost(key, email, force), 0)
        : list.length;
    const refused = charge(key, cost);
    if (refused) return refused;
    return success(key, list.map(scope === 'validate' ? xmagnetData : enrichData), cost);
  }

  function failure(behaviour: Behaviour, _rate: RateWindow): FakeAnswer | undefined {
    switch (behaviour.kind) {
      case 'rate-limited':
        return tooManyRequests(behaviour.retryAfterSeconds ?? 1);
      case 'no-credits':
        return noCredits();
      case 'unauthorized':
        return unauthorized();
      case 'forbidden':
        return forbidden();
      case 'server-error':
        return error(500, 'INTERNAL_ERROR', 'Internal server error', {
          request_id: crypto.randomUUID(),
        });
      default:
        return undefined;
    }
  }

  const fake = await startFakeServer({
    bodyLimit: 1024 * 1024,
    rateLimit: options.rateLimit ?? { limit: 1000, windowMs: 60_000 },
    handle,
    failure,
    exhausted: (rate) => tooManyRequests(Math.max(1, rate.reset - Math.floor(Date.now() / 1000))),
  });

  // defineProperties, not Object.assign: the getters must stay live.
  return Object.defineProperties(fake, {
    credits: {
      get: () => credits,
      set: (value: number) => {
        credits = value;
      },
      enumerable: true,
    },
    creditsUsed: { get: () => creditsUsed, enumerable: true },
  }) as FakeXmagnet;
}
