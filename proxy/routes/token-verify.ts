import type { Request, Response } from 'express';
import { contextOf } from '../context.js';
import { verifyVerdictToken } from '../tokens/verify.js';

/**
 * POST /v1/token/verify `{ token, email }` (secret keys): the same check as `verifyVerdictToken`,
 * answered 200 either way; `data.valid` says whether the token holds.
 */
export function tokenVerifyRoute(options: { tokenSecret: string }) {
  const { tokenSecret } = options;
  return function tokenVerifyHandler(req: Request, res: Response): void {
    contextOf(req).route = 'token_verify';
    const { token, email } = req.body as { token: string; email: string };
    const result = verifyVerdictToken(token, email, tokenSecret);
    if (!result.ok) {
      res.json({ status: 'success', data: { valid: false, reason: result.reason } });
      return;
    }
    const { claims } = result;
    res.json({
      status: 'success',
      data: {
        valid: true,
        claims: {
          result: claims.res,
          score: claims.score,
          keyId: claims.kid,
          acceptedWarning: claims.warn,
          issuedAt: new Date(claims.iat * 1000).toISOString(),
          expiresAt: new Date(claims.exp * 1000).toISOString(),
        },
      },
    });
  };
}
