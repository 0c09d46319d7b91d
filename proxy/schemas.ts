import { z } from 'zod';
import { resultSchema, verdictSchema } from '../core/verdict.js';

/**
 * Request and response bodies of the proxy's routes: the single source of validation, types and
 * the OpenAPI document. Objects are strict: an unknown field is a 400 naming it (so `__proto__`
 * and `constructor` keys are refused, never merged anywhere).
 */

/** An address as typed; the syntax check decides whether it is valid. */
const emailField = z.string().min(1, 'email is required').max(320, 'at most 320 characters');

export const validateOptionsSchema = z
  .object({
    /** Skip the slow checks (SMTP) where the upstream supports it. */
    quickMode: z.boolean().optional(),
    /** Skip the catch-all probe where the upstream supports it. */
    skipCatchAll: z.boolean().optional(),
    /** The person chose to go on despite a warning; recorded in the verdict token. */
    acceptWarning: z.boolean().optional(),
    /** Bypass our cache and the upstream's (costs credits). Secret keys only: 403 otherwise. */
    forceRefresh: z.boolean().optional(),
  })
  .strict();

export const validateRequestSchema = z
  .object({ email: emailField, options: validateOptionsSchema.optional() })
  .strict();
export type ValidateRequest = z.output<typeof validateRequestSchema>;

export function bulkRequestSchema(max: number) {
  return z
    .object({
      emails: z
        .array(emailField)
        .min(1, 'at least one address')
        .max(max, `at most ${max} addresses`),
      options: validateOptionsSchema.omit({ acceptWarning: true }).optional(),
    })
    .strict();
}

export const tokenVerifyRequestSchema = z
  .object({ token: z.string().min(1).max(2048), email: emailField })
  .strict();

export const enrichRequestSchema = z.object({ email: emailField }).strict();

const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  retryAfter: z.number().optional(),
});

export const bulkResponseSchema = z.object({
  status: z.literal('success'),
  data: z.array(
    z.union([
      z.object({
        email: z.string(),
        status: z.literal('success'),
        data: verdictSchema,
        token: z.string(),
      }),
      z.object({ email: z.string(), status: z.literal('error'), error: errorSchema }),
    ]),
  ),
});

export const tokenVerifyResponseSchema = z.object({
  status: z.literal('success'),
  data: z.union([
    z.object({
      valid: z.literal(true),
      claims: z.object({
        result: resultSchema,
        score: z.number(),
        keyId: z.string(),
        acceptedWarning: z.boolean(),
        issuedAt: z.string(),
        expiresAt: z.string(),
      }),
    }),
    z.object({
      valid: z.literal(false),
      reason: z.enum(['malformed', 'bad_signature', 'expired', 'wrong_email']),
    }),
  ]),
});

export const creditsResponseSchema = z.object({
  status: z.literal('success'),
  data: z.looseObject({ remaining: z.number() }),
});

export const enrichResponseSchema = z.object({ status: z.literal('success'), data: z.unknown() });

export const healthResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({ ok: z.boolean(), checks: z.record(z.string(), z.boolean()).optional() }),
});
