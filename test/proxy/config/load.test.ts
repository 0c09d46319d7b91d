import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../proxy/config/errors.js';
import { loadConfig } from '../../../proxy/config/load.js';
import { createApp } from '../../../proxy/app.js';
import { keys, loopbackPipeline } from '../support/app.js';

/** Loads a configuration "file" held in memory. */
function load(file: unknown, env: Record<string, string> = {}) {
  return loadConfig({ EMAIL_CHECK_CONFIG: 'proxy.json', ...env }, () => JSON.stringify(file));
}

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on the local pipeline with a pk_test_ and a pk_live_ key bound to its own origins when nothing is configured', () => {
    const loaded = loadConfig({ PORT: '9090' });
    expect(loaded.port).toBe(9090);
    expect(loaded.host).toBe('127.0.0.1');
    expect(loaded.generatedKeys?.test).toMatch(/^pk_test_[A-Za-z0-9_-]{32}$/);
    expect(loaded.generatedKeys?.live).toMatch(/^pk_live_[A-Za-z0-9_-]{32}$/);
    const live = loaded.app.keys?.find((key) => key.key === loaded.generatedKeys?.live);
    expect(live?.origins).toEqual(['http://localhost:9090', 'http://127.0.0.1:9090']);
    expect(loaded.app.defaultUpstream).toBeUndefined();
  });

  it('generates different keys on every start', () => {
    expect(loadConfig({}).generatedKeys?.live).not.toBe(loadConfig({}).generatedKeys?.live);
  });

  it('defaults to port 8787 on 127.0.0.1', () => {
    const loaded = loadConfig({});
    expect([loaded.port, loaded.host]).toEqual([8787, '127.0.0.1']);
  });

  it('warns when no token secret is set and stays quiet when one is', () => {
    expect(loadConfig({}).warnings.join('\n')).toContain('EMAIL_CHECK_TOKEN_SECRET is not set');
    expect(loadConfig({ EMAIL_CHECK_TOKEN_SECRET: 'x'.repeat(40) }).warnings).toEqual([]);
  });

  it('refuses a short token secret, naming the variable', () => {
    expect(problemsOf(() => loadConfig({ EMAIL_CHECK_TOKEN_SECRET: 'short' }))).toEqual([
      'EMAIL_CHECK_TOKEN_SECRET: needs at least 32 characters; `email-check keys` makes one',
    ]);
  });

  it('refuses a port that is not a number', () => {
    expect(problemsOf(() => loadConfig({ PORT: 'eighty' }))).toEqual([
      'PORT: expected a port number',
    ]);
  });

  it('says "did you mean" for a misspelt property, with its path', () => {
    const problems = problemsOf(() => load({ cache: { maxentries: 10 } }));
    expect(problems).toEqual([
      'cache: received an unsupported property `maxentries`. Did you mean `maxEntries`?',
    ]);
  });

  it('says "did you mean" inside a key entry', () => {
    const problems = problemsOf(() =>
      load({ keys: [{ key: keys.live, orgins: ['https://a.b'] }] }),
    );
    expect(problems).toContain(
      'keys[0]: received an unsupported property `orgins`. Did you mean `origins`?',
    );
  });

  it('lists the known properties when nothing is close', () => {
    const [problem] = problemsOf(() => load({ colour: 'blue' }));
    expect(problem).toContain(
      'received an unsupported property `colour`. Known properties: `keys`',
    );
  });

  it('refuses an upstream secret in the file and says where it belongs', () => {
    const problems = problemsOf(() =>
      load({ upstreams: { spamidate: { baseUrl: 'http://127.0.0.1:1', apiKey: 'sk_live_x' } } }),
    );
    expect(problems).toEqual([
      'upstreams.spamidate.apiKey: secrets never go in the file; set SPAMIDATE_API_KEY / XMAGNET_API_KEY in the environment.',
    ]);
  });

  it('refuses a token secret in the file', () => {
    expect(problemsOf(() => load({ tokenSecret: 'a'.repeat(40) }))[0]).toContain(
      'set EMAIL_CHECK_TOKEN_SECRET in the environment',
    );
  });

  it('takes the upstream secret from the environment', () => {
    const loaded = load(
      { upstreams: { spamidate: { baseUrl: 'http://127.0.0.1:1' } } },
      { SPAMIDATE_API_KEY: 'sk_live_from_env' },
    );
    expect(loaded.app.upstreams?.spamidate?.apiKey).toBe('sk_live_from_env');
  });

  it('refuses a configured upstream whose secret is not in the environment', () => {
    expect(
      problemsOf(() => load({ upstreams: { xmagnet: { baseUrl: 'http://127.0.0.1:1' } } }))[0],
    ).toContain('upstreams.xmagnet is configured but XMAGNET_API_KEY is not set');
  });

  it('refuses a file that is not JSON', () => {
    expect(() => loadConfig({ EMAIL_CHECK_CONFIG: 'proxy.json' }, () => '{ keys: [] }')).toThrow(
      /proxy.json is not valid JSON/,
    );
  });

  it('refuses a file it cannot read', () => {
    expect(() => loadConfig({ EMAIL_CHECK_CONFIG: '/nonexistent/proxy.json' })).toThrow(
      /Cannot read EMAIL_CHECK_CONFIG/,
    );
  });

  it('refuses `trustProxy: true`, which would let any client choose its IP', () => {
    expect(problemsOf(() => load({ trustProxy: true }))[0]).toMatch(/^trustProxy: /);
  });

  it('refuses an IP rule that is not a CIDR block', () => {
    const problems = problemsOf(() =>
      load({ keys: [{ key: keys.secret, ip: { allow: ['10.0.0.0/33'] } }] }),
    );
    expect(problems[0]).toMatch(/^keys\[0\]\.ip\.allow\[0\]: expected an IPv4 or IPv6 address/);
  });

  it('refuses an origin with a path', () => {
    const problems = problemsOf(() =>
      load({ keys: [{ key: keys.live, origins: ['https://shop.example.com/signup'] }] }),
    );
    expect(problems[0]).toMatch(/^keys\[0\]\.origins\[0\]: expected an origin/);
  });
});

