import { z } from 'zod';
import { verdictSchema } from './verdict.js';

/**
 * The proxy's answer envelopes (PRODUCT.md, "the proxy's HTTP interface"), shared by the proxy
 * that sends them, the widget that reads them and the OpenAPI document.
 */

export const errorCodes = [
  'bad_request',
  'invalid_json',
  'unauthorized',
  'forbidden',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'upstream_failed',
  'upstream_timeout',
  'internal',
] as const;

export const errorBodySchema = z.object({
  status: z.literal('error'),
  error: z.object({
    /** A stable machine-readable code; the HTTP status tells the class. */
    code: z.string(),
    message: z.string(),
    /** The body field at fault, as a dotted path, for 400 answers. */
    field: z.string().optional(),
    /** Seconds to wait before trying again, for 429 answers. */
    retryAfter: z.number().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const validateResponseSchema = z.object({
  status: z.literal('success'),
  data: verdictSchema,
  /** A signed, expiring verdict token bound to the normalized address. */
  token: z.string(),
});
export type ValidateResponse = z.infer<typeof validateResponseSchema>;
