import type { Logger } from 'pino';
import { z } from 'zod';
import { didYouMean } from '../../core/did-you-mean.js';
import type { VerdictResult } from '../../core/verdict.js';
import type { Metrics } from '../metrics.js';
import type { Upstream } from '../upstreams/types.js';
import type { AddressKey } from './cache-key.js';
import type { VerdictStore } from './types.js';

const DAY = 24 * 60 * 60 * 1000;

/** How long each result stays cached, in ms, unless configured otherwise. */
export const defaultTtlMs: Readonly<Record<VerdictResult, number>> = {
  deliverable: 7 * DAY,
  undeliverable: 7 * DAY,
  risky: DAY,
  unknown: 5 * 60 * 1000,
};

export interface VerdictServiceOptions {
  /** The configured upstreams by name (`local`, `spamidate`, `xmagnet`, `test`, …). */
  upstreams: Record<string, Upstream>;
  store: VerdictStore;
  metrics: Metrics;
  logger: Logger;
  /**
   * Time to live per result, in ms; 0 disables caching of that result. Default: deliverable and
   * undeliverable 7 days, risky 1 day, unknown 5 minutes. Fail-open verdicts are never cached.
   */
  ttlMs?: Partial<Record<VerdictResult, number>>;
  /** Retries after a failed attempt (timeout, network, 5xx, 429), inside the deadline. Default 2. */
  retries?: number;
  /** The first retry's backoff in ms, doubled each retry, with jitter. Default 100. */
  backoffMs?: number;
  /** Per-upstream circuit breaker. Default: open after 5 consecutive failures, probe after 30 s. */
  breaker?: { failureThreshold: number; resetMs: number };
  /**
   * Names a normalized address in cache keys by a keyed hash of it. Default: SHA-256 under a
   * random per-process salt. Proxies sharing a Redis store must use the same one (the proxy uses
   * the verdict token's address hash, keyed by the token secret) to share cache entries.
   */
  addressKey?: AddressKey;
  /** Deadline for credits, enrichment and readiness calls, in ms. Default 10 000. */
  deadlineMs?: number;
}

const ms = z.number().int().nonnegative();

const settingsSchema = z
  .object({
    ttlMs: z
      .object({ deliverable: ms, undeliverable: ms, risky: ms, unknown: ms })
      .partial()
      .strict()
      .default({}),
    retries: z.number().int().min(0).max(10).default(2),
    backoffMs: z.number().int().positive().default(100),
    breaker: z
      .object({
        failureThreshold: z.number().int().positive(),
        resetMs: z.number().int().positive(),
      })
      .strict()
      .default({ failureThreshold: 5, resetMs: 30_000 }),
    deadlineMs: z.number().int().positive().default(10_000),
  })
  .strict();

export type VerdictServiceSettings = Omit<z.infer<typeof settingsSchema>, 'ttlMs'> & {
  ttlMs: Record<VerdictResult, number>;
};

/** Checks the options once, at start-up, with messages that name the option at fault. */
export function resolveSettings(options: VerdictServiceOptions): VerdictServiceSettings {
  const names = Object.keys(options.upstreams ?? {});
  if (names.length === 0) throw new TypeError('verdict service: configure at least one upstream.');
  for (const required of ['store', 'metrics', 'logger'] as const) {
    if (!options[required]) throw new TypeError(`verdict service: \`${required}\` is required.`);
  }
  if (options.addressKey !== undefined && typeof options.addressKey !== 'function') {
    throw new TypeError('verdict service: `addressKey` must be a function of the address.');
  }
  const services = new Set(['upstreams', 'store', 'metrics', 'logger', 'addressKey']);
  const rest = Object.fromEntries(Object.entries(options).filter(([key]) => !services.has(key)));
  const parsed = settingsSchema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys') {
      const unknown = issue.keys[0] ?? '';
      const path = [...issue.path, unknown].join('.');
      const known = issue.path.length === 0 ? Object.keys(settingsSchema.shape) : [];
      const near = didYouMean(unknown, known);
      const hint = near ? ` Did you mean \`${near}\`?` : '';
      throw new TypeError(`verdict service: unsupported option \`${path}\`.${hint}`);
    }
    const path = issue?.path.join('.') || 'options';
    throw new TypeError(`verdict service: \`${path}\`: ${issue?.message ?? 'invalid'}.`);
  }
  return { ...parsed.data, ttlMs: { ...defaultTtlMs, ...parsed.data.ttlMs } };
}
