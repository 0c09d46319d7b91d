import { hostname } from 'node:os';
import { isIP } from 'node:net';
import { z } from 'zod';
import { didYouMean } from '../../core/did-you-mean.js';

/**
 * The pipeline's options: the `pipeline` section of the proxy configuration file and what the
 * `email-check validate` flags build. Every field is optional; the schema holds the defaults.
 */

const ms = (what: string) =>
  z
    .number({ error: `${what} must be a number of milliseconds` })
    .int(`${what} must be a whole number of milliseconds`)
    .positive(`${what} must be more than 0 ms`)
    .max(600_000, `${what} must be at most 600000 ms (10 minutes)`);

/** `1.2.3.4`, `1.2.3.4:5353`, `::1` or `[::1]:5353`: what node:dns `setServers` accepts. */
function isDnsServer(value: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value);
  if (bracketed) return isIP(bracketed[1] ?? '') === 6 && portOk(bracketed[2]);
  if (isIP(value) !== 0) return true;
  const [host = '', port, extra] = value.split(':');
  return extra === undefined && isIP(host) === 4 && portOk(port);
}

function portOk(port: string | undefined): boolean {
  if (port === undefined) return true;
  const n = Number(port);
  return /^\d+$/.test(port) && n >= 1 && n <= 65_535;
}

/** The machine's host name when it is fully qualified, else `localhost`. */
function defaultHeloName(): string {
  const name = hostname().toLowerCase();
  return name.includes('.') ? name : 'localhost';
}

const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/,
    'must be a domain name in ASCII (punycode for IDN), such as "example.com"',
  );

const dnsSchema = z
  .object({
    /**
     * Resolvers to ask, as IP[:PORT] (`[v6]:PORT` for IPv6 with a port). Default: the system's
     * resolvers.
     */
    servers: z
      .array(
        z
          .string()
          .refine(
            isDnsServer,
            'must be an IP address with an optional port, such as "127.0.0.1:5353" or "[::1]:53"',
          ),
      )
      .optional(),
    /** Time to wait for one DNS answer before trying again. Default 2000. */
    timeoutMs: ms('dns.timeoutMs').default(2_000),
    /** Attempts per server before giving up on a query. Default 2. */
    tries: z.number().int().min(1).max(10).default(2),
    /** How long domain facts (MX, addresses, NXDOMAIN) stay cached. Default 600000 (10 min). */
    cacheTtlMs: ms('dns.cacheTtlMs')
      .max(86_400_000, 'dns.cacheTtlMs must be at most a day')
      .default(600_000),
    /** How many domains' facts the cache holds at most. Default 100000. */
    cacheSize: z.number().int().min(1).max(10_000_000).default(100_000),
  })
  .strict();

const smtpSchema = z
  .object({
    /**
     * Probe the mailbox over SMTP. Default `false`: outbound port 25 is blocked on most clouds,
     * and probing needs a HELO name with matching reverse DNS to be answered honestly.
     */
    enabled: z.boolean().default(false),
    /** Port of the MX hosts. Default 25; only tests use another. */
    port: z.number().int().min(1).max(65_535).default(25),
    /** The name sent with EHLO; should have a PTR record that matches. Default: the host name. */
    heloName: domainName.or(z.literal('localhost')).default(defaultHeloName()),
    /** The MAIL FROM address; use a domain you control. Default `postmaster@<heloName>`. */
    mailFrom: z.email('smtp.mailFrom must be an email address').optional(),
    /** Time to open the TCP connection. Default 3000. */
    connectTimeoutMs: ms('smtp.connectTimeoutMs').default(3_000),
    /** Time from connection to the 220 greeting. Default 5000. */
    bannerTimeoutMs: ms('smtp.bannerTimeoutMs').default(5_000),
    /** Time for each command's reply. Default 5000. */
    commandTimeoutMs: ms('smtp.commandTimeoutMs').default(5_000),
    /** Most simultaneous connections to one MX address. Default 2. */
    maxConnectionsPerHost: z.number().int().min(1).max(100).default(2),
    /** Most MX hosts tried, in preference order, when one cannot be reached. Default 2. */
    maxHosts: z.number().int().min(1).max(10).default(2),
    /** Wait before the one retry after a temporary (4xx, greylisting) reply. Default 2000. */
    retryDelayMs: z.number().int().min(0).max(600_000).default(2_000),
    /** Upgrade with STARTTLS when the server offers it. Default `true`. */
    startTls: z.boolean().default(true),
    /** Probe a random local part to detect catch-all domains. Default `true`. */
    catchAll: z.boolean().default(true),
  })
  .strict();

const listsSchema = z
  .object({
    /** Domains (and their subdomains) never reported disposable or denied. Default none. */
    allow: z.array(domainName).default([]),
    /** Domains (and their subdomains) the operator refuses. Default none. */
    deny: z.array(domainName).default([]),
  })
  .strict();

/** The `pipeline` section of the proxy configuration and the options of `email-check validate`. */
export const pipelineOptionsSchema = z
  .object({
    /** Total deadline for one verdict, in milliseconds. Default 10000. */
    timeoutMs: ms('timeoutMs').default(10_000),
    /**
     * Let MX and A-fallback addresses be private, loopback or otherwise non-public. Default
     * `false`; only for tests on loopback and mail systems inside a private network.
     */
    allowPrivate: z.boolean().default(false),
    dns: dnsSchema.prefault({}),
    smtp: smtpSchema.prefault({}),
    lists: listsSchema.prefault({}),
  })
  .strict();

/** What callers write: every field optional. */
export type PipelineOptions = z.input<typeof pipelineOptionsSchema>;
/** What the stages read: every default applied. */
export type PipelineConfig = z.output<typeof pipelineOptionsSchema>;

/** The keys each object of the options accepts, by dotted path, for did-you-mean hints. */
const knownKeys: Record<string, string[]> = {
  '': Object.keys(pipelineOptionsSchema.shape),
  dns: Object.keys(dnsSchema.shape),
  smtp: Object.keys(smtpSchema.shape),
  lists: Object.keys(listsSchema.shape),
};

function unknownKeyMessage(path: string, keys: string[]): string {
  return keys
    .map((key) => {
      const near = didYouMean(key, knownKeys[path] ?? []);
      const hint = near ? ` Did you mean \`${near}\`?` : '';
      return `received an unsupported property, \`${key}\`.${hint}`;
    })
    .join(' ');
}

/** One line per problem, with the dotted path of the option at fault. */
export function describeOptionsError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      const message =
        issue.code === 'unrecognized_keys' ? unknownKeyMessage(path, issue.keys) : issue.message;
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}

/** Parses pipeline options, throwing one readable error at setup when they are wrong. */
export function parsePipelineOptions(options: PipelineOptions = {}): PipelineConfig {
  const parsed = pipelineOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new TypeError(`Invalid pipeline options: ${describeOptionsError(parsed.error)}`);
  }
  return parsed.data;
}
