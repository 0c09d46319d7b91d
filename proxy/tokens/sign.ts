import type { VerdictResult } from '../../core/verdict.js';
import { addressHash, type VerdictClaims } from './claims.js';
import { hmacSha256 } from './hmac.js';

export const tokenPrefix = 'ect1';

/** HMAC-SHA256 of the token's first two parts. */
export function signature(payload: string, secret: string): Buffer {
  return hmacSha256(secret, `${tokenPrefix}.${payload}`);
}

export interface SignVerdictTokenInput {
  email: string;
  result: VerdictResult;
  score: number;
  keyId: string;
  acceptedWarning: boolean;
  /** `email` is already the syntax check's normalized form. Default `false`. */
  normalized?: boolean;
  /** `addressHash(email, secret)`, when the caller has it already. */
  subject?: string;
}

/**
 * A verdict token: `ect1.<base64url claims JSON>.<base64url HMAC-SHA256>`, valid for `ttlMs`
 * (default 30 minutes), bound to the normalized address.
 */
export function signVerdictToken(
  input: SignVerdictTokenInput,
  secret: string,
  ttlMs = 30 * 60_000,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const claims: VerdictClaims = {
    v: 1,
    sub: input.subject ?? addressHash(input.email, secret, input.normalized === true),
    res: input.result,
    score: input.score,
    kid: input.keyId,
    warn: input.acceptedWarning,
    iat,
    exp: iat + Math.max(1, Math.round(ttlMs / 1000)),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${tokenPrefix}.${payload}.${signature(payload, secret).toString('base64url')}`;
}
