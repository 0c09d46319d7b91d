// The proxy's overhead and its coalescing, in one run:
// 1. requests/s and p50/p99 latency of a cached POST /v1/validate (secret key, warm cache) next to
//    a bare Express 5 JSON route on the same machine (autocannon, 5 s each, 50 connections, two
//    alternating rounds so that a burst of load elsewhere on the machine shows up as such);
// 2. upstream calls made for 100 concurrent identical requests against the fake spamidate.
// Figures only: nothing here passes or fails on a timing.
import { createRequire } from 'node:module';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { createApp } from '../proxy/app.js';
import { startFakeSpamidate } from '../test/proxy/fakes/index.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
const connections = 50;
const secretKey = 'sk_live_BENCHbenchBENCHbenchBENCH01';

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

async function load(url: string, body: object, headers: Record<string, string> = {}) {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    // The load generator runs in its own thread, so it does not compete with the servers' loop.
    workers: 1,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const spamidate = await startFakeSpamidate({ rateLimit: { limit: 1_000_000, windowMs: 60_000 } });
const logger = pino({ level: 'info' }, pino.destination('/dev/null'));
const app = createApp(
  {
    keys: [{ key: secretKey, id: 'bench', rateLimit: { perKey: { limit: 100_000_000 } } }],
    defaultUpstream: 'spamidate',
    upstreams: { spamidate: { baseUrl: spamidate.url, apiKey: 'sk_live_upstream_bench_secret' } },
    tokenSecret: 'bench-token-secret-0123456789abcdefghij',
  },
  { logger },
);
const proxy = await listen(app);

// The same verdict the proxy answers, served by the barest Express 5 JSON route.
const warm = await fetch(`${proxy.url}/v1/validate`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-api-key': secretKey },
  body: JSON.stringify({ email: 'cached@example.com' }),
});
const answer: unknown = await warm.json();
const bare = express();
bare.post('/validate', express.json(), (_req, res) => {
  res.json(answer);
});
const bareServer = await listen(bare);

console.log(
  `autocannon: ${connections} connections, ${seconds} s per target, 2 rounds alternating\n`,
);
const results: { name: string; result: AutocannonResult }[] = [];
for (let round = 1; round <= 2; round++) {
  results.push({
    name: `bare Express 5 JSON route (round ${round})`,
    result: await load(`${bareServer.url}/validate`, { email: 'cached@example.com' }),
  });
  results.push({
    name: `proxy /v1/validate cached (round ${round})`,
    result: await load(
      `${proxy.url}/v1/validate`,
      { email: 'cached@example.com' },
      { 'x-api-key': secretKey },
    ),
  });
}

const row = (name: string, result: AutocannonResult) =>
  `| ${name.padEnd(40)} | ${result.requests.average.toFixed(0).padStart(9)} | ${String(result.latency.p50).padStart(8)} | ${String(result.latency.p99).padStart(8)} | ${String(result.non2xx + result.errors).padStart(6)} |`;
console.log(
  '| target                                   |     req/s | p50 (ms) | p99 (ms) | errors |',
);
console.log(
  '| ---------------------------------------- | --------: | -------: | -------: | -----: |',
);
for (const { name, result } of results) console.log(row(name, result));
const best = (prefix: string) =>
  Math.max(
    ...results
      .filter(({ name }) => name.startsWith(prefix))
      .map(({ result }) => result.requests.average),
  );
console.log(
  `\nproxy / bare throughput (best round of each): ${(best('proxy') / best('bare')).toFixed(2)} (target >= 0.70)`,
);

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

await Promise.all([close(proxy.server), close(bareServer.server)]);
await app.close();
await spamidate.close();
