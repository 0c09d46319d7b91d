import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../../bin/commands/serve.js';
import { spawnCli, type Spawned } from '../proxy/support/spawn.js';

let running: Spawned | undefined;
afterEach(() => {
  if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
  running = undefined;
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('email-check serve', () => {
  it('with no configuration, prints its address and keys; the pk_live_ key works from its own origin only', async () => {
    const port = await freePort();
    running = spawnCli(['serve'], { PORT: String(port) });
    await running.waitFor(/Press Ctrl-C to stop/);
    const out = running.stdout();
    expect(out).toContain(`listening on http://127.0.0.1:${port}`);
    expect(out).toContain(`page:          http://127.0.0.1:${port}/`);
    expect(out).toContain('warning: EMAIL_CHECK_TOKEN_SECRET is not set');
    const live = /pk_live_ key:\s+(pk_live_\S+)/.exec(out)?.[1] ?? '';
    const test = /pk_test_ key:\s+(pk_test_\S+)/.exec(out)?.[1] ?? '';
    expect(live).toMatch(/^pk_live_/);

    const ask = (key: string, origin: string, email: string) =>
      fetch(`http://127.0.0.1:${port}/v1/validate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': key, Origin: origin },
        body: JSON.stringify({ email }),
      });
    // Invalid syntax is settled before any DNS lookup, so this stays on the machine.
    const own = await ask(live, `http://localhost:${port}`, 'not-an-address');
    expect(own.status).toBe(200);
    expect(((await own.json()) as { data: { result: string } }).data.result).toBe('undeliverable');
    expect((await ask(live, 'https://elsewhere.example', 'not-an-address')).status).toBe(403);
    const magic = await ask(test, 'https://elsewhere.example', 'risky@example.com');
    expect(((await magic.json()) as { data: { result: string } }).data.result).toBe('risky');

    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain(live);

    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
  });

  it('refuses a configuration file with a misspelt property, saying what was meant, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-check-serve-'));
    const file = join(dir, 'proxy.json');
    writeFileSync(file, JSON.stringify({ cache: { maxentries: 5 } }));
    running = spawnCli(['serve'], { EMAIL_CHECK_CONFIG: file, PORT: String(await freePort()) });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain(
      'cache: received an unsupported property `maxentries`. Did you mean `maxEntries`?',
    );
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    running = spawnCli(['serve'], { PORT: String(port) });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain(`cannot listen on 127.0.0.1:${port}`);
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('refuses unknown options with exit 2', async () => {
    const written: string[] = [];
    const spy = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => written.push(String(chunk)) > 0);
    const code = await serve(['--bogus']);
    spy.mockRestore();
    expect(code).toBe(2);
    expect(written.join('')).toContain('Usage: email-check serve');
  });
});
