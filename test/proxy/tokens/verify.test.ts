import { describe, expect, it } from 'vitest';
import { signVerdictToken } from '../../../proxy/tokens/sign.js';
import { verifyVerdictToken } from '../../../proxy/tokens/verify.js';

const secret = 'a-token-secret-of-at-least-32-characters';
const issued = Date.UTC(2026, 0, 1, 12, 0, 0);

function token(overrides: Partial<Parameters<typeof signVerdictToken>[0]> = {}, ttlMs?: number) {
  return signVerdictToken(
    {
      email: 'jane@example.com',
      result: 'deliverable',
      score: 92,
      keyId: 'live-key',
      acceptedWarning: false,
      ...overrides,
    },
    secret,
    ttlMs,
    issued,
  );
}

describe('verifyVerdictToken', () => {
  it('accepts a fresh token for its address and returns its claims', () => {
    const result = verifyVerdictToken(
      token({ acceptedWarning: true }),
      'jane@example.com',
      secret,
      issued + 1000,
    );
    expect(result).toEqual({
      ok: true,
      claims: expect.objectContaining({
        res: 'deliverable',
        score: 92,
        kid: 'live-key',
        warn: true,
        iat: issued / 1000,
        exp: issued / 1000 + 30 * 60,
      }),
    });
  });

  it('binds the token to the normalized address (case and surrounding spaces do not matter)', () => {
    expect(verifyVerdictToken(token(), '  Jane@EXAMPLE.com ', secret, issued).ok).toBe(true);
  });

  it('does not carry the address in clear', () => {
    const payload = Buffer.from(token().split('.')[1] ?? '', 'base64url').toString('utf8');
    expect(payload).not.toContain('jane');
    expect(payload).not.toContain('example.com');
  });

  it('refuses a token for another address as wrong_email', () => {
    expect(verifyVerdictToken(token(), 'john@example.com', secret, issued)).toEqual({
      ok: false,
      reason: 'wrong_email',
    });
  });

  it('refuses an expired token as expired', () => {
    const result = verifyVerdictToken(
      token({}, 60_000),
      'jane@example.com',
      secret,
      issued + 60_000,
    );
    expect(result).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose claims were changed as bad_signature', () => {
    const [prefix, payload = '', sig] = token({ result: 'undeliverable', score: 3 }).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, res: 'deliverable', score: 99 }),
    ).toString('base64url');
    expect(
      verifyVerdictToken(`${prefix}.${forged}.${sig}`, 'jane@example.com', secret, issued),
    ).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses a token signed with another secret as bad_signature', () => {
    expect(
      verifyVerdictToken(
        token(),
        'jane@example.com',
        'another-secret-of-at-least-32-characters',
        issued,
      ),
    ).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses things that are not tokens as malformed', () => {
    for (const bad of [
      '',
      'abc',
      'ect1.x',
      'ect2.eyJ9.' + 'A'.repeat(43),
      42,
      null,
      'ect1.a.b.c',
      'x'.repeat(5000),
    ]) {
      expect(verifyVerdictToken(bad, 'jane@example.com', secret, issued)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('reports the reasons in order: signature before expiry before address', () => {
    const expiredForOther = token({}, 1000);
    expect(
      verifyVerdictToken(expiredForOther, 'john@example.com', 'w'.repeat(40), issued + 5000),
    ).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyVerdictToken(expiredForOther, 'john@example.com', secret, issued + 5000)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});
