import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const BUILT = 'dist/bin/email-check.js';
/**
 * The command's own source compiled into one file, so each test starts a plain `node` in a
 * fraction of the time tsx takes; the source and build paths have their own tests below.
 */
const BUNDLE = 'test-output/bin-analyze/email-check.mjs';
const COMMAND = ['node', BUNDLE] as const;

beforeAll(async () => {
  await build({
    entryPoints: ['bin/email-check.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
});

/**
 * Runs a real `email-check` process. `input` is written to its standard input piece by piece,
 * pausing between pieces so each arrives as its own chunk; without it, stdin is closed at once.
 */
function run(
  args: string[],
  input: (string | Uint8Array)[] = [],
  command: readonly string[] = COMMAND,
): Promise<Run> {
  const [file = '', ...first] = command;
  const child = spawn(file, [...first, ...args], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  void (async () => {
    for (const piece of input) {
      child.stdin.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.stdin.end();
  })();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('email-check analyze', () => {
  it('prints one JSON object per address given as arguments, in order', async () => {
    const { code, stdout } = await run(['analyze', '--json', 'Jane@Example.com', 'jane@@x.com']);
    expect(code).toBe(0);
    const [first, second, ...rest] = jsonLines(stdout);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      email: 'Jane@Example.com',
      valid: true,
      code: null,
      normalized: 'jane@example.com',
      suggestion: null,
    });
    expect(second).toMatchObject({
      email: 'jane@@x.com',
      valid: false,
      code: 'double_at',
      normalized: null,
      suggestion: 'jane@x.com',
    });
  });

  it('reads standard input one address per line: CRLF, empty lines and a last line without newline', async () => {
    const { code, stdout } = await run(
      ['analyze', '--json'],
      ['jane@example.com\r\n\n mailto:joe@example.com \n', 'last@example.org'],
    );
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.email)).toEqual([
      'jane@example.com',
      '',
      ' mailto:joe@example.com ',
      'last@example.org',
    ]);
    expect(lines.map((line) => line.code)).toEqual([null, 'empty', 'mailto', null]);
  });

  it('keeps every line, in order, through a long input', async () => {
    const count = 50_000;
    const input = Array.from({ length: count }, (_, i) =>
      i % 7 === 0 ? `bad ${i}@example.com` : `user${i}@example.com`,
    );
    // Several big pieces, so lines are split across chunk boundaries.
    const text = input.join('\n') + '\n';
    const pieces = [0, 1, 2, 3].map((i) =>
      text.slice((i * text.length) / 4, ((i + 1) * text.length) / 4),
    );
    const { code, stdout } = await run(['analyze', '--json'], pieces);
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(count);
    lines.forEach((line, i) => {
      expect(line.email).toBe(input[i]);
      expect(line.valid).toBe(i % 7 !== 0);
    });
  });

  it('decodes a character whose bytes arrive in two separate chunks', async () => {
    const bytes = new TextEncoder().encode('jane@bücher.de\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const { stdout } = await run(['analyze', '--json'], [bytes.slice(0, cut), bytes.slice(cut)]);
    expect(jsonLines(stdout)).toMatchObject([
      { email: 'jane@bücher.de', valid: true, normalized: 'jane@xn--bcher-kva.de' },
    ]);
  });

  it('drops a byte-order mark at the start of the input', async () => {
    const { stdout } = await run(['analyze', '--json'], ['\ufeffjane@example.com\n']);
    expect(jsonLines(stdout)).toMatchObject([{ email: 'jane@example.com', valid: true }]);
  });

  it('prints nothing for empty input', async () => {
    const { code, stdout } = await run(['analyze', '--json'], []);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('prints one readable line per address without --json', async () => {
    const { code, stdout } = await run([
      'analyze',
      'Info@Mailinator.com',
      'Jane Doe <jane@gmial.com>',
      '',
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Info@Mailinator.com: valid as info@mailinator.com; role address; disposable domain',
      'Jane Doe <jane@gmial.com>: invalid (display_name): Only the address between < and > is ' +
        'needed. Did you mean jane@gmail.com?',
      '"": invalid (empty): Enter an email address.',
      '',
    ]);
  });

  it('exits 0 even when every address is invalid', async () => {
    const { code, stdout } = await run(['analyze', 'nope', 'jane@', '@example.com']);
    expect(code).toBe(0);
    expect(stdout.match(/: invalid /g)).toHaveLength(3);
  });

  it('accepts a Unicode local part when asked to', async () => {
    const { stdout } = await run([
      'analyze',
      '--json',
      '--allow-unicode-local',
      'José@example.com',
    ]);
    expect(jsonLines(stdout)).toMatchObject([{ valid: true, normalized: 'josé@example.com' }]);
  });

  it('takes addresses that start with - after --', async () => {
    const { code, stdout } = await run(['analyze', '--json', '--', '-jane@example.com', '--json']);
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((line) => line.email)).toEqual(['-jane@example.com', '--json']);
  });

  it('refuses an unknown option with status 2, naming it and the option meant', async () => {
    const { code, stdout, stderr } = await run(['analyze', '--jsn', 'jane@example.com']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown option --jsn. Did you mean --json?');
    expect(stderr).toContain('Usage: email-check analyze');
  });

  it('prints its usage and exits 0 for --help', async () => {
    const { code, stdout } = await run(['analyze', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: email-check analyze \[--json\]/);
  });

  it('stops quietly when the reader goes away, as with | head', async () => {
    const child = spawn('node', [BUNDLE, 'analyze', '--json'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdin.on('error', () => undefined);
    child.stdout.once('data', () => child.stdout.destroy());
    const line = 'jane@example.com\n';
    child.stdin.end(line.repeat(200_000));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('runs the same through npm run --silent cli', async () => {
    const { code, stdout } = await run(
      ['analyze', '--json', 'jane@example.com'],
      [],
      ['npm', 'run', '--silent', 'cli', '--'],
    );
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toMatchObject([{ email: 'jane@example.com', valid: true }]);
  });

  // `npm test` builds before this suite runs; run alone without a build, there is nothing to run.
  it('runs the same from the build (node dist/…)', async (context) => {
    if (!existsSync(BUILT)) context.skip('no build: run `npm run build` first');
    const { code, stdout } = await run(
      ['analyze', '--json'],
      ['jane@example.com\r\nmailto:joe@example.com'],
      ['node', BUILT],
    );
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toMatchObject([
      { email: 'jane@example.com', valid: true },
      { code: 'mailto', suggestion: 'joe@example.com' },
    ]);
  });
});
