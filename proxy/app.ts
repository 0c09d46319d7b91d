import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { appConfigSchema, type AppConfig, type AppConfigInput } from './config/schema.js';
import { parseOrThrow } from './config/errors.js';
import { generateSecret } from './keys/generate.js';
import { createKeyRing } from './keys/key-ring.js';
import { resolveKeys } from './keys/resolve.js';
import { createLogger } from './logging.js';
import { createMetrics, type Metrics } from './metrics.js';
import { authenticate } from './middleware/authenticate.js';
import { compose } from './middleware/compose.js';
import { cors } from './middleware/cors.js';
import { errorHandler } from './middleware/error-handler.js';
import { ipRules } from './middleware/ip-rules.js';
import { jsonBody } from './middleware/json-body.js';
import { notFound } from './middleware/not-found.js';
import { originCheck } from './middleware/origin-check.js';
import { rateLimit } from './middleware/rate-limit.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { requireScope } from './middleware/require-scope.js';
import { securityHeaders } from './middleware/security-headers.js';
import { validateBody } from './middleware/validate-body.js';
import { openApiDocument } from './openapi.js';
import { createPipeline } from './pipeline/index.js';
import { createMemoryRateLimitStore } from './rate-limit/memory-store.js';
import { createRedisRateLimitStore } from './rate-limit/redis-store.js';
import { bulkRoute } from './routes/bulk.js';
import { bundleFiles, bundleRoute, defaultBundleDir } from './routes/bundle.js';
import { creditsRoute } from './routes/credits.js';
import { enrichRoute } from './routes/enrich.js';
import { healthRoute, readyRoute } from './routes/health.js';
import { metricsRoute, metricsTokenBypass } from './routes/metrics.js';
import { tokenVerifyRoute } from './routes/token-verify.js';
import { addressHash } from './tokens/claims.js';
import { validateRoute } from './routes/validate.js';
import {
  bulkRequestSchema,
  enrichRequestSchema,
  tokenVerifyRequestSchema,
  validateRequestSchema,
} from './schemas.js';
import { createLocalUpstream } from './upstreams/local.js';
import { createSpamidateUpstream } from './upstreams/spamidate.js';
import { createTestUpstream } from './upstreams/test.js';
import type { Upstream } from './upstreams/types.js';
import { createXmagnetUpstream } from './upstreams/xmagnet.js';
import { createMemoryStore } from './verdicts/memory-store.js';
import { createRedisStore } from './verdicts/redis-store.js';
import { createVerdictService } from './verdicts/service.js';
import { ConfigError } from './config/errors.js';

/** Bodies of single-address routes: an address and a few options fit in far less. */
const smallBodyLimit = 8 * 1024;
/** Bulk bodies: 500 addresses of up to 320 characters, as the hosted APIs allow. */
const bulkBodyLimit = 1024 * 1024;

/** Things a host application or a test may hand in instead of the defaults. */
export interface AppDependencies {
  /** Where log lines go. Default: a pino logger on stdout at `config.log.level`. */
  logger?: Logger;
  /** Default: a fresh registry per app. */
  metrics?: Metrics;
}

/** The Express app, plus `close()` to release its stores, upstream sockets and timers. */
export type EmailCheckApp = Express & {
  /** Releases Redis connections, caches and timers. Call after the HTTP server has closed. */
  close(): Promise<void>;
  /** The configuration after validation and defaults. */
  readonly emailCheckConfig: AppConfig;
};

/**
 * The proxy as an Express 5 app. Run it standalone (`email-check serve`) or mount it into a site:
 * `site.use('/email-check', createApp(config))`. Configuration is validated here, once; mistakes
 * throw ConfigError with a message that says what to fix. Nothing is global: two apps in one
 * process share no keys, counters, caches or metrics.
 */
