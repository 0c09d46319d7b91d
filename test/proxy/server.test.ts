import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli, type Spawned } from './support/spawn.js';

let running: Spawned | undefined;
afterEach(() => {
  if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
  running = undefined;
});

describe('the standalone server', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'finishes an in-flight request on %s, refuses new connections, and exits 0',
    async (signal) => {
      running = spawnCli(['serve'], { PORT: '0', EMAIL_CHECK_TOKEN_SECRET: 'x'.repeat(40) });
      const [, url] = await running.waitFor(/listening on (http:\/\/\S+)/);
      const [, testKey] = await running.waitFor(/pk_test_ key:\s+(pk_test_\S+)/);
      // slow@example.com answers after 1.5 s on the test upstream.
      const slow = fetch(`${url}/v1/validate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': testKey ?? '' },
        body: JSON.stringify({ email: 'slow@example.com' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      running.child.kill(signal);
      await running.waitFor(/finishing in-flight requests/);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      const res = await slow;
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { email: string } };
      expect(body.data.email).toBe('slow@example.com');
      expect(await running.exited).toBe(0);
      expect(running.stdout()).toMatch(/stopped\n$/);
    },
  );
});
