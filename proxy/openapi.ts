import { z } from 'zod';
import { errorBodySchema, validateResponseSchema } from '../core/http.js';
import {
  bulkRequestSchema,
  bulkResponseSchema,
  creditsResponseSchema,
  enrichRequestSchema,
  enrichResponseSchema,
  healthResponseSchema,
  tokenVerifyRequestSchema,
  tokenVerifyResponseSchema,
  validateRequestSchema,
} from './schemas.js';

function json(schema: z.ZodType, io: 'input' | 'output') {
  return { 'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) } };
}

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: 'Error', content: json(errorBodySchema, 'output') },
    ]),
  );

const keyed = [{ apiKey: [] }, { bearer: [] }];

/** The OpenAPI 3.1 document of the proxy, generated from the same zod schemas that validate. */
export function openApiDocument(options: { bulkMax: number }) {
  const op = (
    summary: string,
    request: z.ZodType | null,
    response: z.ZodType,
    statuses: number[],
    security: object[] | undefined = keyed,
  ) => ({
    summary,
    ...(security ? { security } : {}),
    ...(request ? { requestBody: { required: true, content: json(request, 'input') } } : {}),
    responses: {
      '200': { description: 'OK', content: json(response, 'output') },
      ...errors(...statuses),
    },
  });
  const keyedErrors = [400, 401, 403, 413, 415, 429, 500];
  return {
    openapi: '3.1.0',
    info: { title: 'email-check proxy', version: '1' },
    components: {
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths: {
      '/v1/validate': {
        post: op(
          'Verdict and verdict token for one address',
          validateRequestSchema,
          validateResponseSchema,
          [...keyedErrors, 502, 504],
        ),
      },
      '/v1/validate/bulk': {
        post: op(
          `Verdicts for up to ${options.bulkMax} addresses (secret keys)`,
          bulkRequestSchema(options.bulkMax),
          bulkResponseSchema,
          keyedErrors,
        ),
      },
      '/v1/token/verify': {
        post: op(
          'Check a verdict token (secret keys)',
          tokenVerifyRequestSchema,
          tokenVerifyResponseSchema,
          keyedErrors,
        ),
      },
      '/v1/credits': {
        get: op("The upstream's credits (secret keys)", null, creditsResponseSchema, [
          ...keyedErrors,
          404,
          502,
          504,
        ]),
      },
      '/v1/enrich': {
        post: op(
          'Enrichment from the upstream (secret keys)',
          enrichRequestSchema,
          enrichResponseSchema,
          [...keyedErrors, 404, 502, 504],
        ),
      },
      '/healthz': { get: op('Liveness', null, healthResponseSchema, [], undefined) },
      '/readyz': {
        get: op(
          'Readiness: stores and upstreams reachable',
          null,
          healthResponseSchema,
          [503],
          undefined,
        ),
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics (secret key with the metrics scope, or the metrics token)',
          security: [...keyed],
          responses: {
            '200': { description: 'Prometheus text', content: { 'text/plain': {} } },
            ...errors(401, 403),
          },
        },
      },
    },
  };
}
