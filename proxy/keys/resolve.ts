import type { AppConfig, Scope } from '../config/schema.js';
import { secretKeyDefaultScopes } from '../config/schema.js';
import { ConfigError } from '../config/errors.js';
import { createIpRules } from '../net/ip.js';
import { compileOrigins } from '../net/origins.js';
import { defaultKeyId } from './generate.js';
import { paddedKey } from './key-ring.js';
import type { KeyType, ResolvedKey } from './types.js';

/** What a public key may never do, whatever its configuration says. */
const secretOnly: readonly Scope[] = [
  'bulk',
  'verify',
  'credits',
  'enrich',
  'force_refresh',
  'metrics',
];

function typeOf(key: string): KeyType {
  if (key.startsWith('pk_live_')) return 'public';
  if (key.startsWith('pk_test_')) return 'test';
  return 'secret';
}

/**
 * Turns the configured keys into resolved ones, refusing combinations that would weaken the
 * security model: a public key with a server-only scope, a `pk_live_` key without origins, two
 * entries for one key or one id, a key on an upstream that is not configured.
 */
export function resolveKeys(config: AppConfig): ResolvedKey[] {
  const problems: string[] = [];
  const seenKeys = new Set<string>();
  const seenIds = new Set<string>();
  const configured = new Set(['local', 'test', ...Object.keys(config.upstreams)]);
  const resolved = config.keys.map((entry, index) => {
    const where = `keys[${index}]`;
    const type = typeOf(entry.key);
    const id = entry.id ?? defaultKeyId(entry.key);
    if (seenKeys.has(entry.key)) problems.push(`${where}: this key is listed twice.`);
    if (seenIds.has(id)) problems.push(`${where}: the id \`${id}\` is used by another key.`);
    seenKeys.add(entry.key);
    seenIds.add(id);
    const scopes = entry.scopes ?? (type === 'secret' ? secretKeyDefaultScopes : ['validate']);
    if (type !== 'secret') {
      for (const scope of scopes.filter((name) => secretOnly.includes(name))) {
        problems.push(
          `${where}.scopes: a public key can never hold \`${scope}\`; use an sk_live_ key on your server.`,
        );
      }
    }
    if (type === 'public' && (entry.origins?.length ?? 0) === 0) {
      problems.push(
        `${where}.origins: a pk_live_ key needs the browser origins it serves, like ["https://shop.example.com"].`,
      );
    }
    if (type === 'secret' && entry.origins) {
      problems.push(
        `${where}.origins: secret keys are for servers, which send no origin; remove it.`,
      );
    }
    const upstream = type === 'test' ? 'test' : (entry.upstream ?? config.defaultUpstream);
    if (type === 'test' && entry.upstream) {
      problems.push(
        `${where}.upstream: pk_test_ keys always answer from the test upstream; remove it.`,
      );
    }
    if (!configured.has(upstream)) {
      problems.push(
        `${where}.upstream: \`${upstream}\` is not configured; add upstreams.${upstream}.baseUrl or choose "local".`,
      );
    }
    const defaults = type === 'secret' ? config.rateLimit.secret : config.rateLimit.public;
    const key: ResolvedKey = {
      id,
      type,
      padded: paddedKey(entry.key),
      length: Buffer.byteLength(entry.key),
      scopes: new Set(scopes),
      origins: entry.origins ?? [],
      isAllowedOrigin: entry.origins?.length ? compileOrigins(entry.origins) : null,
      ipRules: entry.ip ? createIpRules(entry.ip) : null,
      limits: entry.rateLimit ?? defaults,
      upstream,
    };
    return key;
  });
  if (!configured.has(config.defaultUpstream)) {
    problems.push(
      `defaultUpstream: \`${config.defaultUpstream}\` is not configured; add upstreams.${config.defaultUpstream}.baseUrl or choose "local".`,
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
      problems,
    );
  }
  return resolved;
}
