// The widget in real Chromium, from the built script-tag file (run `npm run build` first):
// - what one keystroke costs in the page, from the input event to the element having rendered,
//   side by side with a plain <input type="email"> with no checks (the baseline), and the
//   instant checks alone (syntax + typo suggestion) per prefix typed;
// - how many requests reach the proxy per address typed at a normal pace (120 ms between keys),
//   side by side with checking on every keystroke once the syntax passes (the naive way).
// Prints figures; never fails on a timing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { checkSyntax } from '../core/syntax.js';
import { fakeEndpoint, fakePublicKey, handleNode } from '../test/widget/support/fake-endpoint.js';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.js';

const root = resolve(import.meta.dirname, '..');
const bundle = resolve(root, 'dist/bundle/email-check.iife.js');
const PACE_MS = 120;
const ADDRESSES = [
  'jane.doe.smith@example.com',
  'j.random.hacker@gmial.com',
  'marketing.team@company.org',
  'ana.garcia.lopez@correo.es',
  'pierre.dupont@exemple.fr',
];

if (!existsSync(bundle)) {
  console.error('dist/bundle/email-check.iife.js is missing: run `npm run build` first.');
  process.exit(1);
}
const script = readFileSync(bundle, 'utf8');
// The instant checks on their own (widget/validator.ts: core's syntax and suggestions), bundled
// the way the page gets them, for timing them apart from the element.
const validator = await build({
  entryPoints: [resolve(root, 'widget/validator.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'InstantChecks',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const validatorScript = validator.outputFiles[0]?.text ?? '';

const page = `<!doctype html>
<html lang="en">
  <body>
    <form><label>Plain <input id="plain" type="email"></label></form>
    <form>
      <label for="checked">Checked</label>
      <email-check endpoint="${fakeEndpoint}" public-key="${fakePublicKey}">
        <input id="checked" type="email">
      </email-check>
    </form>
    <script src="/email-check.iife.js"></script>
    <script src="/validator.js"></script>
    <script src="/measure.js"></script>
  </body>
</html>`;

// Per keystroke: from the input event's capture at window to the end of the element's update
// (Lit renders in a microtask), the same path measured for the plain input.
const measure = `
window.costs = [];
let start = 0;
addEventListener('input', () => { start = performance.now(); }, true);
addEventListener('input', async (event) => {
  const host = event.target.closest('email-check');
  await (host ? host.updateComplete : Promise.resolve());
  window.costs.push(performance.now() - start);
});
`;

const server = createServer((req, res) => {
  void (async () => {
    if (await handleNode(req, res)) return;
    const files: Record<string, [string, string]> = {
      '/': ['text/html', page],
      '/email-check.iife.js': ['text/javascript', script],
      '/validator.js': ['text/javascript', validatorScript],
      '/measure.js': ['text/javascript', measure],
    };
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  })();
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const tab = await browser.newPage();
await tab.goto(`${base}/`);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const stats = async () =>
  (await (await fetch(`${base}/__fake/stats`)).json()) as { requests: number };

async function typeInto(target: Page, selector: string, address: string): Promise<number[]> {
  await target.fill(selector, '');
  await target.evaluate(() => (window as unknown as { costs: number[] }).costs.splice(0));
  await target.click(selector);
  await target.keyboard.type(address, { delay: PACE_MS });
  return target.evaluate(() => (window as unknown as { costs: number[] }).costs.splice(0));
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, mean, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const plain: number[] = [];
const checked: number[] = [];
const requests: number[] = [];
for (const address of ADDRESSES) {
  plain.push(...(await typeInto(tab, '#plain', address)));
  const before = (await stats()).requests;
  checked.push(...(await typeInto(tab, '#checked', address)));
  await sleep(1500); // the pause after typing, in which the one request goes out and returns
  requests.push((await stats()).requests - before);
}

// The instant checks alone, in the same page, on every prefix of every address: timed per round
// of all prefixes, because one call is below the page clock's resolution.
const instant = await tab.evaluate((addresses) => {
  type Validator = { instant(value: string): unknown };
  const { EmailValidator } = (
    window as unknown as { InstantChecks: { EmailValidator: new () => Validator } }
  ).InstantChecks;
  const prefixes = addresses.flatMap((address) =>
    [...address].map((_, i) => address.slice(0, i + 1)),
  );
  const samples: number[] = [];
  for (let round = 0; round < 200; round++) {
    const start = performance.now();
    // A new validator per value, so its one-value memory never answers.
    for (const prefix of prefixes) new EmailValidator().instant(prefix);
    samples.push((performance.now() - start) / prefixes.length);
  }
  return samples;
}, ADDRESSES);

const naive = ADDRESSES.map(
  (address) => [...address].filter((_, i) => checkSyntax(address.slice(0, i + 1)).valid).length,
);
const version = browser.version();
await browser.close();
server.close();

const ms = (x: number) => `${x.toFixed(3)} ms`.padStart(10);
const row = (cells: string[], widths: number[]) =>
  console.log(
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join(' '),
  );

console.log(
  `Chromium ${version}, ${ADDRESSES.length} addresses typed ${PACE_MS} ms apart, load ${loadavg()[0]?.toFixed(2)}`,
);
console.log('(a page clock ticks in about 0.1 ms steps)\n');
const costWidths = [56, 6, 10, 10, 10, 10];
row(['cost per keystroke', 'n', 'mean', 'median', 'p95', 'max'], costWidths);
for (const [label, samples] of [
  ['plain <input type=email>, no checks (baseline)', plain],
  ['<email-check>: input event to element rendered', checked],
  ['instant checks alone, per value (mean of 200 rounds)', instant],
] as const) {
  const s = summary(samples);
  row([label, String(s.n), ms(s.mean), ms(s.median), ms(s.p95), ms(s.max)], costWidths);
}

const total = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0);
const requestWidths = [30, 14, 21, 10];
console.log();
row(['requests per address', '<email-check>', 'every key once valid', 'every key'], requestWidths);
ADDRESSES.forEach((address, i) => {
  row([address, String(requests[i]), String(naive[i]), String(address.length)], requestWidths);
});
row(
  [
    'total',
    String(total(requests)),
    String(total(naive)),
    String(total(ADDRESSES.map((address) => address.length))),
  ],
  requestWidths,
);
