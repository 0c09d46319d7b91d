import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import type { Verdict } from '../../../core/verdict.js';
import { createMetrics, type Metrics } from '../../../proxy/metrics.js';
import { UpstreamError } from '../../../proxy/upstreams/types.js';
import { createMemoryStore } from '../../../proxy/verdicts/memory-store.js';
import {
  createVerdictService,
  type VerdictServiceOptions,
} from '../../../proxy/verdicts/service.js';
import type { VerdictRequest, VerdictStore } from '../../../proxy/verdicts/types.js';

/** A real pino logger whose every line lands in `lines` (and `text`, for scanning). */
export function captureLogger(): {
  logger: Logger;
  lines: Record<string, unknown>[];
  text: () => string;
} {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  return {
    logger,
    get lines() {
      return raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

export interface RecordingStore extends VerdictStore {
  /** Every write, oldest first. */
  readonly writes: { key: string; result: Verdict['result']; ttlMs: number }[];
}

/** A memory store that also records what was written and for how long. */
export function recordingStore(
  inner: VerdictStore = createMemoryStore({ maxEntries: 1_000 }),
): RecordingStore {
  const writes: RecordingStore['writes'] = [];
  return {
    writes,
    get: (key) => inner.get(key),
    async set(key, verdict, ttlMs) {
      writes.push({ key, result: verdict.result, ttlMs });
      await inner.set(key, verdict, ttlMs);
    },
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

/** A verdict request with the defaults a secret-key caller would get. */
export function verdictRequest(
  email: string,
  overrides: Partial<VerdictRequest> = {},
): VerdictRequest {
  return {
    email,
    upstream: 'spamidate',
    options: {},
    forceRefresh: false,
    deadlineMs: 3_000,
    failOpen: false,
    ...overrides,
  };
}

/** The current value of a counter or gauge for the given labels (0 when never set). */
export async function metricValue(
  metric: Metrics[keyof Omit<Metrics, 'registry' | 'upstreamLatency'>],
  labels: Record<string, string>,
): Promise<number> {
  const { values } = await metric.get();
  const match = values.find((value) =>
    Object.entries(labels).every(
      ([name, expected]) => (value.labels as Record<string, unknown>)[name] === expected,
    ),
  );
  return match?.value ?? 0;
}

/** How many latency observations the histogram holds for the labels. */
export async function observations(
  metrics: Metrics,
  labels: Record<string, string>,
): Promise<number> {
  const { values } = await metrics.upstreamLatency.get();
  const count = values.find(
    (value) =>
      value.metricName === 'email_check_upstream_duration_seconds_count' &&
      Object.entries(labels).every(
        ([name, expected]) => (value.labels as Record<string, unknown>)[name] === expected,
      ),
  );
  return count?.value ?? 0;
}

export { createMetrics };

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A verdict service over the given upstreams with a recording memory store and a captured log. */
export function serviceOver(
  upstreams: VerdictServiceOptions['upstreams'],
  options: Partial<VerdictServiceOptions> = {},
) {
  const metrics = createMetrics();
  const log = captureLogger();
  const store = recordingStore();
  const service = createVerdictService({
    upstreams,
    store,
    metrics,
    logger: log.logger,
    backoffMs: 10,
    ...options,
  });
  return { service, metrics, log, store };
}

/** The rejection of an answer that must be a rejected promise. */
export async function rejection(answer: unknown): Promise<UpstreamError> {
  const error = await Promise.resolve(answer).then(
    () => new Error('expected a rejection'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof UpstreamError)) throw error;
  return error;
}
