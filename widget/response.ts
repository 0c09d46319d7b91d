import type { ErrorBody, ValidateResponse } from '../core/http.js';
import { checkNames, results, severities } from '../core/verdict-values.js';

// A hand-written guard rather than the zod schema: the widget bundle must stay small, and it
// only needs to know that the answer is safe to read, not why a malformed one is wrong.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Whether a parsed body is the proxy's success envelope with a well-formed verdict and token. */
export function isValidateResponse(body: unknown): body is ValidateResponse {
  if (!isObject(body) || body.status !== 'success' || typeof body.token !== 'string') return false;
  const data = body.data;
  if (!isObject(data) || !isObject(data.checks)) return false;
  const checks = data.checks;
  return (
    typeof data.email === 'string' &&
    (results as readonly unknown[]).includes(data.result) &&
    (severities as readonly unknown[]).includes(data.severity) &&
    typeof data.score === 'number' &&
    (data.suggestion === null || typeof data.suggestion === 'string') &&
    Array.isArray(data.reasons) &&
    checkNames.every((name) => {
      const check = checks[name];
      return isObject(check) && (check.passed === null || typeof check.passed === 'boolean');
    })
  );
}

/** Whether a parsed body is the proxy's error envelope. */
export function isErrorBody(body: unknown): body is ErrorBody {
  return (
    isObject(body) &&
    body.status === 'error' &&
    isObject(body.error) &&
    typeof body.error.code === 'string' &&
    typeof body.error.message === 'string'
  );
}
