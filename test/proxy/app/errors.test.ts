import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../core/http.js';
import { keys, makeApp } from '../support/app.js';

const { app } = makeApp();
afterAll(() => app.close());

const validate = () => request(app).post('/v1/validate').set('X-API-Key', keys.secret);

/** Every error answer has PRODUCT.md's shape and helmet's headers. */
function expectError(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(errorBodySchema.parse(res.body).error.code).toBe(code);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toBeDefined();
}

describe('error answers', () => {
  it('answers an unknown route with 404 in the error shape', async () => {
    expectError(await request(app).get('/no/such/route'), 404, 'not_found');
  });

  it('answers an unknown /v1 route for a known key with 404', async () => {
    expectError(
      await request(app).get('/v1/nothing').set('X-API-Key', keys.secret),
      404,
      'not_found',
    );
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await validate().set('Content-Type', 'application/json').send('{"email": ');
    expectError(res, 400, 'invalid_json');
    expect(res.body.error.field).toBe('body');
  });

  it('answers a form body with 415', async () => {
    expectError(
      await validate().type('form').send('email=jane@example.com'),
      415,
      'unsupported_media_type',
    );
  });

  it('answers a text body with 415', async () => {
    expectError(
      await validate().type('text').send('jane@example.com'),
      415,
      'unsupported_media_type',
    );
  });

  it('answers a body without content type with 415', async () => {
    expectError(
      await validate().send(Buffer.from('{"email":"a@b.co"}')),
      415,
      'unsupported_media_type',
    );
  });

  it('takes application/json written in any case and with parameters', async () => {
    const res = await validate()
      .set('Content-Type', 'Application/JSON; charset=UTF-8')
      .send('{"email":"jane@example.com"}');
    expect(res.status).toBe(200);
    expect(res.body.data.email).toBe('jane@example.com');
  });

  it('answers a validate body over 8 KB with 413', async () => {
    expectError(
      await validate().send({ email: `${'a'.repeat(9000)}@example.com` }),
      413,
      'payload_too_large',
    );
  });

  it('answers a bulk body over 1 MB with 413', async () => {
    const emails = Array.from({ length: 400 }, (_, i) => `${'x'.repeat(2700)}${i}@example.com`);
    const res = await request(app)
      .post('/v1/validate/bulk')
      .set('X-API-Key', keys.secret)
      .send({ emails });
    expectError(res, 413, 'payload_too_large');
  });

  it('names the missing field', async () => {
    const res = await validate().send({});
    expectError(res, 400, 'bad_request');
    expect(res.body.error.field).toBe('email');
  });

  it('names a nested field of the wrong type with its dotted path', async () => {
    const res = await validate().send({ email: 'jane@example.com', options: { quickMode: 'yes' } });
    expectError(res, 400, 'bad_request');
    expect(res.body.error.field).toBe('options.quickMode');
  });

  it('names an unknown field', async () => {
    const res = await validate().send({ email: 'jane@example.com', emial: 'x' });
    expect(res.body.error).toMatchObject({ code: 'bad_request', field: 'emial' });
  });

  it('names the bulk entry at fault with its index', async () => {
    const res = await request(app)
      .post('/v1/validate/bulk')
      .set('X-API-Key', keys.secret)
      .send({ emails: ['jane@example.com', 42] });
    expect(res.body.error).toMatchObject({ code: 'bad_request', field: 'emails[1]' });
  });

  it('refuses a JSON body that is not an object', async () => {
    const res = await validate().set('Content-Type', 'application/json').send('"jane@example.com"');
    expectError(res, 400, 'invalid_json');
  });
});
