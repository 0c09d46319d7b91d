// Throughput of `email-check analyze --json` on 1,000,000 lines streamed through standard input,
// side by side with the naive way (readline, one write per line), the same chunked streaming with
// no analysis (the I/O floor) and analyze() in process with no I/O (the ceiling).
// Prints figures; never fails on a timing.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { analyze } from '../core/analyze.js';
import { createAnalyzer } from '../core/batch-analyze.js';

const LINES = 1_000_000;
const root = resolve(import.meta.dirname, '..');
// Inside the repository, so the bundles find node_modules.
mkdirSync(join(root, 'test-output'), { recursive: true });
const work = mkdtempSync(join(root, 'test-output', 'bench-analyze-'));

/** A mix like a real export: mostly valid, some typos, paste mistakes, junk and IDN. */
const SAMPLES = [
  'jane.doe@gmail.com',
  'John.Smith+news@Example.COM',
  'support@company.co.uk',
  'bob@gmial.com',
  'alice@hotmial.com',
  'mailto:team@example.org?subject=Hi',
  'Jane Doe <jane@example.net>',
  'sales@example.com,',
  'broken@@example.com',
  'not an address',
  '',
  'josé@bücher.de',
  'user@例え.テスト',
  'info@mailinator.com',
  'x@localhost',
  `${'a'.repeat(70)}@example.com`,
];

function inputFile(): { file: string; lines: string[] } {
  const file = join(work, 'input.txt');
  const lines = Array.from({ length: LINES }, (_, i) => {
    const sample = SAMPLES[i % SAMPLES.length] ?? '';
    // Vary the local parts so nothing downstream can cache its way through.
    return i % 3 === 0 ? sample.replace(/^([a-z]+)/, `$1${i}`) : sample;
  });
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return { file, lines };
}

/** Compiles a TypeScript entry to one ESM file that plain `node` runs. */
async function bundle(name: string, entry: { file: string } | { code: string }): Promise<string> {
  const outfile = join(work, `${name}.mjs`);
  await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.code, resolveDir: root, loader: 'ts' as const } }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'warning',
  });
  return outfile;
}

interface Figure {
  name: string;
  seconds: number;
  lines: number;
}

/** Runs `node script args < input`, counting output lines as they stream past. */
function measure(name: string, script: string, args: string[], input: string): Promise<Figure> {
  const stdin = openSync(input, 'r');
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], { stdio: [stdin, 'pipe', 'inherit'] });
  let lines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', () => {
      closeSync(stdin);
      done({ name, seconds: (performance.now() - started) / 1000, lines });
    });
  });
}

/** The analysis alone, in this process, with no I/O: the ceiling for any CLI. */
function inProcess(name: string, run: (input: string) => unknown, input: string[]): Figure {
  const started = performance.now();
  let bytes = 0;
  for (const line of input) bytes += JSON.stringify(run(line)).length;
  const seconds = (performance.now() - started) / 1000;
  return { name, seconds, lines: bytes > 0 ? input.length : 0 };
}

// The obvious implementation: what the CLI would be without chunking, batching or the memo.
const naive = `
import { createInterface } from 'node:readline';
import { analyze } from './core/analyze.ts';
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) process.stdout.write(JSON.stringify(analyze(line)) + '\\n');
`;

const ioOnly = `
import { mapLines } from './bin/lines.ts';
await mapLines(process.stdin, process.stdout, (line) => line);
`;

try {
  const { file: input, lines } = inputFile();
  const cli = await bundle('email-check', { file: join(root, 'bin/email-check.ts') });
  const figures: Figure[] = [
    await measure(
      'email-check analyze --json (chunked, batched writes)',
      cli,
      ['analyze', '--json'],
      input,
    ),
    await measure(
      'naive: readline, one write per line',
      await bundle('naive', { code: naive }),
      [],
      input,
    ),
    await measure(
      'I/O floor: same streaming, no analysis',
      await bundle('io', { code: ioOnly }),
      [],
      input,
    ),
    await measure('email-check analyze (text form)', cli, ['analyze'], input),
    inProcess('in process: createAnalyzer() (domain memo) + JSON, no I/O', createAnalyzer(), lines),
    inProcess('in process: analyze() + JSON, no I/O', (line) => analyze(line), lines),
  ];
  console.log(
    `${LINES.toLocaleString('en')} lines, CRLF; load average ${loadavg()[0]?.toFixed(2)}`,
  );
  console.log('');
  console.log('| run | seconds | lines/s | lines out |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const { name, seconds, lines } of figures) {
    const rate = Math.round(lines / seconds).toLocaleString('en');
    console.log(`| ${name} | ${seconds.toFixed(2)} | ${rate} | ${lines.toLocaleString('en')} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
