import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createApp } from '../../proxy/app.js';
import { createDemoSite } from '../../proxy/demo/site.js';
import { startServer, type RunningServer } from '../../proxy/server.js';

export const tokenSecret = 'e2e-token-secret-0123456789-abcdefghij';
export const keys = {
  test: 'pk_test_e2e_0123456789abcdef',
  live: 'pk_live_e2e_0123456789abcdef',
};

/** The demo site and the proxy on two origins, as a site deploys them: built bundle, real HTTP. */
export interface Stack {
  siteUrl: string;
  proxy: RunningServer;
  stop(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  // The site first: the proxy's public keys are bound to its origin.
  const site = express();
  const siteServer = await new Promise<Server>((resolve) => {
    const server = site.listen(0, '127.0.0.1', () => resolve(server));
  });
  const sitePort = (siteServer.address() as AddressInfo).port;
  const siteUrl = `http://127.0.0.1:${sitePort}`;

  const app = createApp({
    keys: [
      { key: keys.test, origins: [siteUrl] },
      { key: keys.live, origins: [siteUrl] },
    ],
    tokenSecret,
    // The live key's pipeline asks a DNS server on loopback that is not there: a test run sends
    // nothing off this machine, whatever is typed.
    pipeline: { dns: { servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 } },
    log: { level: 'silent' },
  });
  const proxy = await startServer({ app, port: 0, graceMs: 2_000 });
  site.use(
    createDemoSite({
      keys,
      tokenSecret,
      endpoint: `${proxy.url}/v1/validate`,
      bundle: `${proxy.url}/email-check.iife.js`,
      defaultMode: 'test',
    }),
  );
  return {
    siteUrl,
    proxy,
    async stop() {
      await proxy.stop();
      siteServer.closeAllConnections();
      await new Promise((resolve) => siteServer.close(resolve));
    },
  };
}
