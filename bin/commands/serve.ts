import { parseArgs } from 'node:util';
import express from 'express';
import { createApp } from '../../proxy/app.js';
import { ConfigError } from '../../proxy/config/errors.js';
import { loadConfig } from '../../proxy/config/load.js';
import { createDemoSite } from '../../proxy/demo/site.js';
import { generateSecret } from '../../proxy/keys/generate.js';
import { startServer } from '../../proxy/server.js';

const help = `Usage: email-check serve

Runs the proxy. Configuration comes from the environment:
  PORT                       port to listen on (default 8787)
  HOST                       address to listen on (default 127.0.0.1; 0.0.0.0 in containers)
  EMAIL_CHECK_CONFIG         JSON configuration file (keys, rules, upstreams, limits, cache)
  EMAIL_CHECK_TOKEN_SECRET   signs verdict tokens (generated per start when unset)
  EMAIL_CHECK_METRICS_TOKEN  bearer token that may read /metrics
  REDIS_URL                  shared verdict cache and rate-limit counters
  SPAMIDATE_API_KEY, XMAGNET_API_KEY   the hosted upstreams' secrets

With no configuration file it serves the local pipeline with a generated pk_test_ key and a
pk_live_ key bound to its own origin, and keeps nothing on disk. Ctrl-C stops it cleanly.
`;

/** Resolves once the server has stopped after SIGINT or SIGTERM. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** `email-check serve`: the proxy, standalone, until SIGINT or SIGTERM. */
export async function serve(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  } catch (error) {
    process.stderr.write(`email-check serve: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(help);
    return 0;
  }
  let loaded;
  let app;
  let handler: express.Express | undefined;
  try {
    loaded = loadConfig(process.env);
    // The demo's signup backend verifies tokens, so it needs the secret the proxy signs with.
    const tokenSecret = loaded.app.tokenSecret ?? generateSecret();
    app = createApp({ ...loaded.app, tokenSecret });
    if (loaded.generatedKeys) {
      // With no configuration, the demo pages come first and the proxy answers everything else.
      handler = express();
      handler.set('x-powered-by', false);
      handler.use(createDemoSite({ keys: loaded.generatedKeys, tokenSecret }), app);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`email-check serve: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const stopped = stopSignal();
  let running;
  try {
    running = await startServer({ app, handler, port: loaded.port, host: loaded.host });
  } catch (error) {
    await app.close();
    process.stderr.write(
      `email-check serve: cannot listen on ${loaded.host}:${loaded.port}: ${(error as Error).message}\n`,
    );
    return 1;
  }
  const { url } = running;
  const lines = [
    `email-check proxy listening on ${url}`,
    ...(handler ? [`  page:          ${url}/   (the signup demo; ${url}/demo/playground)`] : []),
    `  widget script: ${url}/email-check.iife.js`,
    `  API:           ${url}/v1/validate   (OpenAPI: ${url}/openapi.json)`,
  ];
  if (loaded.generatedKeys) {
    lines.push(
      `  pk_test_ key:  ${loaded.generatedKeys.test}   (mock verdicts for the magic addresses, any origin)`,
      `  pk_live_ key:  ${loaded.generatedKeys.live}   (the local pipeline, from this origin only)`,
      '  These keys are made up for this start and kept nowhere; set EMAIL_CHECK_CONFIG to keep your own.',
    );
  }
  for (const warning of loaded.warnings) lines.push(`warning: ${warning}`);
  lines.push('Press Ctrl-C to stop.');
  process.stdout.write(`${lines.join('\n')}\n`);

  const signal = await stopped;
  process.stdout.write(`${signal}: finishing in-flight requests…\n`);
  const clean = await running.stop();
  process.stdout.write(clean ? 'stopped\n' : 'stopped (some requests were cut off)\n');
  return 0;
}
