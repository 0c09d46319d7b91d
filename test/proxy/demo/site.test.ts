import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createDemoSite } from '../../../proxy/demo/site.js';
import { signVerdictToken } from '../../../proxy/tokens/index.js';

const keys = { test: 'pk_test_demo_0123456789abcdef', live: 'pk_live_demo_0123456789abcdef' };
const tokenSecret = 'demo-token-secret-0123456789abcdefghij';

function site(defaultMode: 'test' | 'live' = 'live') {
  return express().use(createDemoSite({ keys, tokenSecret, defaultMode }));
}

function token(email: string, result: 'deliverable' | 'undeliverable' = 'deliverable') {
  return signVerdictToken(
    { email, result, score: 90, keyId: 'demo', acceptedWarning: false },
    tokenSecret,
  );
}

describe('the demo site', () => {
  it('serves the signup page with the key the query asks for', async () => {
    const live = await request(site()).get('/').expect(200);
    expect(live.text).toContain(`public-key="${keys.live}"`);
    const test = await request(site()).get('/?key=test').expect(200);
    expect(test.text).toContain(`public-key="${keys.test}"`);
    expect(test.text).toContain('deliverable@example.com');
  });

  it('marks only the current page in the navigation', async () => {
    const page = await request(site()).get('/demo/playground').expect(200);
    expect(page.text).toMatch(/href="\/demo\/playground\?key=live" aria-current="page"/);
    expect(page.text).toMatch(/href="\/\?key=live" aria-current="false"/);
  });

  it('falls back to the default key for an unknown mode, never echoing the query', async () => {
    const page = await request(site('test')).get('/?key=%3Cscript%3E').expect(200);
    expect(page.text).toContain(`public-key="${keys.test}"`);
    expect(page.text).not.toContain('<script>');
  });

  it('accepts a signup whose token is valid for the address', async () => {
    const answer = await request(site())
      .post('/demo/signup')
      .type('form')
      .send({ email: 'jane@example.com', email_check_token: token('jane@example.com') })
      .expect(200);
    expect(answer.text).toContain('data-state="accepted"');
    expect(answer.text).toContain('data-token="valid"');
  });

  it('accepts a signup without a token as unverified: the widget failed open', async () => {
    const answer = await request(site())
      .post('/demo/signup')
      .type('form')
      .send({ email: 'jane@example.com' })
      .expect(200);
    expect(answer.text).toContain('data-token="missing"');
  });

  it('refuses an undeliverable verdict and a token for another address, saying why', async () => {
    const refused = await request(site())
      .post('/demo/signup')
      .type('form')
      .send({
        email: 'jane@example.com',
        email_check_token: token('jane@example.com', 'undeliverable'),
      })
      .expect(422);
    expect(refused.text).toContain('The email check refused this address.');
    const swapped = await request(site())
      .post('/demo/signup')
      .type('form')
      .send({ email: 'jane@example.com', email_check_token: token('bob@example.com') })
      .expect(422);
    expect(swapped.text).toContain('data-token="wrong_email"');
  });

  it('escapes what the person typed on the result page', async () => {
    const answer = await request(site())
      .post('/demo/signup')
      .type('form')
      .send({ email: '<img src=x onerror=alert(1)>@example.com' })
      .expect(200);
    expect(answer.text).not.toContain('<img');
    expect(answer.text).toContain('&lt;img');
  });
});
