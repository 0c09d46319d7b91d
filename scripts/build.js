#!/usr/bin/env node
// Builds everything the package ships: the Node side and type declarations (tsc), the widget's
// ESM and script-tag bundles (vite), and the custom-elements manifest for editors.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']],
  ['node_modules/.bin/vite', ['build', '--mode', 'esm', '--logLevel', 'warn']],
  ['node_modules/.bin/vite', ['build', '--mode', 'iife', '--logLevel', 'warn']],
  [
    'node_modules/.bin/cem',
    ['analyze', '--litelement', '--globs', 'widget/**/*.ts', '--outdir', 'dist', '--quiet'],
  ],
];

rmSync('dist', { recursive: true, force: true });
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build failed at: ${command} ${args.join(' ')}`);
    process.exit(status ?? 1);
  }
}
