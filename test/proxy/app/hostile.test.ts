import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys, makeApp } from '../support/app.js';

const { app } = makeApp();
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.close();
});

/** Sends raw bytes and resolves with everything the server answered before closing. */
function raw(
  payload: string | Buffer,
  writeMore?: (socket: ReturnType<typeof connect>) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while we are still sending a huge body: what it said still counts.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve(answer);
      else reject(error);
    });
    socket.on('close', () => resolve(answer));
    socket.write(payload);
    writeMore?.(socket);
  });
}

describe('hostile input', () => {
  it('treats __proto__ and constructor keys as unknown fields and pollutes nothing', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.secret)
      .set('Content-Type', 'application/json')
      .send(
        '{"email":"jane@example.com","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      );
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ inside options too', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.secret)
      .set('Content-Type', 'application/json')
      .send('{"email":"jane@example.com","options":{"__proto__":{"forceRefresh":true}}}');
    expect(res.body.error).toMatchObject({ code: 'bad_request', field: 'options.__proto__' });
  });

  it('refuses deeply nested JSON before parsing it', async () => {
    const deep = `{"email":"a@b.co","options":${'['.repeat(3000)}${']'.repeat(3000)}}`;
    const res = await request(app)
      .post('/v1/validate/bulk')
      .set('X-API-Key', keys.secret)
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/nested deeper than 16/);
  });

  it('does not count brackets inside strings as nesting', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', keys.test)
      .send({ email: `${'['.repeat(40)}@example.com` });
    expect(res.status).toBe(200);
  });

  it('answers a 10 MB body with 413 and stays up', async () => {
    const body = Buffer.alloc(10 * 1024 * 1024, 'a');
    const head =
      `POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ${keys.secret}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const answer = await raw(head, (socket) => socket.write(body));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"payload_too_large"');
    const after = await request(app).get('/healthz');
    expect(after.status).toBe(200);
  });

  it('answers a 10 MB body sent in chunks, without Content-Length, with 413', async () => {
    const head =
      `POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ${keys.secret}\r\n` +
      'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const answer = await raw(head, (socket) => {
      for (let i = 0; i < 10; i++) {
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write('\r\n');
      }
      socket.write('0\r\n\r\n');
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('replaces a request id that carries header-breaking characters', async () => {
    const answer = await raw(
      'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: abc%0d%0aSet-Cookie:%20a=b <script>\r\nConnection: close\r\n\r\n',
    );
    const id = /\r\nx-request-id: ([^\r\n]*)/i.exec(answer)?.[1];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.toLowerCase()).not.toContain('set-cookie');
  });

  it('echoes a sane request id', async () => {
    const res = await request(app).get('/healthz').set('X-Request-Id', 'req-42.a:b_c');
    expect(res.headers['x-request-id']).toBe('req-42.a:b_c');
  });

  it('never lets a CRLF in a request header become a header of the answer', async () => {
    const answer = await raw(
      'POST /v1/validate HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\rInjected: yes\r\nConnection: close\r\n\r\n',
    );
    // Node refuses a bare CR in a header outright; either way nothing is reflected.
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).not.toContain('injected');
  });

  it('answers a key with control or odd characters with 401 and never echoes it', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', 'sk_live_<script>alert(1)</script>')
      .send({ email: 'a@b.co' });
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toContain('script');
    const long = await request(app)
      .post('/v1/validate')
      .set('X-API-Key', `sk_live_${'x'.repeat(10_000)}`)
      .send({});
    expect(long.status).toBe(401);
  });

  it('keeps a huge unknown path out of the error message', async () => {
    const res = await request(app).get(`/${'a'.repeat(5000)}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message.length).toBeLessThan(300);
  });

  it('answers a JSON content type with no body at all with 415, however the type is written', async () => {
    for (const type of ['application/json', 'Application/JSON; charset=utf-8']) {
      const answer = await raw(
        `POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ${keys.secret}\r\n` +
          `Content-Type: ${type}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 415 /);
      expect(answer).toContain('"code":"unsupported_media_type"');
    }
  });
});
