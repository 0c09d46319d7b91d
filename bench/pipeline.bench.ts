// The local pipeline on loopback: a real DNS server (dns2) and a real SMTP server (smtp-server).
// Prints figures; never fails on a timing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createPipeline, type Pipeline, type PipelineOptions } from '../proxy/pipeline/index.js';
import { startDnsServer, type Zone } from '../test/pipeline/support/dns-server.js';
import { startSmtpServer } from '../test/pipeline/support/smtp-server.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// Any name under bench.test has one MX, mx.mail.test, which is 127.0.0.1.
const zone: Zone = new Proxy(
  {},
  {
    get(_target, name) {
      if (name === 'mx.mail.test') return { a: ['127.0.0.1'] };
      if (typeof name === 'string' && name.endsWith('.bench.test')) {
        return { mx: [{ exchange: 'mx.mail.test', priority: 10 }] };
      }
      return undefined;
    },
  },
);

const dns = await startDnsServer(zone);
const smtp = await startSmtpServer();

function pipeline(options: PipelineOptions = {}): Pipeline {
  return createPipeline({
    allowPrivate: true,
    timeoutMs: 30_000,
    ...options,
    dns: { servers: [dns.server], timeoutMs: 2_000, tries: 2, ...options.dns },
    smtp: {
      port: smtp.port,
      heloName: 'probe.email-check.test',
      mailFrom: 'verify@email-check.test',
      retryDelayMs: 0,
      ...options.smtp,
    },
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latencies(p: Pipeline, emails: string[]) {
  const times: number[] = [];
  for (const email of emails) {
    const start = performance.now();
    await p.validate(email);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

let run = 0;
/** `count` addresses on domains never asked before (a cold cache), then the same again (warm). */
async function coldVsWarm(label: string, count: number, options: PipelineOptions) {
  const p = pipeline(options);
  run++;
  const emails = Array.from({ length: count }, (_, i) => `jane@d${i}.r${run}.bench.test`);
  const cold = await latencies(p, emails);
  const warm = await latencies(p, emails);
  await p.close();
  return [
    { case: `${label}, cold domain cache`, n: count, ...cold },
    { case: `${label}, warm domain cache`, n: count, ...warm },
  ];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const rows = [
  ...(await coldVsWarm('SMTP off (DNS, lists, score)', 500, {})),
  ...(await coldVsWarm('SMTP on (+ one SMTP session)', 40, { smtp: { enabled: true } })),
];
console.log('Verdict latency, one address at a time');
console.table(rows.map((r) => ({ case: r.case, n: r.n, p50: ms(r.p50), p99: ms(r.p99) })));
console.log(
  'The SMTP rows include smtp-server’s own 100 ms wait before its greeting (its early-talker check).\n',
);

// 1,000 addresses over 20 domains, 50 at a time.
const limit = 10;
const burst = pipeline({ smtp: { enabled: true, maxConnectionsPerHost: limit } });
const mxBefore = dns.count('MX');
const aBefore = dns.count('A');
const peakBefore = smtp.peak;
// Unique addresses: jane+N and john+N exist (sub-addressing), nobody+N does not.
const locals = ['jane', 'john', 'nobody'];
const addresses = Array.from(
  { length: 1_000 },
  (_, i) => `${locals[i % 3]}+${i}@domain${i % 20}.burst.bench.test`,
);
const started = performance.now();
const results = new Map<string, number>();
for (let i = 0; i < addresses.length; i += 50) {
  const verdicts = await Promise.all(
    addresses.slice(i, i + 50).map((email) => burst.validate(email)),
  );
  for (const verdict of verdicts)
    results.set(verdict.result, (results.get(verdict.result) ?? 0) + 1);
}
const elapsed = performance.now() - started;
await burst.close();
console.log('1,000 addresses over 20 domains, 50 at a time, SMTP on');
console.table([
  {
    'MX queries sent': dns.count('MX') - mxBefore,
    'target (one per domain per TTL)': 20,
    'A queries sent (the MX host)': dns.count('A') - aBefore,
    'most SMTP connections to one host': Math.max(smtp.peak, peakBefore),
    'configured limit': limit,
    'wall time': `${(elapsed / 1000).toFixed(1)} s`,
    results: [...results].map(([result, n]) => `${result} ${n}`).join(', '),
  },
]);

// Memory of the domain facts cache.
const facts = 100_000;
const cache = pipeline({ dns: { cacheSize: facts } });
gc();
const before = process.memoryUsage().heapUsed;
const fillStart = performance.now();
// 100 at a time: far more makes the UDP server drop queries, which then wait out a retry.
for (let i = 0; i < facts; i += 100) {
  await Promise.all(
    Array.from({ length: 100 }, (_, j) => cache.validate(`jane@m${i + j}.memory.bench.test`)),
  );
}
const fillTime = performance.now() - fillStart;
dns.questions.length = 0; // the test server's own log of questions is not the cache
gc();
const filled = process.memoryUsage().heapUsed;
const cached = cache.cachedDomains;
await cache.close();
gc();
const emptied = process.memoryUsage().heapUsed;
console.log('Domain facts cache');
console.table([
  {
    'domain facts cached': cached,
    'heapUsed delta (filled − before)': `${((filled - before) / 1024 / 1024).toFixed(1)} MiB`,
    'heap freed by close()': `${((filled - emptied) / 1024 / 1024).toFixed(1)} MiB`,
    'bytes per domain': Math.round((filled - emptied) / Math.max(cached, 1)),
    'fill rate': `${Math.round(facts / (fillTime / 1000))} verdicts/s`,
  },
]);

await Promise.all([dns.close(), smtp.close()]);
