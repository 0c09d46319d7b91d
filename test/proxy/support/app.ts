import { Writable } from 'node:stream';
import { createApp, type EmailCheckApp } from '../../../proxy/app.js';
import type { AppConfigInput } from '../../../proxy/config/schema.js';
import { createLogger } from '../../../proxy/logging.js';

/** Keys every app test uses; long enough for the key format, obviously fake. */
export const keys = {
  test: 'pk_test_TESTtesttestTESTtest0001',
  live: 'pk_live_LIVEliveliveLIVElive0001',
  secret: 'sk_live_SECRETsecretSECRETsec0001',
};

export const shopOrigin = 'https://shop.example.com';
export const tokenSecret = 'test-token-secret-0123456789abcdefghij';

/** A pipeline that only ever talks to loopback (a DNS server that is not there). */
export const loopbackPipeline = { dns: { servers: ['127.0.0.1:9'], timeoutMs: 100, tries: 1 } };

/** The configuration most tests start from: a test, a live and a secret key. */
export function baseConfig(overrides: AppConfigInput = {}): AppConfigInput {
  return {
    keys: [
      { key: keys.test, id: 'test-key' },
      { key: keys.live, id: 'live-key', origins: [shopOrigin, 'https://*.example.org'] },
      { key: keys.secret, id: 'secret-key' },
    ],
    tokenSecret,
    pipeline: loopbackPipeline,
    ...overrides,
  };
}

export interface TestApp {
  app: EmailCheckApp;
  /** Every log line the app wrote so far, parsed. */
  logs(): Record<string, unknown>[];
  /** Every log line as written. */
  rawLogs: string[];
}

/** An app whose logs are captured instead of printed. Close it with `app.close()`. */
export function makeApp(config: AppConfigInput = baseConfig()): TestApp {
  const rawLogs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      rawLogs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger('info', sink);
  const app = createApp(config, { logger });
  return {
    app,
    rawLogs,
    logs() {
      return rawLogs.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}
