import { promises as dns } from 'node:dns';
import { LRUCache } from 'lru-cache';
import { classifyAddress, type AddressKind } from './addresses.js';
import type { PipelineConfig } from './options.js';

/** One MX record; lower `priority` is preferred. */
export interface MxHost {
  exchange: string;
  priority: number;
}

/** Why a DNS question got no usable answer. None of these says anything about the mailbox. */
export type DnsFailure = 'servfail' | 'timeout' | 'refused' | 'error';

/**
 * What DNS says about where a domain's mail goes (RFC 5321 section 5.1, RFC 7505).
 * - `mx`: MX hosts in preference order.
 * - `null-mx`: the domain declares it takes no mail.
 * - `address`: no MX; the domain's own public (or allowed) addresses are the implicit MX.
 * - `private-address`: no MX, and the domain's addresses are not public, so no fallback.
 * - `no-mail`: the domain exists but has neither MX nor address records.
 * - `nxdomain`: the domain does not exist.
 * - `failed`: DNS could not tell (SERVFAIL, timeout, refused), so we cannot either.
 */
export type DomainFacts =
  | { status: 'mx'; mx: MxHost[] }
  | { status: 'null-mx' }
  | { status: 'address'; addresses: string[] }
  | { status: 'private-address'; addresses: string[]; kinds: AddressKind[] }
  | { status: 'no-mail' }
  | { status: 'nxdomain' }
  | { status: 'failed'; reason: DnsFailure; code: string };

/** The addresses of one MX host: usable ones, and the ones refused as non-public. */
export type HostFacts =
  | { status: 'resolved'; addresses: string[]; refused: string[] }
  | { status: 'nxdomain' }
  | { status: 'failed'; reason: DnsFailure; code: string };

/** Domain facts with a TTL cache and one shared query per domain in flight. */
export interface DomainResolver {
  /** Facts about a domain (ASCII, lowercase). Resolves to `failed/timeout` when aborted. */
  domain(name: string, signal?: AbortSignal): Promise<DomainFacts>;
  /** Addresses of an MX host, filtered by the address policy. */
  host(name: string, signal?: AbortSignal): Promise<HostFacts>;
  /** Number of cached entries (domains and hosts). */
  readonly size: number;
  close(): void;
}

type Answer<T> = { ok: true; value: T } | { ok: false; code: string };

function failureOf(code: string): DnsFailure {
  if (code === 'ESERVFAIL') return 'servfail';
  if (code === 'ETIMEOUT' || code === 'ECANCELLED') return 'timeout';
  if (code === 'ECONNREFUSED' || code === 'EREFUSED') return 'refused';
  return 'error';
}

async function ask<T>(question: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await question() };
  } catch (error) {
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN' };
  }
}

/** Resolves when `promise` settles or `signal` aborts, whichever comes first. */
function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  aborted: T,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(aborted);
  return new Promise((resolve) => {
    const onAbort = () => resolve(aborted);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      () => resolve(aborted),
    );
  });
}

const abortedFacts = { status: 'failed', reason: 'timeout', code: 'EABORTED' } as const;

export function createDomainResolver(config: PipelineConfig): DomainResolver {
  const resolver = new dns.Resolver({ timeout: config.dns.timeoutMs, tries: config.dns.tries });
  if (config.dns.servers) resolver.setServers(config.dns.servers);
  const usable = (address: string) =>
    config.allowPrivate
      ? classifyAddress(address) !== 'invalid'
      : classifyAddress(address) === 'public';

  // Failures are not cached: the next verdict asks again. In-flight sharing still applies.
  const cache = new LRUCache<string, DomainFacts | HostFacts>({
    max: config.dns.cacheSize,
    ttl: config.dns.cacheTtlMs,
  });
  const inFlight = new Map<string, Promise<DomainFacts | HostFacts>>();

  // A trailing dot makes the name absolute, so the system's search list is never appended.
  const fqdn = (name: string) => (name.endsWith('.') ? name : `${name}.`);

  /** A, then AAAA only when A gave no usable address: one query for most hosts. */
  async function addresses(name: string): Promise<Answer<string[]>> {
    const v4 = await ask(() => resolver.resolve4(fqdn(name)));
    if (v4.ok && v4.value.some(usable)) return v4;
    if (!v4.ok && v4.code !== 'ENODATA') return v4;
    const v6 = await ask(() => resolver.resolve6(fqdn(name)));
    const found = [...(v4.ok ? v4.value : []), ...(v6.ok ? v6.value : [])];
    if (!v6.ok && v6.code !== 'ENODATA' && found.length === 0) return v6;
    return { ok: true, value: found };
  }

  async function lookupDomain(name: string): Promise<DomainFacts> {
    const mx = await ask(() => resolver.resolveMx(fqdn(name)));
    if (mx.ok && mx.value.length > 0) {
      const hosts = mx.value
        .map((record) => ({
          exchange: record.exchange.replace(/\.$/, '').toLowerCase(),
          priority: record.priority,
        }))
        .sort((a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange));
      // RFC 7505: a single MX of "." means the domain takes no mail.
      const real = hosts.filter((host) => host.exchange !== '');
      if (real.length === 0) return { status: 'null-mx' };
      return { status: 'mx', mx: real };
    }
    if (!mx.ok && mx.code === 'ENOTFOUND') return { status: 'nxdomain' };
    if (!mx.ok && mx.code !== 'ENODATA') {
      return { status: 'failed', reason: failureOf(mx.code), code: mx.code };
    }
    // No MX: RFC 5321 section 5.1 makes the domain's own address the implicit MX.
    const found = await addresses(name);
    if (!found.ok) {
      if (found.code === 'ENOTFOUND') return { status: 'nxdomain' };
      return { status: 'failed', reason: failureOf(found.code), code: found.code };
    }
    if (found.value.length === 0) return { status: 'no-mail' };
    const allowed = found.value.filter(usable);
    if (allowed.length > 0) return { status: 'address', addresses: allowed };
    return {
      status: 'private-address',
      addresses: found.value,
      kinds: found.value.map(classifyAddress),
    };
  }

  async function lookupHost(name: string): Promise<HostFacts> {
    const found = await addresses(name);
    if (!found.ok) {
      if (found.code === 'ENOTFOUND') return { status: 'nxdomain' };
      return { status: 'failed', reason: failureOf(found.code), code: found.code };
    }
    return {
      status: 'resolved',
      addresses: found.value.filter(usable),
      refused: found.value.filter((address) => !usable(address)),
    };
  }

  function shared<T extends DomainFacts | HostFacts>(
    key: string,
    lookup: () => Promise<T>,
  ): Promise<T> {
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached as T);
    let pending = inFlight.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = lookup().then((facts) => {
        if (facts.status !== 'failed') cache.set(key, facts);
        return facts;
      });
      const settled = pending.finally(() => inFlight.delete(key));
      settled.catch(() => undefined);
      inFlight.set(key, pending);
    }
    return pending;
  }

  return {
    domain(name, signal) {
      return raceAbort(
        shared(`d:${name}`, () => lookupDomain(name)),
        signal,
        abortedFacts,
      );
    },
    host(name, signal) {
      return raceAbort(
        shared(`h:${name}`, () => lookupHost(name)),
        signal,
        abortedFacts,
      );
    },
    get size() {
      return cache.size;
    },
    close() {
      resolver.cancel();
      cache.clear();
      inFlight.clear();
    },
  };
}