export function createApp(input: AppConfigInput = {}, deps: AppDependencies = {}): EmailCheckApp {
  const config = parseOrThrow(appConfigSchema, input, 'createApp');
  const keys = resolveKeys(config);
  const logger = deps.logger ?? createLogger(config.log.level);
  const metrics = deps.metrics ?? createMetrics();
  let tokenSecret = config.tokenSecret;
  if (!tokenSecret) {
    tokenSecret = generateSecret();
    logger.warn(
      'no token secret configured (EMAIL_CHECK_TOKEN_SECRET): verdict tokens use one generated for this start',
    );
  }

  const upstreams: Record<string, Upstream> = {
    local: createLocalUpstream(createPipeline(config.pipeline ?? {})),
    test: createTestUpstream(),
  };
  for (const [name, create] of [
    ['spamidate', createSpamidateUpstream],
    ['xmagnet', createXmagnetUpstream],
  ] as const) {
    const hosted = config.upstreams[name];
    if (!hosted) continue;
    if (!hosted.apiKey) {
      throw new ConfigError(
        `upstreams.${name}.apiKey is missing: pass it from the environment (${name.toUpperCase()}_API_KEY).`,
      );
    }
    upstreams[name] = create({ baseUrl: hosted.baseUrl, apiKey: hosted.apiKey });
  }
  const store = config.redisUrl
    ? createRedisStore({ url: config.redisUrl, prefix: `${config.redisPrefix}verdict:`, logger })
    : createMemoryStore({ maxEntries: config.cache.maxEntries });
  const service = createVerdictService({
    upstreams,
    store,
    metrics,
    logger,
    // The verdict token's address hash names addresses in the cache too, so each request hashes
    // its address once; proxies sharing Redis share cache entries when they share the secret.
    addressKey: (email) => addressHash(email, tokenSecret, true),
    ...(config.cache.ttlMs ? { ttlMs: config.cache.ttlMs } : {}),
    ...(config.retries !== undefined ? { retries: config.retries } : {}),
    ...(config.breaker ? { breaker: config.breaker } : {}),
  });
  const limitStore = config.redisUrl
    ? createRedisRateLimitStore({
        url: config.redisUrl,
        prefix: `${config.redisPrefix}rl:`,
        logger,
      })
    : createMemoryRateLimitStore();

  const verdictDeps = {
    service,
    tokenSecret,
    tokenTtlMs: config.tokens.ttlMs,
    deadlines: config.deadlines,
  };
  const keyed = compose(
    cors({ keys }),
    authenticate({ keyRing: createKeyRing(keys) }),
    rateLimit({ store: limitStore, ipv6Prefix: config.ipv6Prefix, metrics }),
    originCheck(),
    ipRules(),
  );
  const small = jsonBody({ limit: smallBodyLimit });

  const app = express() as EmailCheckApp;
  // A hop count or a subnet list; `true` would let any client pick its IP in X-Forwarded-For.
  app.set('trust proxy', config.trustProxy === 0 ? false : config.trustProxy);
  app.set('x-powered-by', false);
  // Answers to POSTs are never revalidated; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  app.use(compose(requestId(), requestLog({ logger, metrics }), securityHeaders()));
  // The hot path first, so that no other route's pattern is tried on the way to it.
  app.post(
    '/v1/validate',
    compose(keyed, requireScope('validate'), small, validateBody(validateRequestSchema)),
    validateRoute(verdictDeps),
  );

  app.get('/healthz', healthRoute());
  app.get(
    '/readyz',
    readyRoute({
      async checks() {
        const [verdicts, limits] = await Promise.all([service.ready(), limitStore.ping()]);
        return { ...verdicts.checks, rateLimitStore: limits };
      },
    }),
  );
  const document = openApiDocument({ bulkMax: config.bulkMax });
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  const bundle = bundleRoute({ dir: config.bundleDir ?? defaultBundleDir() });
  for (const file of bundleFiles) app.get(`/${file}`, bundle);
  app.get(
    '/metrics',
    metricsTokenBypass({ token: config.metricsToken, metrics }),
    keyed,
    requireScope('metrics'),
    metricsRoute({ metrics }),
  );

  const v1 = express.Router();
  v1.use(keyed);
  v1.post(
    '/validate/bulk',
    requireScope('bulk'),
    jsonBody({ limit: bulkBodyLimit }),
    validateBody(bulkRequestSchema(config.bulkMax)),
    bulkRoute(verdictDeps),
  );
  v1.post(
    '/token/verify',
    requireScope('verify'),
    small,
    validateBody(tokenVerifyRequestSchema),
    tokenVerifyRoute({ tokenSecret }),
  );
  v1.get('/credits', requireScope('credits'), creditsRoute({ service }));
  v1.post(
    '/enrich',
    requireScope('enrich'),
    small,
    validateBody(enrichRequestSchema),
    enrichRoute({ service }),
  );
  app.use('/v1', v1);

  app.use(notFound());
  app.use(errorHandler({ logger }));

  let closing: Promise<void> | undefined;
  Object.assign(app, {
    emailCheckConfig: config,
    close() {
      closing ??= Promise.all([service.close(), limitStore.close()]).then(() => undefined);
      return closing;
    },
  });
  return app;
}
