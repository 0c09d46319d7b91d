export { addressHash, normalizeForToken, type VerdictClaims } from './claims.js';
export { signVerdictToken, type SignVerdictTokenInput } from './sign.js';
export { verifyVerdictToken, type VerifyFailure, type VerifyResult } from './verify.js';
export {
  defaultAccept,
  verdictTokenMiddleware,
  type TokenRefusal,
  type VerdictTokenCheck,
  type VerdictTokenMiddlewareOptions,
} from './middleware.js';
