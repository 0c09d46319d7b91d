import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dispatcher in front of every subcommand, run the way `npm run cli` runs it.
const root = resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
  const result = spawnSync(
    resolve(root, 'node_modules/.bin/tsx'),
    [resolve(root, 'bin/email-check.ts'), ...args],
    { encoding: 'utf8', timeout: 30_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('email-check', { timeout: 30_000 }, () => {
  it('prints the commands and exits 0 with --help', () => {
    const { status, stdout } = cli('--help');
    expect(status).toBe(0);
    for (const command of ['analyze', 'validate', 'serve', 'keys'])
      expect(stdout).toContain(command);
  });

  it('prints the usage and exits 2 without a command', () => {
    const { status, stdout } = cli();
    expect(status).toBe(2);
    expect(stdout).toContain('Usage: email-check <command>');
  });

  it('refuses an unknown command, including names every object inherits', () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      const { status, stderr } = cli(name);
      expect(status, name).toBe(2);
      expect(stderr).toContain(`unknown command "${name}"`);
    }
  });
});
