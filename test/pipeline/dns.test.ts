import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDomainResolver, type DomainResolver } from '../../proxy/pipeline/dns.js';
import { parsePipelineOptions, type PipelineOptions } from '../../proxy/pipeline/options.js';
import { startDnsServer, type TestDnsServer } from './support/dns-server.js';
import { testZone } from './support/zone.js';

let server: TestDnsServer;
const resolvers: DomainResolver[] = [];

function resolver(options: PipelineOptions = {}): DomainResolver {
  const created = createDomainResolver(
    parsePipelineOptions({
      ...options,
      dns: { servers: [server.server], timeoutMs: 1_000, tries: 1, ...options.dns },
    }),
  );
  resolvers.push(created);
  return created;
}

beforeAll(async () => {
  server = await startDnsServer(testZone);
});

afterAll(async () => {
  for (const created of resolvers) created.close();
  await server.close();
});

describe('domain facts from a real DNS server', () => {
  it('gives MX hosts in preference order', async () => {
    expect(await resolver().domain('multi.test')).toEqual({
      status: 'mx',
      mx: [
        { exchange: 'mx1.multi.test', priority: 10 },
        { exchange: 'mx2.multi.test', priority: 20 },
        { exchange: 'mx3.multi.test', priority: 30 },
      ],
    });
  });

  it('reads a null MX as a domain that takes no mail', async () => {
    expect(await resolver().domain('nullmx.test')).toEqual({ status: 'null-mx' });
  });

  it('falls back to a public A record when there is no MX', async () => {
    expect(await resolver().domain('afallback.test')).toEqual({
      status: 'address',
      addresses: ['93.184.215.14'],
    });
  });

  it('refuses the fallback to a private A record', async () => {
    expect(await resolver().domain('privatea.test')).toEqual({
      status: 'private-address',
      addresses: ['10.1.2.3'],
      kinds: ['private'],
    });
  });

  it('falls back to a public AAAA record when the A record is private', async () => {
    expect(await resolver().domain('mixed.test')).toEqual({
      status: 'address',
      addresses: ['2a00:1450:4001::1b'],
    });
  });

  it('asks for AAAA only when A gives no usable address', async () => {
    await resolver().domain('afallback.test');
    expect(server.count('AAAA', 'afallback.test')).toBe(0);
  });

  it('allows the fallback to a private A record with allowPrivate', async () => {
    expect(await resolver({ allowPrivate: true }).domain('privatea.test')).toEqual({
      status: 'address',
      addresses: ['10.1.2.3'],
    });
  });

  it('reads a domain with neither MX nor address records as no-mail', async () => {
    expect(await resolver().domain('nodata.test')).toEqual({ status: 'no-mail' });
  });

  it('reads NXDOMAIN as a domain that does not exist', async () => {
    expect(await resolver().domain('missing.test')).toEqual({ status: 'nxdomain' });
  });

  it('reads SERVFAIL as a failure, not as a missing domain', async () => {
    expect(await resolver().domain('servfail.test')).toMatchObject({
      status: 'failed',
      reason: 'servfail',
    });
  });

  it('reads REFUSED as a failure', async () => {
    expect(await resolver().domain('refused.test')).toMatchObject({
      status: 'failed',
      reason: 'refused',
    });
  });

  it('reads a server that never answers as a timeout', async () => {
    expect(await resolver().domain('silent.test')).toMatchObject({
      status: 'failed',
      reason: 'timeout',
    });
  });

  it('looks up an IDN domain by its punycode name', async () => {
    expect(await resolver().domain('xn--bcher-kva.test')).toMatchObject({ status: 'mx' });
    expect(server.questions).toContain('MX xn--bcher-kva.test');
  });

  it('sends absolute names, so no search domain is ever appended', async () => {
    await resolver().domain('missing-too.test');
    expect(server.questions.filter((q) => q.includes('missing-too.test'))).toEqual([
      'MX missing-too.test',
    ]);
  });
});

describe('MX host addresses', () => {
  it("splits a host's addresses into usable and refused", async () => {
    expect(await resolver().host('mx.privatemx.test')).toEqual({
      status: 'resolved',
      addresses: [],
      refused: ['127.0.0.1'],
    });
    expect(await resolver({ allowPrivate: true }).host('mx.privatemx.test')).toEqual({
      status: 'resolved',
      addresses: ['127.0.0.1'],
      refused: [],
    });
  });

  it('reads a host that does not exist as nxdomain', async () => {
    expect(await resolver().host('gone.danglingmx.test')).toEqual({ status: 'nxdomain' });
  });
});

describe('the domain facts cache', () => {
  it('sends one MX query for concurrent lookups of one domain', async () => {
    const shared = resolver();
    const before = server.count('MX', 'mail.test');
    const answers = await Promise.all(Array.from({ length: 20 }, () => shared.domain('mail.test')));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(server.count('MX', 'mail.test') - before).toBe(1);
  });

  it('answers again from the cache within the TTL', async () => {
    const cached = resolver();
    const before = server.count('MX', 'catchall.test');
    await cached.domain('catchall.test');
    await cached.domain('catchall.test');
    expect(server.count('MX', 'catchall.test') - before).toBe(1);
    expect(cached.size).toBe(1);
  });

  it('asks again once the TTL has passed', async () => {
    const shortLived = resolver({ dns: { cacheTtlMs: 20 } });
    const before = server.count('MX', 'onercpt.test');
    await shortLived.domain('onercpt.test');
    await new Promise((resolve) => setTimeout(resolve, 40));
    await shortLived.domain('onercpt.test');
    expect(server.count('MX', 'onercpt.test') - before).toBe(2);
  });

  it('does not cache failures', async () => {
    const fresh = resolver();
    const before = server.count('MX', 'servfail.test');
    await fresh.domain('servfail.test');
    await fresh.domain('servfail.test');
    expect(server.count('MX', 'servfail.test') - before).toBe(2);
  });

  it('caches NXDOMAIN', async () => {
    const fresh = resolver();
    const before = server.count('MX', 'nowhere.test');
    await fresh.domain('nowhere.test');
    await fresh.domain('nowhere.test');
    expect(server.count('MX', 'nowhere.test') - before).toBe(1);
  });

  it('gives a timeout to a caller whose signal aborts, without waiting for DNS', async () => {
    const controller = new AbortController();
    const pending = resolver({ dns: { timeoutMs: 5_000 } }).domain(
      'silent.test',
      controller.signal,
    );
    controller.abort();
    expect(await pending).toMatchObject({ status: 'failed', reason: 'timeout', code: 'EABORTED' });
  });
});
