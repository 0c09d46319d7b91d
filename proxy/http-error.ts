/**
 * The one error class of the HTTP app. Routes and middleware throw (or `next()`) it; the error
 * middleware turns it into PRODUCT.md's error body `{ status: "error", error: { code, message,
 * field?, retryAfter? } }` with `status` as the HTTP status.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    /** The HTTP status (400-599). */
    readonly status: number,
    /** A stable machine-readable code (`bad_request`, `forbidden`, …). */
    readonly code: string,
    message: string,
    readonly extra: { field?: string; retryAfter?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}
