import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../../bin/commands/keys.js';
import { spawnCli } from '../proxy/support/spawn.js';

/** Runs the command in this process, capturing what it writes. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = await keys(args);
  vi.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('email-check keys', () => {
  it('prints a public key, a secret key and a token secret as JSON with --json', async () => {
    const cli = spawnCli(['keys', '--json']);
    expect(await cli.exited).toBe(0);
    const generated = JSON.parse(cli.stdout()) as Record<string, string>;
    expect(generated['publicKey']).toMatch(/^pk_live_[A-Za-z0-9_-]{32}$/);
    expect(generated['secretKey']).toMatch(/^sk_live_[A-Za-z0-9_-]{32}$/);
    expect(generated['tokenSecret']).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('makes new keys every time', async () => {
    const [a, b] = [await run('--json'), await run('--json')];
    expect(a.stdout).not.toBe(b.stdout);
  });

  it('labels each value for people without --json', async () => {
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout).toMatch(/public key .*pk_live_/);
    expect(stdout).toMatch(/secret key .*sk_live_/);
    expect(stdout).toMatch(/EMAIL_CHECK_TOKEN_SECRET/);
  });

  it('refuses an unknown option with exit 2', async () => {
    const { code, stderr } = await run('--yaml');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--yaml'");
  });
});
