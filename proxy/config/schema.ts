import { isIP } from 'node:net';
import { z } from 'zod';
import { pipelineOptionsSchema } from '../pipeline/index.js';

/**
 * The proxy's configuration: the JSON file named by EMAIL_CHECK_CONFIG, or the object a site
 * passes to `createApp`. Every object is strict, so a misspelt property fails at start-up with a
 * "did you mean" (see ./errors.ts). Secrets (upstream API keys, the token secret) are accepted
 * here only from code; the file loader refuses them and reads them from the environment.
 */

/** Scopes a key can hold. Public keys may only ever hold `validate`. */
export const scopeNames = [
  'validate',
  'bulk',
  'verify',
  'credits',
  'enrich',
  'force_refresh',
  'metrics',
] as const;
export const scopeSchema = z.enum(scopeNames);
export type Scope = z.infer<typeof scopeSchema>;

/** Everything a secret key may do unless its `scopes` narrow it. */
export const secretKeyDefaultScopes: readonly Scope[] = scopeNames;

/** A CIDR block (`10.0.0.0/8`, `2001:db8::/32`) or a single address. */
export const cidrSchema = z.string().refine(
  (value) => {
    const [address = '', prefix, ...rest] = value.split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    if (!/^\d{1,3}$/.test(prefix)) return false;
    return Number(prefix) <= (version === 4 ? 32 : 128);
  },
  {
    message: 'expected an IPv4 or IPv6 address or CIDR block, like "10.0.0.0/8" or "2001:db8::/32"',
  },
);

/** `https://shop.example.com`, `http://localhost:8787` or `https://*.example.com`. */
export const originSchema = z.string().refine(
  (value) => {
    const match = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.exec(value);
    return match !== null && !value.endsWith('.');
  },
  {
    message:
      'expected an origin like "https://shop.example.com" or "https://*.example.com" (scheme, host, optional port; no path)',
  },
);

export const windowSchema = z
  .object({
    /** Requests allowed per window. */
    limit: z.number().int().positive(),
    /** Window length in milliseconds. Default 60 000. */
    windowMs: z.number().int().positive().default(60_000),
  })
  .strict();
export type RateWindow = z.output<typeof windowSchema>;

export const rateLimitSchema = z
  .object({
    /** Per client IP (IPv6 grouped by `ipv6Prefix`), per key. */
    perIp: windowSchema.optional(),
    /** For the key as a whole, across every client. */
    perKey: windowSchema.optional(),
  })
  .strict();

export const ipRulesSchema = z
  .object({
    /** When set, only these blocks may use the key. */
    allow: z.array(cidrSchema).optional(),
    /** These blocks may never use the key (checked before `allow`). */
    deny: z.array(cidrSchema).optional(),
  })
  .strict();

export const keySchema = z
  .object({
    /** The key itself: `pk_live_…`, `pk_test_…` or `sk_live_…`, then 16 to 248 characters. */
    key: z
      .string()
      .regex(
        /^(pk_live|pk_test|sk_live)_[A-Za-z0-9_-]{16,248}$/,
        'expected "pk_live_", "pk_test_" or "sk_live_" followed by 16 to 248 letters, digits, "-" or "_"',
      ),
    /** A short name for logs, metrics and verdict tokens. Default: derived from a hash of the key. */
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1-64 letters, digits, ".", "-" or "_"')
      .optional(),
    /** Default `["validate"]` for public keys, every scope for secret keys. */
    scopes: z.array(scopeSchema).optional(),
    /** Browser origins allowed to use a public key. Required for `pk_live_` keys. */
    origins: z.array(originSchema).optional(),
    ip: ipRulesSchema.optional(),
    rateLimit: rateLimitSchema.optional(),
    /** Which upstream answers this key (`pk_test_` keys always use `test`). Default `defaultUpstream`. */
    upstream: z.enum(['local', 'spamidate', 'xmagnet']).optional(),
  })
  .strict();
export type KeyConfig = z.output<typeof keySchema>;

export const hostedUpstreamSchema = z
  .object({
    /** The API's base URL, e.g. `https://api.spamidate.example`. */
    baseUrl: z.url({ protocol: /^https?$/ }),
    /** The API's secret key. From code only; the file loader takes it from the environment. */
    apiKey: z.string().min(1).optional(),
  })
  .strict();

