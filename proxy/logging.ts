import pino, { type DestinationStream, type Logger } from 'pino';

/** `jane.doe@gmail.com` → `j***@gmail.com`: enough to tell addresses apart in a log, no more. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***@${email.slice(at + 1)}`;
}

/**
 * The proxy's pino logger. Header names that carry keys are redacted in case a caller ever logs a
 * request object; the proxy's own lines never hold a key, a secret or an address in clear.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { name: 'email-check' },
    redact: {
      paths: [
        'req.headers["x-api-key"]',
        'req.headers.authorization',
        'headers["x-api-key"]',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
