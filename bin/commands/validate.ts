import { parseArgs } from 'node:util';
import type { Verdict } from '../../core/verdict.js';
import {
  createPipeline,
  describeOptionsError,
  pipelineOptionsSchema,
  type PipelineOptions,
} from '../../proxy/pipeline/index.js';

export const validateUsage = `Usage: email-check validate [--json] [options] [--] EMAIL...

The full local pipeline for each address: syntax, DNS/MX, disposable, role and free-provider
lists, and (with --smtp) the mailbox and catch-all check over SMTP. Exits 0 whatever the
verdicts; 2 for bad usage.

Options:
  --json                   one JSON verdict per line, in argument order
  --dns-server HOST[:PORT] DNS server to ask, an IP address (repeatable; default: the system's)
  --smtp, --no-smtp        check the mailbox over SMTP (default: off; needs outbound port 25)
  --smtp-port N            port of the mail servers (default 25)
  --helo NAME              the EHLO name; use one whose PTR matches this host (default: hostname)
  --mail-from ADDRESS      the MAIL FROM address, on a domain you control
                           (default postmaster@HELO-NAME)
  --timeout MS             the whole verdict's deadline in milliseconds (default 10000)
  --allow-private          let MX and A-fallback addresses be private or loopback (tests only)
  -h, --help               show this help
`;

const flags = {
  json: { type: 'boolean' },
  'dns-server': { type: 'string', multiple: true },
  smtp: { type: 'boolean' },
  'no-smtp': { type: 'boolean' },
  'smtp-port': { type: 'string' },
  helo: { type: 'string' },
  'mail-from': { type: 'string' },
  timeout: { type: 'string' },
  'allow-private': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ValidateArgs {
  json: boolean;
  help: boolean;
  options: PipelineOptions;
  emails: string[];
}

/** A whole number of at least `min`, or an error message naming the flag. */
function wholeNumber(flag: string, value: string | undefined, min: number, max: number) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

class UsageError extends Error {}

/** Arguments to pipeline options, checked with the same schema the proxy uses. */
function readArgs(args: string[]): ValidateArgs {
  let parsed;
  try {
    parsed = parseArgs({ args, options: flags, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.smtp && values['no-smtp']) throw new UsageError('--smtp and --no-smtp contradict');
  const options: PipelineOptions = {
    allowPrivate: values['allow-private'] ?? false,
    timeoutMs: wholeNumber('--timeout', values.timeout, 1, 600_000),
    dns: { servers: values['dns-server'] },
    smtp: {
      enabled: values.smtp === true,
      port: wholeNumber('--smtp-port', values['smtp-port'], 1, 65_535),
      heloName: values.helo,
      mailFrom: values['mail-from'],
    },
  };
  const checked = pipelineOptionsSchema.safeParse(options);
  if (!checked.success) {
    const message = describeOptionsError(checked.error)
      .replace(/\bdns\.servers\.\d+/g, '--dns-server')
      .replace(/\bsmtp\.heloName\b/g, '--helo')
      .replace(/\bsmtp\.mailFrom\b/g, '--mail-from');
    throw new UsageError(message);
  }
  return { json: values.json ?? false, help: values.help ?? false, options, emails: positionals };
}

/** `jane@example.org  deliverable  95 (valid)` and the reasons, indented. */
function summary(verdict: Verdict): string {
  const head = `${verdict.email}  ${verdict.result}  ${verdict.score} (${verdict.severity})`;
  return [head, ...verdict.reasons.map((reason) => `  - ${reason}`)].join('\n');
}

/** `email-check validate`: the local pipeline's verdict for each address. */
export async function validate(args: string[]): Promise<number> {
  let parsed: ValidateArgs;
  try {
    parsed = readArgs(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`email-check validate: ${message}\n\n${validateUsage}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(validateUsage);
    return 0;
  }
  if (parsed.emails.length === 0) {
    process.stderr.write(`email-check validate: give at least one EMAIL\n\n${validateUsage}`);
    return 2;
  }
  const pipeline = createPipeline(parsed.options);
  try {
    // One at a time, in order: the output follows the arguments and the MX hosts see one prober.
    for (const email of parsed.emails) {
      const verdict = await pipeline.validate(email);
      process.stdout.write(`${parsed.json ? JSON.stringify(verdict) : summary(verdict)}\n`);
    }
  } finally {
    await pipeline.close();
  }
  return 0;
}