/** Options that exist in the file as well as in code. */
export const fileConfigSchema = z
  .object({
    /** Keys browsers and servers present. Without any, no request is served. */
    keys: z.array(keySchema).default([]),
    /** The hosted APIs to forward to; the local pipeline and the test upstream always exist. */
    upstreams: z
      .object({
        spamidate: hostedUpstreamSchema.optional(),
        xmagnet: hostedUpstreamSchema.optional(),
      })
      .strict()
      .default({}),
    /** Upstream for keys that name none. Default `local`. */
    defaultUpstream: z.enum(['local', 'spamidate', 'xmagnet']).default('local'),
    /**
     * Express `trust proxy`: how many reverse-proxy hops to trust (a number) or which proxy
     * addresses (CIDR list). Never `true`: that would let any client choose its IP. Default 0.
     */
    trustProxy: z.union([z.number().int().min(0).max(10), z.array(cidrSchema).min(1)]).default(0),
    /** IPv6 clients share one per-IP limit per prefix of this length. Default 56. */
    ipv6Prefix: z.number().int().min(32).max(128).default(56),
    /** Limits for keys that set none. */
    rateLimit: z
      .object({
        public: rateLimitSchema.default({
          perIp: { limit: 60, windowMs: 60_000 },
          perKey: { limit: 6_000, windowMs: 60_000 },
        }),
        secret: rateLimitSchema.default({ perKey: { limit: 6_000, windowMs: 60_000 } }),
      })
      .strict()
      .default({
        public: {
          perIp: { limit: 60, windowMs: 60_000 },
          perKey: { limit: 6_000, windowMs: 60_000 },
        },
        secret: { perKey: { limit: 6_000, windowMs: 60_000 } },
      }),
    cache: z
      .object({
        /** Verdicts kept in memory (ignored with Redis). Default 10 000. */
        maxEntries: z.number().int().positive().default(10_000),
        /** Time to live per result, in milliseconds; unset results keep the service's defaults. */
        ttlMs: z
          .object({
            deliverable: z.number().int().positive().optional(),
            undeliverable: z.number().int().positive().optional(),
            risky: z.number().int().positive().optional(),
            unknown: z.number().int().positive().optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({ maxEntries: 10_000 }),
    /** Deadlines of one verdict, in milliseconds. */
    deadlines: z
      .object({
        /** For public-key callers, who get `unknown` when it passes. Default 3 000. */
        publicMs: z.number().int().positive().default(3_000),
        /** For secret-key callers, who get 504 when it passes. Default 10 000. */
        secretMs: z.number().int().positive().default(10_000),
      })
      .strict()
      .default({ publicMs: 3_000, secretMs: 10_000 }),
    /** Upstream retries after the first attempt, inside the deadline. Service default when unset. */
    retries: z.number().int().min(0).max(5).optional(),
    breaker: z
      .object({
        failureThreshold: z.number().int().positive(),
        resetMs: z.number().int().positive(),
      })
      .strict()
      .optional(),
    tokens: z
      .object({
        /** How long a verdict token stays valid, in milliseconds. Default 30 minutes. */
        ttlMs: z
          .number()
          .int()
          .positive()
          .default(30 * 60_000),
      })
      .strict()
      .default({ ttlMs: 30 * 60_000 }),
    /** Addresses per bulk request. Default and maximum 500. */
    bulkMax: z.number().int().positive().max(500).default(500),
    /** Where the built widget bundle lives. Default: dist/bundle of this package. */
    bundleDir: z.string().optional(),
    /** Options of the local pipeline. */
    pipeline: pipelineOptionsSchema.optional(),
    log: z
      .object({
        level: z
          .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
          .default('info'),
      })
      .strict()
      .default({ level: 'info' }),
  })
  .strict();

/** What `createApp` accepts: the file's options plus what only code or the environment gives. */
export const appConfigSchema = fileConfigSchema
  .extend({
    /** Signs verdict tokens; at least 32 characters. Generated per app (with a warning) when unset. */
    tokenSecret: z.string().min(32, 'a token secret needs at least 32 characters').optional(),
    /** Bearer token that may read /metrics besides secret keys with the `metrics` scope. */
    metricsToken: z.string().min(16, 'a metrics token needs at least 16 characters').optional(),
    /** `redis://…`: verdict cache and rate-limit counters shared by every proxy. */
    redisUrl: z.url({ protocol: /^rediss?$/ }).optional(),
    /** Prefix of every Redis key this app writes. Default `email-check:`. */
    redisPrefix: z.string().default('email-check:'),
  })
  .strict();

export type AppConfigInput = z.input<typeof appConfigSchema>;
export type AppConfig = z.output<typeof appConfigSchema>;
export type FileConfig = z.input<typeof fileConfigSchema>;
