import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { resultSchema } from '../../core/verdict.js';
import { addressHash, type VerdictClaims } from './claims.js';
import { signature, tokenPrefix } from './sign.js';

export type VerifyFailure = 'malformed' | 'bad_signature' | 'expired' | 'wrong_email';
export type VerifyResult =
  { ok: true; claims: VerdictClaims } | { ok: false; reason: VerifyFailure };

const claimsSchema = z.object({
  v: z.literal(1),
  sub: z.string(),
  res: resultSchema,
  score: z.number().int().min(0).max(100),
  kid: z.string(),
  warn: z.boolean(),
  iat: z.number().int(),
  exp: z.number().int(),
});

/**
 * Checks a verdict token offline, in this order: its shape (`malformed`), its signature
 * (`bad_signature`, also what a token signed with another secret gives), its expiry (`expired`),
 * then that it was issued for `email` (`wrong_email`). The signature is compared in constant time.
 */
export function verifyVerdictToken(
  token: unknown,
  email: unknown,
  secret: string,
  now = Date.now(),
): VerifyResult {
  if (typeof token !== 'string' || token.length > 2048) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== tokenPrefix) return { ok: false, reason: 'malformed' };
  const [, payload = '', sig = ''] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = signature(payload, secret);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  let claims: VerdictClaims;
  try {
    claims = claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  if (typeof email !== 'string') return { ok: false, reason: 'wrong_email' };
  const hash = Buffer.from(addressHash(email, secret));
  const bound = Buffer.from(claims.sub);
  if (hash.length !== bound.length || !timingSafeEqual(hash, bound)) {
    return { ok: false, reason: 'wrong_email' };
  }
  return { ok: true, claims };
}
