import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http-error.js';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes (413 above). */
  limit: number;
  /** Deepest nesting of arrays and objects accepted (400 above). Default 16. */
  maxDepth?: number;
}

/** The nesting depth of a JSON text, scanned byte by byte without parsing it. */
export function jsonDepth(buffer: Buffer, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return deepest;
}

/** Whether a request has a body, as `req.is` (type-is) decides it before matching a type. */
function hasBody(req: Request): boolean {
  const { 'transfer-encoding': encoding, 'content-length': length } = req.headers;
  return encoding !== undefined || !Number.isNaN(Number(length));
}

/**
 * JSON bodies only: 415 for any other content type, 413 above `limit`, 400 for malformed JSON or
 * nesting deeper than `maxDepth` (refused before parsing, so a hostile body costs one scan).
 */
export function jsonBody(options: JsonBodyOptions) {
  if (!Number.isInteger(options?.limit) || options.limit <= 0) {
    throw new TypeError('jsonBody: `limit` must be a positive number of bytes.');
  }
  const maxDepth = options.maxDepth ?? 16;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) {
    throw new TypeError('jsonBody: `maxDepth` must be a positive integer.');
  }
  const parse = express.json({
    limit: options.limit,
    // The content type is checked below, once, with the 415 this contract needs.
    type: () => true,
    strict: true,
    verify(_req, _res, buffer) {
      if (jsonDepth(buffer, maxDepth) > maxDepth) {
        // body-parser wraps what `verify` throws; the error middleware maps this `type` to a 400.
        throw Object.assign(new Error(`JSON nested deeper than ${maxDepth} levels is refused.`), {
          type: 'entity.too.deep',
        });
      }
    },
  });
  return function jsonBodyMiddleware(req: Request, res: Response, next: NextFunction): void {
    // The type every client sends is recognised as it is; any other spelling goes to `req.is`.
    const json =
      req.headers['content-type'] === 'application/json'
        ? hasBody(req)
        : Boolean(req.is('application/json'));
    if (!json) {
      throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
    }
    parse(req, res, next);
  };
}
