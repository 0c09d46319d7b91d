import { describe, expect, it } from 'vitest';
import { resultSchema, verdictSchema } from '../../../core/verdict.js';
import { createTestUpstream, magicAddresses } from '../../../proxy/upstreams/test.js';
import { UpstreamError } from '../../../proxy/upstreams/types.js';

const upstream = createTestUpstream();
const validate = (email: string, signal = AbortSignal.timeout(5_000)) =>
  upstream.validate(email, { signal });

describe('the test upstream', () => {
  it('documents at least one magic address per result', () => {
    const results = new Set(magicAddresses.map((magic) => magic.result));
    expect([...results].sort()).toEqual([...resultSchema.options].sort());
    for (const magic of magicAddresses) expect(magic.demonstrates.length).toBeGreaterThan(10);
  });

  it('documents a magic address for every check that can fail', () => {
    const addresses = magicAddresses.map((magic) => magic.address);
    for (const address of [
      'disposable@example.com',
      'role@example.com',
      'catch-all@example.com',
      'free@example.com',
      'full@example.com',
      'typo@gmial.com',
      'no-mx@example.com',
    ]) {
      expect(addresses).toContain(address);
    }
  });

  it.each(
    magicAddresses.filter(
      (magic) => !['slow@example.com', 'upstream-error@example.com'].includes(magic.address),
    ),
  )('answers $address with $result, the same every time', async ({ address, result }) => {
    const first = await validate(address);
    expect(verdictSchema.parse(first)).toEqual(first);
    expect(first).toMatchObject({ email: address, result, source: 'test', cached: false });
    expect(await validate(address)).toEqual(first);
  });

  it('fails the checks its magic addresses are named after', async () => {
    expect((await validate('disposable@example.com')).checks.disposable.passed).toBe(false);
    expect((await validate('role@example.com')).checks.roleBased.passed).toBe(false);
    expect((await validate('catch-all@example.com')).checks.catchAll.passed).toBe(false);
    expect((await validate('free@example.com')).checks.freeProvider.passed).toBe(false);
    expect((await validate('no-mx@example.com')).checks.domain.passed).toBe(false);
    expect((await validate('full@example.com')).checks.smtp).toMatchObject({ code: 552 });
  });

  it('suggests the fix for its typo address', async () => {
    expect((await validate('typo@gmial.com')).suggestion).toBe('typo@gmail.com');
  });

  it('matches magic addresses whatever their case', async () => {
    expect((await validate('Undeliverable@Example.com')).result).toBe('undeliverable');
  });

  it('calls any other valid address deliverable and an invalid one undeliverable', async () => {
    expect((await validate('someone.else@example.org')).result).toBe('deliverable');
    expect((await validate('not an address')).result).toBe('undeliverable');
  });

  it('fails on purpose for its error address, to show fail-open', async () => {
    await expect(validate('upstream-error@example.com')).rejects.toBeInstanceOf(UpstreamError);
  });

  it('answers its slow address late, and stops waiting when aborted', async () => {
    const error = await validate('slow@example.com', AbortSignal.timeout(100)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('makes no network call and offers no credits', () => {
    expect(upstream.credits).toBeUndefined();
    expect(upstream.enrich).toBeUndefined();
  });
});
