#!/usr/bin/env node
// Runs every check `npm test` promises, in order, and ends with one line that sums all suites:
// `N passed, N failed`. Lint, type-check and build count as one failure each when they fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const out = 'test-output';
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;

/** Runs a command with inherited output; returns whether it exited 0. */
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1', ...env },
  });
  return result.status === 0;
}

function step(label, command, args) {
  if (!run(label, command, args)) {
    console.error(`✗ ${label} failed`);
    failed++;
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

step('lint', bin('eslint'), ['.']);
step('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
step('build', 'node', ['scripts/build.js']);

// Node suites (core, proxy, pipeline, CLI, end-to-end) under vitest.
const vitestJson = `${out}/vitest.json`;
rmSync(vitestJson, { force: true });
const vitestOk = run('node suites', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no tests to count: count the file.
  for (const file of report.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) failed++;
  }
} else if (!vitestOk) failed++;

// Browser suites in real Chromium under web-test-runner.
const wtrJson = `${out}/wtr.json`;
rmSync(wtrJson, { force: true });
const wtrOk = run('browser suites', bin('wtr'), [], { WTR_SUMMARY_FILE: wtrJson });
if (existsSync(wtrJson)) {
  const report = JSON.parse(readFileSync(wtrJson, 'utf8'));
  passed += report.passed;
  failed += report.failed;
  if (!wtrOk && report.failed === 0) failed++;
} else if (!wtrOk) failed++;

// The summed line, also kept in a file: .ci/run prints it itself (and asks us not to, so CI
// sees it once).
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${out}/summary.txt`, `${summary}\n`);
if (!process.env.EMAIL_CHECK_SUMMARY_BY_CALLER) console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
