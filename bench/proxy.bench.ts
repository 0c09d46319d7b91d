// The proxy's overhead and its coalescing, in one run:
// 1. requests/s and p50/p99 latency of a cached POST /v1/validate (secret key, warm cache) next to
//    a bare Express 5 JSON route answering the same JSON (autocannon, 50 connections). Both run the
//    built code (dist/, what `npm start` runs), each in its own process so that neither shares
//    the other's JIT state, and they take turns in short rounds so that load elsewhere on the
//    machine falls on both alike; the figures are the medians over the rounds.
// 2. upstream calls made for 100 concurrent identical requests against the fake spamidate.
// Figures only: nothing here passes or fails on a timing.
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmailCheckApp } from '../proxy/app.js';
import type * as ProxyModule from '../proxy/index.js';
import type * as LoggingModule from '../proxy/logging.js';
import { startFakeSpamidate } from '../test/proxy/fakes/index.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const seconds = Number(process.env['BENCH_SECONDS'] ?? 2);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 7);
const connections = 50;
const secretKey = 'sk_live_BENCHbenchBENCHbenchBENCH01';
const email = 'cached@example.com';

/** The built proxy, as `npm start` runs it. */
async function builtProxy(): Promise<typeof ProxyModule> {
  const url = new URL('../dist/proxy/index.js', import.meta.url).href;
  return (await import(url)) as typeof ProxyModule;
}

async function listen(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function proxyApp(logDestination: string): Promise<{
  app: EmailCheckApp;
  spamidate: Awaited<ReturnType<typeof startFakeSpamidate>>;
}> {
  const { createApp } = await builtProxy();
  const { createLogger } = (await import(
    new URL('../dist/proxy/logging.js', import.meta.url).href
  )) as typeof LoggingModule;
  const pino = (await import('pino')).default;
  const spamidate = await startFakeSpamidate({ rateLimit: { limit: 1_000_000, windowMs: 60_000 } });
  const app = createApp(
    {
      keys: [{ key: secretKey, id: 'bench', rateLimit: { perKey: { limit: 100_000_000 } } }],
      defaultUpstream: 'spamidate',
      upstreams: { spamidate: { baseUrl: spamidate.url, apiKey: 'sk_live_upstream_bench_secret' } },
      tokenSecret: 'bench-token-secret-0123456789abcdefghij',
    },
    // The proxy's own logger (redaction included), writing every request line to /dev/null.
    { logger: createLogger('info', pino.destination(logDestination)) },
  );
  return { app, spamidate };
}

/** A target server in this (child) process: `proxy`, or `bare` answering `answer`. */
async function serveTarget(target: string, answer: unknown): Promise<void> {
  let handler: RequestListener;
  if (target === 'proxy') {
    handler = (await proxyApp('/dev/null')).app;
  } else {
    const express = (await import('express')).default;
    const bare = express();
    bare.post('/validate', express.json(), (_req, res) => {
      res.json(answer);
    });
    handler = bare;
  }
  const { url } = await listen(handler);
  process.on('message', (message) => {
    if (message === 'exit') process.exit(0);
  });
  process.send?.({ url: `${url}${target === 'proxy' ? '/v1/validate' : '/validate'}` });
}

if (process.argv[2] === 'target') {
  await serveTarget(process.argv[3] ?? '', JSON.parse(process.argv[4] ?? 'null'));
} else {
  await main();
}

async function main(): Promise<void> {
  const built = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('tsc -p tsconfig.build.json failed');

  // The answer the bare route sends: the proxy's own answer for the cached address.
  const { app, spamidate } = await proxyApp('/dev/null');
  const proxy = await listen(app);
  const ask = () =>
    fetch(`${proxy.url}/v1/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': secretKey },
      body: JSON.stringify({ email }),
    });
  const answer: unknown = await (await ask()).json();

  const children: ChildProcess[] = [];
  async function start(target: 'bare' | 'proxy'): Promise<string> {
    const child = fork(fileURLToPath(import.meta.url), ['target', target, JSON.stringify(answer)], {
      execArgv: ['--import', 'tsx'],
    });
    children.push(child);
    const { url } = await new Promise<{ url: string }>((resolve, reject) => {
      child.once('message', (message) => resolve(message as { url: string }));
      child.once('exit', (code) => reject(new Error(`${target} server exited (${code})`)));
    });
    return url;
  }
  const targets = {
    bare: { label: 'bare Express 5 JSON route', url: await start('bare'), headers: {} },
    proxy: {
      label: 'proxy /v1/validate, cached',
      url: await start('proxy'),
      headers: { 'x-api-key': secretKey },
    },
  };

  const load = (target: (typeof targets)['bare'], duration: number) =>
    autocannon({
      url: target.url,
      method: 'POST',
      connections,
      duration,
      headers: { 'content-type': 'application/json', ...target.headers },
      body: JSON.stringify({ email }),
    });

  // Warm-up: both reach their optimized code before anything is counted.
  await load(targets.bare, seconds);
  await load(targets.proxy, seconds);
  const results: Record<'bare' | 'proxy', AutocannonResult[]> = { bare: [], proxy: [] };
  for (let round = 0; round < rounds; round++) {
    results.bare.push(await load(targets.bare, seconds));
    results.proxy.push(await load(targets.proxy, seconds));
  }

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  console.log(
    `autocannon: ${connections} connections, ${rounds} rounds of ${seconds} s per target, taking turns; medians over the rounds\n`,
  );
  console.log(
    '| target                     |     req/s | p50 (ms) | p99 (ms) | req/s each round              | errors |',
  );
  console.log(
    '| -------------------------- | --------: | -------: | -------: | ----------------------------- | -----: |',
  );
  for (const name of ['bare', 'proxy'] as const) {
    const runs = results[name];
    const each = runs.map((run) => run.requests.average.toFixed(0)).join(' ');
    const errors = runs.reduce((sum, run) => sum + run.non2xx + run.errors, 0);
    console.log(
      `| ${targets[name].label.padEnd(26)} | ${median(runs.map((run) => run.requests.average))
        .toFixed(0)
        .padStart(
          9,
        )} | ${String(median(runs.map((run) => run.latency.p50))).padStart(8)} | ${String(median(runs.map((run) => run.latency.p99))).padStart(8)} | ${each.padEnd(29)} | ${String(errors).padStart(6)} |`,
    );
  }
  // Each round's proxy figure against the bare figure measured just before it.
  const ratios = results.proxy.map(
    (run, round) => run.requests.average / (results.bare[round]?.requests.average ?? Infinity),
  );
  console.log(
    `\nproxy / bare throughput: ${median(ratios).toFixed(2)} (median of the rounds: ${ratios.map((ratio) => ratio.toFixed(2)).join(' ')}; target >= 0.70)`,
  );
  for (const child of children) child.send('exit');

  // Coalescing: 100 identical requests at once for an address nobody asked about yet, with an
  // upstream that takes 100 ms, so they all overlap.
  spamidate.reset();
  spamidate.next({ kind: 'slow', ms: 100 }, 100);
  const before = spamidate.calls;
  const answers = await Promise.all(
    Array.from({ length: 100 }, () =>
      fetch(`${proxy.url}/v1/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secretKey },
        body: JSON.stringify({ email: 'coalesced@example.com' }),
      }).then((res) => res.status),
    ),
  );
  console.log(
    `\n100 concurrent identical requests: ${answers.filter((status) => status === 200).length} answered 200, ${spamidate.calls - before} upstream call(s) (target 1)`,
  );

  await close(proxy.server);
  await app.close();
  await spamidate.close();
}
