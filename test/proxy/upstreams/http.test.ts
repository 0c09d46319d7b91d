import { describe, expect, it } from 'vitest';
import { identifier, kindForStatus } from '../../../proxy/upstreams/http.js';
import { createSpamidateUpstream } from '../../../proxy/upstreams/spamidate.js';
import { UpstreamError } from '../../../proxy/upstreams/types.js';
import { createXmagnetUpstream } from '../../../proxy/upstreams/xmagnet.js';

/** A `fetch` that answers every request with one canned response, without any network. */
const answering =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const address = 'private.person@example.com';
const signal = () => AbortSignal.timeout(1_000);

describe('upstream error messages', () => {
  it('leave out free text from a spamidate error body, which may quote the address', async () => {
    const upstream = createSpamidateUpstream({
      baseUrl: 'http://127.0.0.1:1',
      apiKey: 'sk_live_x',
      fetch: answering(400, {
        error: 'Bad Request',
        message: `Invalid: ${address}`,
        field: address,
        requestId: address,
      }),
    });
    const error = await upstream
      .validate(address, { signal: signal() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).not.toContain('private.person');
  });

  it('leave out free text from an xmagnet error body, and keep a well-formed code and field', async () => {
    const hostile = createXmagnetUpstream({
      baseUrl: 'http://127.0.0.1:1',
      apiKey: 'xm_live_x',
      fetch: answering(400, {
        status: 'error',
        error: { code: address, message: address, field: `${address} ` },
      }),
    });
    const error = (await hostile
      .validate(address, { signal: signal() })
      .catch((caught: unknown) => caught)) as Error;
    expect(error.message).not.toContain('private.person');
    const plain = createXmagnetUpstream({
      baseUrl: 'http://127.0.0.1:1',
      apiKey: 'xm_live_x',
      fetch: answering(400, {
        status: 'error',
        error: { code: 'INVALID_EMAIL', message: 'no', field: 'email' },
      }),
    });
    const clear = (await plain
      .validate(address, { signal: signal() })
      .catch((caught: unknown) => caught)) as Error;
    expect(clear.message).toContain('INVALID_EMAIL');
    expect(clear.message).toContain('field email');
  });
});

describe('identifier', () => {
  it('keeps names, codes and ids, and drops anything else', () => {
    expect(
      ['email', 'options.quickMode', 'RATE_LIMIT_EXCEEDED', 'a1b2-c3'].map(identifier),
    ).toEqual(['email', 'options.quickMode', 'RATE_LIMIT_EXCEEDED', 'a1b2-c3']);
    expect([address, 'two words', '', 'x'.repeat(65), undefined].map(identifier)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('kindForStatus', () => {
  it('maps each documented status to its kind', () => {
    expect([400, 401, 402, 403, 413, 429, 500, 502, 503, 404].map(kindForStatus)).toEqual([
      'bad_request',
      'auth',
      'no_credits',
      'auth',
      'bad_request',
      'rate_limited',
      'server',
      'server',
      'server',
      'bad_response',
    ]);
  });
});
