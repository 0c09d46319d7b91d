// @ts-check
// A fake of the proxy's POST /v1/validate that speaks PRODUCT.md's contract, for the browser
// tests (as web-test-runner middleware) and the widget benchmark (as a node:http handler).
// The local part of the address picks the answer, so each test asks for what it needs:
//   undeliverable@…  risky-disposable@…  risky-role@…  risky-catchall@…  risky@…  unknown@…
//   slow@… (answers after 1500 ms)  error500@… (500 error envelope)  garbage@… (200, not a verdict)
//   anything else: deliverable. A typo domain (gmial.com) comes back with a suggestion.
// GET {base}/stats gives { requests, aborted, emails }; POST {base}/reset zeroes it.

export const fakeBase = '/__fake';
export const fakeEndpoint = `${fakeBase}/v1/validate`;
export const fakePublicKey = 'pk_test_widget';

const stats = { requests: 0, aborted: 0, /** @type {string[]} */ emails: [] };

/** @param {boolean | null} passed @param {string} message */
const check = (passed, message) => ({ passed, message });

/**
 * The verdict the fake returns for an address, following the local part's instructions.
 * @param {string} email
 */
export function fakeVerdict(email) {
  const normalized = email.trim().toLowerCase();
  const [local = '', domain = ''] = normalized.split('@');
  const kind = local.replace(/\+.*$/, '');
  const result =
    kind === 'undeliverable'
      ? 'undeliverable'
      : kind.startsWith('risky')
        ? 'risky'
        : kind === 'unknown'
          ? 'unknown'
          : 'deliverable';
  const score = { deliverable: 95, risky: 55, unknown: 50, undeliverable: 5 }[result];
  const flag = (/** @type {string} */ name, /** @type {string} */ message) =>
    kind === `risky-${name}` ? check(false, message) : check(true, `Not ${message.toLowerCase()}`);
  return {
    email: normalized,
    result,
    score,
    severity: score >= 70 ? 'valid' : score >= 40 ? 'warning' : 'invalid',
    suggestion: domain === 'gmial.com' ? `${local}@gmail.com` : null,
    checks: {
      syntax: check(true, 'Well-formed'),
      domain: check(result !== 'undeliverable', 'Domain takes mail'),
      disposable: flag('disposable', 'Disposable'),
      roleBased: flag('role', 'Role-based'),
      freeProvider: check(true, 'Not a free provider'),
      smtp: check(result === 'deliverable' ? true : null, 'Mailbox'),
      catchAll: flag('catchall', 'Catch-all'),
    },
    reasons: [`fake: ${result}`],
    source: 'test',
    cached: false,
  };
}

/**
 * Answers one request. Returns undefined when the path is not the fake's.
 * @param {{ method: string, path: string, headers: Record<string, string | string[] | undefined>,
 *   body: () => Promise<string>, closed: () => boolean }} request
 * @returns {Promise<{ status: number, body: unknown } | undefined>}
 */
export async function answer(request) {
  const { method, path } = request;
  if (path === `${fakeBase}/stats` && method === 'GET') return { status: 200, body: stats };
  if (path === `${fakeBase}/reset` && method === 'POST') {
    Object.assign(stats, { requests: 0, aborted: 0, emails: [] });
    return { status: 200, body: stats };
  }
  if (path !== fakeEndpoint) return undefined;
  if (method !== 'POST') return error(404, 'not_found', 'Only POST is served here.');
  stats.requests++;
  if (request.headers['x-api-key'] !== fakePublicKey) {
    return error(401, 'unauthorized', 'Missing or unknown key.');
  }
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(await request.body());
  } catch {
    return error(400, 'invalid_json', 'The body is not JSON.');
  }
  const email = /** @type {{ email?: unknown }} */ (parsed)?.email;
  if (typeof email !== 'string') return error(400, 'bad_request', 'email is required.', 'email');
  stats.emails.push(email);
  const kind = email.split('@')[0]?.toLowerCase();
  if (kind === 'slow') {
    const deadline = Date.now() + 1500;
    while (Date.now() < deadline) {
      if (request.closed()) {
        stats.aborted++;
        return { status: 499, body: null };
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  if (kind === 'error500') return error(500, 'internal', 'Something broke.');
  if (kind === 'garbage') return { status: 200, body: { status: 'success', data: { email } } };
  // Like the proxy, the token records whether the person kept the address despite a warning.
  const kept = /** @type {{ options?: { acceptWarning?: unknown } }} */ (parsed)?.options
    ?.acceptWarning;
  return {
    status: 200,
    body: {
      status: 'success',
      data: fakeVerdict(email),
      token: `tok.${email}${kept === true ? '.kept' : ''}`,
    },
  };
}

/**
 * @param {number} status @param {string} code @param {string} message @param {string} [field]
 */
function error(status, code, message, field) {
  return {
    status,
    body: { status: 'error', error: { code, message, ...(field ? { field } : {}) } },
  };
}

/** @param {import('node:http').IncomingMessage} req */
const readBody = (req) =>
  new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * Adapts `answer` to a node:http request; resolves true when it answered.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export async function handleNode(req, res) {
  let closed = false;
  res.on('close', () => {
    if (!res.writableFinished) closed = true;
  });
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const result = await answer({
    method: req.method ?? 'GET',
    path: url.pathname,
    headers: req.headers,
    body: () => /** @type {Promise<string>} */ (readBody(req)),
    closed: () => closed,
  });
  if (!result) return false;
  if (closed) return true;
  res.writeHead(result.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(result.body));
  return true;
}

/**
 * The same fake as web-test-runner (Koa) middleware.
 * @type {import('@web/dev-server-core').Middleware}
 */
export async function fakeEndpointMiddleware(ctx, next) {
  if (!ctx.path.startsWith(fakeBase)) return next();
  const handled = await handleNode(ctx.req, ctx.res);
  if (handled) ctx.respond = false;
  else await next();
}