describe('createApp configuration checks', () => {
  const app = (config: Parameters<typeof createApp>[0]) => () =>
    createApp({ pipeline: loopbackPipeline, log: { level: 'silent' }, ...config });

  it('refuses a public key with a server-only scope', () => {
    expect(
      problemsOf(
        app({
          keys: [
            { key: keys.live, origins: ['https://a.example.com'], scopes: ['validate', 'bulk'] },
          ],
        }),
      ),
    ).toEqual([
      'keys[0].scopes: a public key can never hold `bulk`; use an sk_live_ key on your server.',
    ]);
  });

  it('refuses a pk_live_ key without origins', () => {
    expect(problemsOf(app({ keys: [{ key: keys.live }] }))[0]).toContain(
      'keys[0].origins: a pk_live_ key needs the browser origins it serves',
    );
  });

  it('refuses a key bound to an upstream that is not configured', () => {
    expect(problemsOf(app({ keys: [{ key: keys.secret, upstream: 'xmagnet' }] }))[0]).toContain(
      'keys[0].upstream: `xmagnet` is not configured',
    );
  });

  it('refuses the same key twice', () => {
    expect(problemsOf(app({ keys: [{ key: keys.secret }, { key: keys.secret }] }))).toContain(
      'keys[1]: this key is listed twice.',
    );
  });

  it('refuses a key that does not look like one of ours', () => {
    expect(problemsOf(app({ keys: [{ key: 'sk_test_short' }] }))[0]).toMatch(
      /^keys\[0\]\.key: expected "pk_live_", "pk_test_" or "sk_live_"/,
    );
  });

  it('refuses a short token secret', () => {
    expect(problemsOf(app({ tokenSecret: 'short' }))).toEqual([
      'tokenSecret: a token secret needs at least 32 characters',
    ]);
  });
});
