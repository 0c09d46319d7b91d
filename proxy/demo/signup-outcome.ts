import type { VerdictTokenCheck } from '../tokens/index.js';

export interface SignupOutcome {
  accepted: boolean;
  title: string;
  why: string;
  result: string;
  score: string;
  /** What the backend found in the form: `valid`, `missing`, or the refusal reason. */
  token: string;
}

/**
 * What the demo backend does with a signup, given the token check. A missing token means the
 * widget could not reach the proxy and let the person through (fail open): the demo accepts the
 * signup and says it is unverified, as a site would flag it for a later check rather than lose
 * the customer. A token that fails verification is refused: someone tampered with it.
 */
export function signupOutcome(check: VerdictTokenCheck): SignupOutcome {
  if (check.ok) {
    return {
      accepted: true,
      title: 'Account created',
      why: `The verdict token is valid: the proxy judged this address ${check.claims.res}${check.claims.warn ? ' and you chose to use it anyway' : ''}.`,
      result: check.claims.res,
      score: String(check.claims.score),
      token: 'valid',
    };
  }
  switch (check.reason) {
    case 'missing':
      return {
        accepted: true,
        title: 'Account created (unverified)',
        why: 'The form came without a verdict token: the email check was unreachable, so the signup went through and the address is flagged for a later check.',
        result: 'unverified',
        score: '–',
        token: 'missing',
      };
    case 'not_accepted':
      return {
        accepted: false,
        title: 'Signup refused',
        why: 'The email check refused this address.',
        result: 'refused',
        score: '–',
        token: 'valid',
      };
    case 'expired':
      return refused('The verdict token has expired: check the address again.', check.reason);
    case 'wrong_email':
      return refused('The verdict token belongs to another address.', check.reason);
    case 'bad_signature':
      return refused('The verdict token was not signed by this proxy.', check.reason);
    case 'malformed':
      return refused('The verdict token is malformed.', check.reason);
  }
}

function refused(why: string, token: string): SignupOutcome {
  return { accepted: false, title: 'Signup refused', why, result: '–', score: '–', token };
}
