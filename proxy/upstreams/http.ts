import { UpstreamError, type UpstreamErrorKind } from './types.js';

/** What an adapter gets back from one HTTP exchange with its upstream. */
export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when the body was not JSON. */
  body: unknown;
  /** Whether the body parsed as JSON. */
  json: boolean;
}

export interface HttpUpstreamOptions {
  /** The upstream's base address, `http:` or `https:`, without a trailing slash needed. */
  baseUrl: string;
  /** The upstream's secret key: sent in `X-API-Key`, never echoed into a message or a log. */
  apiKey: string;
  /** A `fetch` implementation (default: the global one). */
  fetch?: typeof globalThis.fetch;
}

export interface ResolvedHttpOptions {
  baseUrl: string;
  apiKey: string;
  fetch: typeof globalThis.fetch;
}

/**
 * Checks an HTTP adapter's options once, at start-up. Messages name the fault and never repeat
 * the key itself.
 */
export function resolveHttpOptions(
  upstream: string,
  options: HttpUpstreamOptions,
): ResolvedHttpOptions {
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new TypeError(`${upstream}: baseUrl must be an absolute http(s) URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${upstream}: baseUrl must use http: or https:, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new TypeError(`${upstream}: baseUrl must not carry credentials; pass apiKey instead.`);
  }
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError(`${upstream}: apiKey is required (set it in the environment).`);
  }
  // A header value with control characters or spaces would be refused by fetch per request, or
  // worse, split a header: refuse it once, here.
  if (!/^[\x21-\x7e]+$/.test(options.apiKey)) {
    throw new TypeError(
      `${upstream}: apiKey contains whitespace or characters not allowed in a header.`,
    );
  }
  return {
    baseUrl: url.href.replace(/\/+$/, ''),
    apiKey: options.apiKey,
    fetch: options.fetch ?? globalThis.fetch,
  };
}

/**
 * One JSON exchange. Turns a network failure into `network`, an abort (deadline or client gone)
 * into `timeout`; never throws anything but `UpstreamError`.
 */
export async function requestJson(
  upstream: string,
  options: ResolvedHttpOptions,
  path: string,
  init: { method: 'GET' | 'POST'; body?: unknown; signal: AbortSignal },
): Promise<UpstreamAnswer> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-API-Key': options.apiKey,
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await options.fetch(`${options.baseUrl}${path}`, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      redirect: 'error',
    });
    const text = await response.text();
    let body: unknown;
    let json = false;
    try {
      body = JSON.parse(text) as unknown;
      json = true;
    } catch {
      body = undefined;
    }
    return { status: response.status, headers: response.headers, body, json };
  } catch (error) {
    if (init.signal.aborted) {
      throw new UpstreamError('timeout', `${upstream} did not answer before the deadline.`, {
        upstream,
      });
    }
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    const why = typeof code === 'string' ? ` (${code})` : '';
    throw new UpstreamError('network', `${upstream} could not be reached${why}.`, { upstream });
  }
}

/** The error kind an HTTP status stands for. */
export function kindForStatus(status: number): UpstreamErrorKind {
  if (status === 400 || status === 413 || status === 422) return 'bad_request';
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'no_credits';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'bad_response';
}

/**
 * An identifier from an upstream's error body (a field name, an error code, a request id), kept
 * only when it looks like one: free text there could quote the address.
 */
export function identifier(value: string | undefined): string | undefined {
  return value !== undefined && /^[\w.:-]{1,64}$/.test(value) ? value : undefined;
}
