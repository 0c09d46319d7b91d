import type { NextFunction, Request, Response } from 'express';
import type { VerdictClaims } from './claims.js';
import { verifyVerdictToken, type VerifyFailure } from './verify.js';

/** Why the middleware refused a signup. */
export type TokenRefusal = VerifyFailure | 'missing' | 'not_accepted';

export type VerdictTokenCheck =
  { ok: true; claims: VerdictClaims } | { ok: false; reason: TokenRefusal };

export interface VerdictTokenMiddlewareOptions {
  /** The proxy's EMAIL_CHECK_TOKEN_SECRET. */
  secret: string;
  /** Body field holding the token. Default `email_check_token` (the widget's hidden field). */
  field?: string;
  /** Body field holding the address. Default `email`. */
  emailField?: string;
  /**
   * Which verdicts let the signup through. Default: `deliverable` and `unknown` (we could not
   * tell, so people pass), `risky` only when the person accepted the warning; never
   * `undeliverable`.
   */
  accept?: (claims: VerdictClaims) => boolean;
  /**
   * `true` (default): refuse with 400 and the proxy's error shape. `false`: always call `next()`
   * and let the route decide from `res.locals.emailCheck`.
   */
  respond?: boolean;
}

/** The default policy of `accept`. */
export function defaultAccept(claims: VerdictClaims): boolean {
  if (claims.res === 'deliverable' || claims.res === 'unknown') return true;
  return claims.res === 'risky' && claims.warn;
}

const messages: Record<TokenRefusal, string> = {
  missing: 'The email address was not checked.',
  malformed: 'The email check token is malformed.',
  bad_signature: 'The email check token was not issued by this proxy.',
  expired: 'The email check token has expired; check the address again.',
  wrong_email: 'The email check token belongs to another address.',
  not_accepted: 'The email address was refused by the email check.',
};

/**
 * Express middleware for the site's own signup route: verifies, offline, the verdict token the
 * widget put in the form against the submitted address. Needs a body parser before it
 * (`express.urlencoded()` or `express.json()`). Sets `res.locals.emailCheck` to the outcome.
 */
export function verdictTokenMiddleware(options: VerdictTokenMiddlewareOptions) {
  if (typeof options.secret !== 'string' || options.secret.length < 32) {
    throw new TypeError(
      'verdictTokenMiddleware: `secret` must be the proxy token secret (32+ characters).',
    );
  }
  const {
    secret,
    field = 'email_check_token',
    emailField = 'email',
    accept = defaultAccept,
  } = options;
  const respond = options.respond ?? true;
  return function verdictTokenCheck(req: Request, res: Response, next: NextFunction): void {
    const body: unknown = req.body;
    const fields =
      body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const token = Object.hasOwn(fields, field) ? fields[field] : undefined;
    const email = Object.hasOwn(fields, emailField) ? fields[emailField] : undefined;
    let check: VerdictTokenCheck;
    if (token === undefined || token === '') check = { ok: false, reason: 'missing' };
    else {
      const verified = verifyVerdictToken(token, email, secret);
      check =
        verified.ok && !accept(verified.claims) ? { ok: false, reason: 'not_accepted' } : verified;
    }
    res.locals['emailCheck'] = check;
    if (check.ok || !respond) {
      next();
      return;
    }
    res.status(400).json({
      status: 'error',
      error: { code: `token_${check.reason}`, message: messages[check.reason], field },
    });
  };
}
