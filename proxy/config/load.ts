import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { generateKey } from '../keys/generate.js';
import { ConfigError, dottedPath, parseOrThrow } from './errors.js';
import { fileConfigSchema, type AppConfigInput, type FileConfig } from './schema.js';

/** Property names that hold secrets: never accepted from the file. */
const secretFields: Record<string, string> = {
  apiKey: 'set SPAMIDATE_API_KEY / XMAGNET_API_KEY in the environment',
  api_key: 'set SPAMIDATE_API_KEY / XMAGNET_API_KEY in the environment',
  secret: 'secrets come from the environment',
  password: 'secrets come from the environment',
  tokenSecret: 'set EMAIL_CHECK_TOKEN_SECRET in the environment',
  metricsToken: 'set EMAIL_CHECK_METRICS_TOKEN in the environment',
  redisUrl: 'set REDIS_URL in the environment (it may hold a password)',
};

function findSecrets(value: unknown, path: (string | number)[], found: string[]): void {
  if (Array.isArray(value))
    value.forEach((item, index) => findSecrets(item, [...path, index], found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const help = Object.hasOwn(secretFields, key) ? secretFields[key] : undefined;
      if (help) found.push(`${dottedPath([...path, key])}: secrets never go in the file; ${help}.`);
      else findSecrets(child, [...path, key], found);
    }
  }
}

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'expected a port number')
    .transform(Number)
    .refine((port) => port <= 65_535, 'expected a port number up to 65535')
    .default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  EMAIL_CHECK_CONFIG: z.string().min(1).optional(),
  EMAIL_CHECK_TOKEN_SECRET: z
    .string()
    .min(32, 'needs at least 32 characters; `email-check keys` makes one')
    .optional(),
  EMAIL_CHECK_METRICS_TOKEN: z.string().min(16, 'needs at least 16 characters').optional(),
  REDIS_URL: z.string().optional(),
  SPAMIDATE_API_KEY: z.string().optional(),
  XMAGNET_API_KEY: z.string().optional(),
});

/** What the standalone server runs with. */
export interface LoadedConfig {
  /** Passed to `createApp`. */
  app: AppConfigInput;
  port: number;
  host: string;
  /** Keys made up for this start (no config file): printed, never written anywhere. */
  generatedKeys: { test: string; live: string } | null;
  /** Things the operator should know (printed at start-up). */
  warnings: string[];
}

/**
 * Reads the configuration once at start-up: the JSON file named by EMAIL_CHECK_CONFIG (if any)
 * and the environment. Secrets come only from the environment. Without a file, the proxy runs on
 * the local pipeline with a generated `pk_test_` key and a `pk_live_` key bound to its own
 * origins. Throws ConfigError with one line per problem.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): LoadedConfig {
  const vars = parseOrThrow(envSchema, env, 'environment');
  const warnings: string[] = [];
  let file: FileConfig = {};
  let generatedKeys: LoadedConfig['generatedKeys'] = null;
  if (vars.EMAIL_CHECK_CONFIG) {
    let text: string;
    try {
      text = readFile(vars.EMAIL_CHECK_CONFIG);
    } catch (error) {
      throw new ConfigError(
        `Cannot read EMAIL_CHECK_CONFIG (${vars.EMAIL_CHECK_CONFIG}): ${(error as Error).message}`,
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(
        `${vars.EMAIL_CHECK_CONFIG} is not valid JSON: ${(error as Error).message}`,
      );
    }
    const secrets: string[] = [];
    findSecrets(raw, [], secrets);
    if (secrets.length > 0) {
      throw new ConfigError(
        `Invalid configuration (${vars.EMAIL_CHECK_CONFIG}):\n${secrets.map((line) => `  - ${line}`).join('\n')}`,
        secrets,
      );
    }
    file = parseOrThrow(fileConfigSchema, raw, vars.EMAIL_CHECK_CONFIG) as FileConfig;
  } else {
    const test = generateKey('pk_test');
    const live = generateKey('pk_live');
    const origins = [`http://localhost:${vars.PORT}`, `http://127.0.0.1:${vars.PORT}`];
    if (!['127.0.0.1', 'localhost', '0.0.0.0', '::'].includes(vars.HOST)) {
      origins.push(`http://${vars.HOST.includes(':') ? `[${vars.HOST}]` : vars.HOST}:${vars.PORT}`);
    }
    file = {
      keys: [
        { key: test, id: 'demo-test' },
        { key: live, id: 'demo-live', origins },
      ],
    };
    generatedKeys = { test, live };
  }

  const upstreams = { ...file.upstreams };
  for (const [name, variable] of [
    ['spamidate', 'SPAMIDATE_API_KEY'],
    ['xmagnet', 'XMAGNET_API_KEY'],
  ] as const) {
    const upstream = upstreams[name];
    const apiKey = vars[variable];
    if (upstream && !apiKey) {
      throw new ConfigError(
        `upstreams.${name} is configured but ${variable} is not set: export ${variable}=… before starting.`,
      );
    }
    if (upstream && apiKey) upstreams[name] = { ...upstream, apiKey };
  }
  if (!vars.EMAIL_CHECK_TOKEN_SECRET) {
    warnings.push(
      'EMAIL_CHECK_TOKEN_SECRET is not set: verdict tokens are signed with a secret generated for this start, so they stop verifying after a restart and cannot be checked by another process. Run `email-check keys` to make one.',
    );
  }
  return {
    app: {
      ...file,
      upstreams,
      tokenSecret: vars.EMAIL_CHECK_TOKEN_SECRET,
      metricsToken: vars.EMAIL_CHECK_METRICS_TOKEN,
      redisUrl: vars.REDIS_URL || undefined,
    },
    port: vars.PORT,
    host: vars.HOST,
    generatedKeys,
    warnings,
  };
}
