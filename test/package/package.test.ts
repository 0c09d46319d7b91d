import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as users install it: pack the tarball, install it into a fresh project next to the
// frameworks people use, and use every entry point from there.

const root = resolve(import.meta.dirname, '../..');
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const versionOf = (name: string) => own.devDependencies[name] ?? own.dependencies[name];
const consumerDeps = [
  'react',
  'react-dom',
  'vue',
  '@vitejs/plugin-vue',
  'vite',
  'typescript',
  'express',
  '@types/express',
  '@types/node',
].map((name) => `${name}@${versionOf(name)}`);

let work = '';
let app = '';

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (
    !existsSync(join(root, 'dist/bundle/email-check.js')) ||
    !existsSync(join(root, 'dist/proxy/index.js'))
  ) {
    execFileSync('node', ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
  }
  work = mkdtempSync(join(tmpdir(), 'email-check-package-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  if (!tarball) throw new Error('npm pack printed no file name');
  app = join(work, 'app');
  cpSync(join(root, 'test/package/consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      join(work, tarball),
      ...consumerDeps,
    ],
    { cwd: app, stdio: 'inherit', timeout: 180_000 },
  );
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', { timeout: 120_000 }, () => {
  it('ships the built code, the types and the bundles, and no tests or sources', () => {
    const installed = join(app, 'node_modules/email-check');
    for (const file of [
      'dist/bundle/email-check.js',
      'dist/bundle/email-check.iife.js',
      'dist/custom-elements.json',
      'dist/widget/index.d.ts',
      'dist/core/index.d.ts',
      'dist/proxy/index.d.ts',
      'dist/bin/email-check.js',
    ]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(existsSync(join(installed, 'core/syntax.ts'))).toBe(false);
  });

  it('builds a Vite page importing email-check, in plain HTML, React and Vue', () => {
    const build = run(join(app, 'node_modules/.bin/vite'), ['build'], app);
    expect(build.status, build.stderr).toBe(0);
    const out = join(app, 'dist');
    for (const page of ['index.html', 'react/index.html', 'vue/index.html']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    const scripts = readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js'));
    const code = scripts.map((file) => readFileSync(join(out, 'assets', file), 'utf8')).join('\n');

    // The element is defined; Lit came along from the consumer's node_modules.
    expect(/customElements\.define\(\s*['"`]email-check/.test(code), 'defines <email-check>').toBe(
      true,
    );
  });

  it('mounts createApp from email-check/proxy into an existing Express app and answers', () => {
    const result = run('node', ['server.mjs'], app);
    expect(result.status, result.stderr).toBe(0);
    const lastLine = result.stdout.trim().split('\n').pop() ?? '';
    const { status, body, home } = JSON.parse(lastLine) as {
      status: number;
      body: { status: string; data: { result: string }; token: string };
      home: string;
    };
    expect(home).toBe('my site');
    expect(status).toBe(200);
    expect(body.status).toBe('success');
    expect(body.data.result).toBe('undeliverable');
    expect(typeof body.token).toBe('string');
  });

  it('runs `npx email-check analyze` from the installed bin', () => {
    const result = run(
      'npx',
      ['--no-install', 'email-check', 'analyze', '--json', 'jane@gmial.com'],
      app,
    );
    expect(result.status, result.stderr).toBe(0);
    const line = JSON.parse(result.stdout.trim()) as {
      email: string;
      valid: boolean;
      suggestion: string;
    };
    expect(line).toMatchObject({
      email: 'jane@gmial.com',
      valid: true,
      suggestion: 'jane@gmail.com',
    });
  });

  it('resolves the types of the widget, the core and the proxy for a TypeScript consumer', () => {
    const result = run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
