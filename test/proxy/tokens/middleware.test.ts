import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { verdictTokenMiddleware } from '../../../proxy/tokens/middleware.js';
import { signVerdictToken } from '../../../proxy/tokens/sign.js';
import type { VerdictResult } from '../../../core/verdict.js';

const secret = 'the-site-shares-this-secret-with-its-proxy';

function token(result: VerdictResult, acceptedWarning = false, email = 'jane@example.com') {
  return signVerdictToken({ email, result, score: 80, keyId: 'live-key', acceptedWarning }, secret);
}

/** A tiny site with a signup route guarded by the middleware. */
function site(options: Partial<Parameters<typeof verdictTokenMiddleware>[0]> = {}) {
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.post('/signup', verdictTokenMiddleware({ secret, ...options }), (_req, res) => {
    res.json({ signedUp: true, check: res.locals['emailCheck'] });
  });
  return app;
}

describe('verdictTokenMiddleware on a signup route', () => {
  it('lets a deliverable address with its token through and exposes the claims', async () => {
    const res = await request(site())
      .post('/signup')
      .type('form')
      .send({ email: 'jane@example.com', email_check_token: token('deliverable') });
    expect(res.status).toBe(200);
    expect(res.body.check.claims.res).toBe('deliverable');
  });

  it('refuses a form without a token', async () => {
    const res = await request(site())
      .post('/signup')
      .type('form')
      .send({ email: 'jane@example.com' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'token_missing', field: 'email_check_token' });
  });

  it('refuses a token issued for another address', async () => {
    const res = await request(site())
      .post('/signup')
      .type('form')
      .send({ email: 'mallory@example.com', email_check_token: token('deliverable') });
    expect(res.body.error.code).toBe('token_wrong_email');
  });

  it('refuses an undeliverable verdict even with a valid token', async () => {
    const res = await request(site())
      .post('/signup')
      .type('form')
      .send({ email: 'jane@example.com', email_check_token: token('undeliverable') });
    expect(res.body.error.code).toBe('token_not_accepted');
  });

  it('lets a risky address through only when the person accepted the warning', async () => {
    const send = (accepted: boolean) =>
      request(site())
        .post('/signup')
        .type('form')
        .send({ email: 'jane@example.com', email_check_token: token('risky', accepted) });
    expect((await send(false)).status).toBe(400);
    expect((await send(true)).status).toBe(200);
  });

  it('lets an unknown verdict through: we could not tell, so people pass', async () => {
    const res = await request(site())
      .post('/signup')
      .type('form')
      .send({ email: 'jane@example.com', email_check_token: token('unknown') });
    expect(res.status).toBe(200);
  });

  it('reads other field names and leaves the decision to the route with respond: false', async () => {
    const res = await request(site({ field: 'verdict', emailField: 'address', respond: false }))
      .post('/signup')
      .type('form')
      .send({ address: 'jane@example.com', verdict: 'tampered' });
    expect(res.status).toBe(200);
    expect(res.body.check).toEqual({ ok: false, reason: 'malformed' });
  });

  it('applies a custom accept policy', async () => {
    const strict = site({ accept: (claims) => claims.res === 'deliverable' && claims.score >= 90 });
    const res = await request(strict)
      .post('/signup')
      .type('form')
      .send({ email: 'jane@example.com', email_check_token: token('deliverable') });
    expect(res.body.error.code).toBe('token_not_accepted');
  });

  it('refuses to be set up without the token secret', () => {
    expect(() => verdictTokenMiddleware({ secret: '' })).toThrow(/secret/);
  });
});
