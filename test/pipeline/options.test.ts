import { describe, expect, it } from 'vitest';
import { parsePipelineOptions, pipelineOptionsSchema } from '../../proxy/pipeline/options.js';

describe('pipeline options', () => {
  it('fills every default from an empty object', () => {
    const config = parsePipelineOptions({});
    expect(config).toMatchObject({
      timeoutMs: 10_000,
      allowPrivate: false,
      dns: { timeoutMs: 2_000, tries: 2, cacheTtlMs: 600_000, cacheSize: 100_000 },
      smtp: {
        enabled: false,
        port: 25,
        connectTimeoutMs: 3_000,
        bannerTimeoutMs: 5_000,
        commandTimeoutMs: 5_000,
        maxConnectionsPerHost: 2,
        startTls: true,
        catchAll: true,
      },
      lists: { allow: [], deny: [] },
    });
    expect(config.dns.servers).toBeUndefined();
    expect(config.smtp.mailFrom).toBeUndefined();
  });

  it('lowercases operator domains', () => {
    const config = parsePipelineOptions({
      lists: { allow: [' Example.ORG '], deny: ['SPAM.test'] },
    });
    expect(config.lists).toEqual({ allow: ['example.org'], deny: ['spam.test'] });
  });

  it('accepts DNS servers as IPv4, IPv4:port, IPv6 and [IPv6]:port', () => {
    const servers = ['127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:5353'];
    expect(parsePipelineOptions({ dns: { servers } }).dns.servers).toEqual(servers);
  });

  it.each([
    [{ timeoutMs: 0 }, 'timeoutMs: timeoutMs must be more than 0 ms'],
    [{ timeoutMs: 1.5 }, 'timeoutMs: timeoutMs must be a whole number of milliseconds'],
    [{ timeoutMs: '100' }, 'timeoutMs: timeoutMs must be a number of milliseconds'],
    [{ dns: { servers: ['dns.example.org'] } }, 'dns.servers.0: must be an IP address'],
    [{ dns: { servers: ['127.0.0.1:70000'] } }, 'dns.servers.0: must be an IP address'],
    [{ smtp: { port: 0 } }, 'smtp.port:'],
    [
      { smtp: { mailFrom: 'not-an-address' } },
      'smtp.mailFrom: smtp.mailFrom must be an email address',
    ],
    [{ smtp: { heloName: 'bad name' } }, 'smtp.heloName:'],
    [{ lists: { deny: ['user@example.org'] } }, 'lists.deny.0: must be a domain name'],
    [{ timeoutMS: 1 }, 'received an unsupported property, `timeoutMS`. Did you mean `timeoutMs`?'],
    [
      { smtp: { enable: true } },
      'smtp: received an unsupported property, `enable`. Did you mean `enabled`?',
    ],
    [
      { dns: { server: ['127.0.0.1'] } },
      'dns: received an unsupported property, `server`. Did you mean `servers`?',
    ],
    [{ colour: 'red' }, 'received an unsupported property, `colour`.'],
  ])('refuses %j with a message naming the option', (options, message) => {
    expect(() => parsePipelineOptions(options as never)).toThrow(message);
  });

  it('is a strict zod schema the proxy can embed', () => {
    expect(pipelineOptionsSchema.safeParse({ smtp: { enabled: true } }).success).toBe(true);
    expect(pipelineOptionsSchema.safeParse({ nope: true }).success).toBe(false);
  });
});
