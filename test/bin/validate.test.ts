import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validate } from '../../bin/commands/validate.js';
import { verdictSchema } from '../../core/verdict.js';
import { startDnsServer, type TestDnsServer } from '../pipeline/support/dns-server.js';
import { startSmtpServer, type TestSmtpServer } from '../pipeline/support/smtp-server.js';
import { testZone } from '../pipeline/support/zone.js';

let dns: TestDnsServer;
let smtp: TestSmtpServer;

beforeAll(async () => {
  [dns, smtp] = await Promise.all([startDnsServer(testZone), startSmtpServer()]);
});

afterAll(async () => {
  await Promise.all([dns.close(), smtp.close()]);
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `email-check validate ARGS` in a child process from source, as `npx tsx` would. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['bin/email-check.ts', 'validate', ...args],
      { timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('email-check validate, spawned', () => {
  it('prints one JSON verdict per line, in argument order', async () => {
    const run = await cli(
      '--json',
      '--dns-server',
      dns.server,
      'jane@nullmx.test',
      'jane@mail.test',
      'nope',
    );
    expect(run.code).toBe(0);
    const verdicts = run.stdout
      .trim()
      .split('\n')
      .map((line) => verdictSchema.parse(JSON.parse(line)));
    expect(verdicts.map((v) => [v.email, v.result])).toEqual([
      ['jane@nullmx.test', 'undeliverable'],
      ['jane@mail.test', 'unknown'],
      ['nope', 'undeliverable'],
    ]);
  });

  it('checks the mailbox over SMTP on a loopback port with --smtp and --allow-private', async () => {
    const before = smtp.recipients.length;
    const run = await cli(
      '--json',
      '--dns-server',
      dns.server,
      '--smtp',
      '--smtp-port',
      String(smtp.port),
      '--allow-private',
      '--helo',
      'probe.email-check.test',
      '--mail-from',
      'verify@email-check.test',
      'jane@mail.test',
      'nobody@mail.test',
    );
    expect(run.code).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).result);
    expect(results).toEqual(['deliverable', 'undeliverable']);
    expect(smtp.recipients.slice(before)).toContain('nobody@mail.test');
  });

  it('exits with status 2 for bad usage', async () => {
    const run = await cli('--smpt', 'jane@mail.test');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--smpt'");
  });
});

/** Runs the command in this process, capturing what it writes. */
async function inProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await validate(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('email-check validate, its options', () => {
  it('never connects to a loopback MX without --allow-private', async () => {
    const before = smtp.sessions;
    const run = await inProcess(
      '--json',
      '--dns-server',
      dns.server,
      '--smtp',
      '--smtp-port',
      String(smtp.port),
      'jane@mail.test',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ result: 'unknown', score: 30 });
    expect(smtp.sessions).toBe(before);
  });

  it('prints a readable summary without --json', async () => {
    const run = await inProcess('--dns-server', dns.server, 'jane@missing.test');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'jane@missing.test  undeliverable  0 (invalid)\n  - missing.test does not exist\n',
    );
  });

  it('settles on unknown within --timeout when DNS never answers', async () => {
    const run = await inProcess(
      '--json',
      '--dns-server',
      dns.server,
      '--timeout',
      '300',
      'jane@silent.test',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ result: 'unknown' });
  });

  it('leaves SMTP off with --no-smtp', async () => {
    const before = smtp.sessions;
    const run = await inProcess(
      '--json',
      '--no-smtp',
      '--allow-private',
      '--dns-server',
      dns.server,
      'jane@mail.test',
    );
    expect(JSON.parse(run.stdout).checks.smtp.message).toBe('Not checked: SMTP checks are off');
    expect(smtp.sessions).toBe(before);
  });

  it('prints its help with --help and exits 0', async () => {
    const run = await inProcess('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--dns-server HOST[:PORT]');
  });

  it.each([
    [[], 'give at least one EMAIL'],
    [
      ['--smtp-port', 'abc', 'a@b.test'],
      '--smtp-port takes a whole number from 1 to 65535, got "abc"',
    ],
    [['--timeout', '0', 'a@b.test'], '--timeout takes a whole number from 1 to 600000, got "0"'],
    [['--dns-server', 'dns.example.org', 'a@b.test'], '--dns-server: must be an IP address'],
    [['--mail-from', 'nobody', 'a@b.test'], '--mail-from must be an email address'],
    [['--helo', 'not a name', 'a@b.test'], '--helo:'],
    [['--smtp', '--no-smtp', 'a@b.test'], '--smtp and --no-smtp contradict'],
    [['--smpt', 'a@b.test'], "Unknown option '--smpt'"],
  ])('exits 2 for %j, saying what is wrong', async (args, message) => {
    const run = await inProcess(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});
