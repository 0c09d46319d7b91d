import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a fake upstream does with the next call(s), instead of its documented answer. Tests queue
 * these with `next(behaviour, times)` to drive every failure path of an adapter over real HTTP.
 */
export type Behaviour =
  /** Accept the request and never answer (until the fake is closed). */
  | { kind: 'hang' }
  /** Answer 200 with a body that is not JSON. */
  | { kind: 'garbage' }
  /** Answer 200 with JSON of a shape the vendor never documented. */
  | { kind: 'wrong-shape' }
  /** Answer 429 with the vendor's retry information (default 1 second). */
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  /** Answer 402 (xmagnet: out of credits). */
  | { kind: 'no-credits' }
  /** Answer 401 whatever key was sent. */
  | { kind: 'unauthorized' }
  /** Answer 403 (xmagnet: the key lacks the scope). */
  | { kind: 'forbidden' }
  /** Answer 500 with a request id. */
  | { kind: 'server-error' }
  /** Wait `ms`, then answer as documented. */
  | { kind: 'slow'; ms: number }
  /** Drop the connection without answering. */
  | { kind: 'reset' };

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it was not JSON, or `undefined` when empty. */
  body: unknown;
}

/** What every fake upstream offers a test. */
export interface FakeUpstream {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** How many requests arrived (every route, every answer). */
  readonly calls: number;
  /** Every request, oldest first. */
  readonly requests: readonly RecordedRequest[];
  readonly lastRequest: RecordedRequest | undefined;
  /** Queue a behaviour for the next `times` requests (default 1). */
  next(behaviour: Behaviour, times?: number): void;
  /** Forget queued behaviours, recorded requests and rate-limit windows. */
  reset(): void;
  close(): Promise<void>;
}

/** The part of a request a vendor handler works with. */
export interface FakeRequest extends RecordedRequest {
  /** The API key from `X-API-Key` or `Authorization: Bearer`, if any. */
  apiKey: string | undefined;
  /** Set when the body was larger than the vendor's limit. */
  tooLarge: boolean;
}

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeServerOptions {
  /** Largest body read, in bytes; beyond it `tooLarge` is set. */
  bodyLimit: number;
  /** Requests per key per window before 429. */
  rateLimit: { limit: number; windowMs: number };
  /** The vendor's documented answer to a request. */
  handle(request: FakeRequest): FakeAnswer;
  /** The vendor's answer for a queued behaviour that has a status (429, 402, 401, 403, 500). */
  failure(behaviour: Behaviour, rate: RateWindow): FakeAnswer | undefined;
  /** Behaviours the vendor has no documented answer for; `next()` refuses them. */
  unsupported?: readonly Behaviour['kind'][];
  /** The vendor's 429 answer when the real window is exhausted. */
  exhausted(rate: RateWindow): FakeAnswer;
}

export interface RateWindow {
  limit: number;
  remaining: number;
  /** Unix time, in seconds, at which the window resets. */
  reset: number;
}

/** Reads the API key the way both vendors document it: `X-API-Key`, or `Authorization: Bearer`. */
function apiKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const auth = headers.authorization;
  const match = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
  return match?.[1];
}

async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ text: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    else chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), tooLarge };
}

function parse(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Starts a loopback HTTP server that answers as a vendor's handler says, with programmable faults. */
export async function startFakeServer(options: FakeServerOptions): Promise<FakeUpstream> {
  const queue: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  const windows = new Map<string, { start: number; count: number }>();

  function rateWindow(key: string): RateWindow & { exceeded: boolean } {
    const now = Date.now();
    let window = windows.get(key);
    if (!window || now - window.start >= options.rateLimit.windowMs) {
      window = { start: now, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    return {
      limit: options.rateLimit.limit,
      remaining: Math.max(0, options.rateLimit.limit - window.count),
      reset: Math.ceil((window.start + options.rateLimit.windowMs) / 1000),
      exceeded: window.count > options.rateLimit.limit,
    };
  }

  function send(res: ServerResponse, answer: FakeAnswer, rate: RateWindow): void {
    res.statusCode = answer.status;
    res.setHeader('X-RateLimit-Limit', String(rate.limit));
    res.setHeader('X-RateLimit-Remaining', String(rate.remaining));
    res.setHeader('X-RateLimit-Reset', String(rate.reset));
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
    if (typeof answer.body === 'string') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(answer.body);
    } else {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(answer.body));
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { text, tooLarge } = await readBody(req, options.bodyLimit);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: tooLarge ? undefined : parse(text),
    };
    requests.push(recorded);
    const apiKey = apiKeyOf(req.headers);
    const behaviour = queue.shift();
    const rate = rateWindow(apiKey ?? req.socket.remoteAddress ?? '');

    if (behaviour?.kind === 'hang') return; // the socket stays open until close()
    if (behaviour?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (behaviour?.kind === 'garbage') {
      send(res, { status: 200, body: '<html><body>502 Bad Gateway</body></html>' }, rate);
      return;
    }
    if (behaviour?.kind === 'wrong-shape') {
      send(res, { status: 200, body: { ok: true, result: ['unexpected'] } }, rate);
      return;
    }
    if (behaviour?.kind === 'slow')
      await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
    const failure = behaviour ? options.failure(behaviour, rate) : undefined;
    if (failure) {
      send(res, failure, rate);
      return;
    }
    if (rate.exceeded) {
      send(res, options.exhausted(rate), rate);
      return;
    }
    send(res, options.handle({ ...recorded, apiKey, tooLarge }), rate);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get calls() {
      return requests.length;
    },
    requests,
    get lastRequest() {
      return requests.at(-1);
    },
    next(behaviour, times = 1) {
      if (options.unsupported?.includes(behaviour.kind)) {
        throw new Error(`This fake has no documented answer for "${behaviour.kind}".`);
      }
      for (let i = 0; i < times; i++) queue.push(behaviour);
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      windows.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
