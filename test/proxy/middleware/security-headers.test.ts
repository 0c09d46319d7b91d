import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../proxy/middleware/security-headers.js';

/** An app that answers with whatever headers `middleware` leaves, after setting X-Powered-By. */
function appWith(middleware: express.RequestHandler) {
  const app = express();
  app.use((_req, res, next) => {
    res.setHeader('X-Powered-By', 'a host app');
    next();
  });
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}

/** The answer's headers, without the ones that change from one answer to the next. */
async function headersOf(app: express.Express) {
  const res = await request(app).get('/');
  const headers: Record<string, unknown> = { ...res.headers };
  delete headers['date'];
  delete headers['etag'];
  return headers;
}

describe('securityHeaders', () => {
  it('sets exactly the headers helmet() sets, and removes what it removes', async () => {
    const ours = await headersOf(appWith(securityHeaders()));
    expect(ours).toEqual(await headersOf(appWith(helmet())));
    expect(ours['x-powered-by']).toBeUndefined();
    expect(ours['content-security-policy']).toContain("default-src 'self'");
    expect(ours['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(Object.keys(ours).length).toBeGreaterThan(10);
  });

  it('sets them on every answer, not only the first', async () => {
    const app = appWith(securityHeaders());
    const first = await headersOf(app);
    const second = await headersOf(app);
    expect(second).toEqual(first);
  });
});
