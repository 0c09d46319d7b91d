import { checkSyntax } from '../../core/syntax.js';
import type { VerdictResult } from '../../core/verdict.js';
import { hmacSha256 } from './hmac.js';

/** What a verdict token says. Short names keep the token small in a hidden form field. */
export interface VerdictClaims {
  /** Format version. */
  v: 1;
  /** Keyed hash of the normalized address (the address itself is never in the token). */
  sub: string;
  /** The verdict's result. */
  res: VerdictResult;
  /** The verdict's score, 0-100. */
  score: number;
  /** Id of the key that asked (never the key). */
  kid: string;
  /** Whether the person chose to go on despite a warning (`options.acceptWarning`). */
  warn: boolean;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

/** The address as verdicts and tokens know it: the syntax check's normalized form. */
export function normalizeForToken(email: string): string {
  return checkSyntax(email).normalized ?? email.trim().toLowerCase();
}

/**
 * HMAC of the normalized address under the token secret, so a token bound to an address cannot
 * be turned back into it by hashing guesses without the secret. `normalized`: the caller already
 * holds the syntax check's normalized form (the proxy's hot path), so it is not computed twice.
 */
export function addressHash(email: string, secret: string, normalized = false): string {
  const address = normalized ? email : normalizeForToken(email);
  return hmacSha256(secret, `email-check address\0${address}`).toString('base64url');
}
