import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmailCheckApp } from './app.js';

export interface StartServerOptions {
  /** The proxy; closed after the server has stopped. */
  app: EmailCheckApp;
  /** What answers requests, when the app is mounted into a larger site. Default: `app`. */
  handler?: RequestListener;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** How long in-flight requests may take to finish after a stop was asked. Default 10 000 ms. */
  graceMs?: number;
}

export interface RunningServer {
  server: Server;
  /** `http://HOST:PORT` as listened on. */
  url: string;
  port: number;
  /**
   * Stops cleanly: no new connections, idle keep-alive connections closed, in-flight requests
   * finished (or cut after `graceMs`), then the app's stores and upstreams closed.
   * Resolves `true` when everything finished in time.
   */
  stop(): Promise<boolean>;
}

/** Listens with the app; the returned `stop()` is what SIGINT/SIGTERM should call. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { app } = options;
  const host = options.host ?? '127.0.0.1';
  const graceMs = options.graceMs ?? 10_000;
  const server = createServer(options.handler ?? app);
  // Slow-loris guards: a client gets 10 s for its headers and 30 s for the whole request.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  let stopping: Promise<boolean> | undefined;
  return {
    server,
    url: `http://${shown}:${port}`,
    port,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
        server.closeIdleConnections();
        // Keep-alive connections become idle once their request is answered: close them then.
        const sweeper = setInterval(() => server.closeIdleConnections(), 100);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => {
            server.closeAllConnections();
            resolve(false);
          }, graceMs);
        });
        const finished = await Promise.race([closed, late]);
        clearInterval(sweeper);
        clearTimeout(timer);
        await app.close();
        return finished;
      })();
      return stopping;
    },
  };
}
