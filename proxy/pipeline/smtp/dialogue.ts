import { randomBytes } from 'node:crypto';
import type { PipelineConfig } from '../options.js';
import { classifyCatchAll, classifyRcpt, type RcptOutcome } from './classify.js';
import { SmtpConnection, SmtpFailure, type SmtpFailureKind } from './connection.js';
import type { SmtpReply } from './reply.js';

export interface DialogueOptions {
  /** The IP address to connect to, already vetted by the address policy. */
  address: string;
  /** The MX host name: for TLS SNI and messages. */
  host: string;
  /** The normalized address to ask about. */
  email: string;
  domain: string;
  smtp: PipelineConfig['smtp'];
  /** Probe a random local part after an accepted RCPT. */
  catchAll: boolean;
  signal: AbortSignal;
}

/**
 * What one SMTP session found out, as data:
 * - `answer`: the server replied to `RCPT TO` for the address.
 * - `refused`: the server refused us before that (greeting, EHLO or MAIL FROM): says nothing
 *   about the mailbox.
 * - `failure`: the connection failed, timed out, dropped or spoke no SMTP.
 */
export type DialogueResult =
  | {
      kind: 'answer';
      outcome: RcptOutcome;
      reply: SmtpReply;
      /** `null` when not probed or when the probe could not tell. */
      catchAll: boolean | null;
      catchAllReply: SmtpReply | null;
      tls: boolean;
    }
  | { kind: 'refused'; stage: 'greeting' | 'ehlo' | 'mail'; reply: SmtpReply; tls: boolean }
  | { kind: 'failure'; failure: SmtpFailureKind; message: string; tls: boolean };

/** A local part nobody has: `ec-` and 20 random hex digits. */
export function randomLocalPart(): string {
  return `ec-${randomBytes(10).toString('hex')}`;
}

/** EHLO, falling back to HELO for servers that refuse EHLO (RFC 5321 section 4.1.4). */
async function greet(connection: SmtpConnection, name: string, timeoutMs: number) {
  const ehlo = await connection.command(`EHLO ${name}`, timeoutMs);
  if (ehlo.code === 250)
    return { reply: ehlo, extensions: ehlo.lines.slice(1).map((l) => l.toUpperCase()) };
  const helo = await connection.command(`HELO ${name}`, timeoutMs);
  return { reply: helo, extensions: [] };
}

/**
 * One session: greeting, EHLO, STARTTLS when offered, MAIL FROM, RCPT TO the address, RCPT TO a
 * random local part for catch-all, RSET, QUIT.
 */
export async function runDialogue(options: DialogueOptions): Promise<DialogueResult> {
  const { smtp, signal } = options;
  let connection: SmtpConnection | null = null;
  try {
    connection = await SmtpConnection.open({
      address: options.address,
      port: smtp.port,
      connectTimeoutMs: smtp.connectTimeoutMs,
      signal,
    });
    const banner = await connection.read(smtp.bannerTimeoutMs, 'the greeting');
    if (banner.code !== 220)
      return { kind: 'refused', stage: 'greeting', reply: banner, tls: false };

    let hello = await greet(connection, smtp.heloName, smtp.commandTimeoutMs);
    if (hello.reply.code !== 250) {
      return { kind: 'refused', stage: 'ehlo', reply: hello.reply, tls: false };
    }
    if (smtp.startTls && hello.extensions.includes('STARTTLS')) {
      const ready = await connection.command('STARTTLS', smtp.commandTimeoutMs);
      if (ready.code === 220) {
        await connection.startTls(options.host, smtp.commandTimeoutMs);
        // RFC 3207: the session starts over after the handshake.
        hello = await greet(connection, smtp.heloName, smtp.commandTimeoutMs);
        if (hello.reply.code !== 250) {
          return { kind: 'refused', stage: 'ehlo', reply: hello.reply, tls: true };
        }
      }
    }
    const tls = connection.secure;
    const from = smtp.mailFrom ?? `postmaster@${smtp.heloName}`;
    const mail = await connection.command(`MAIL FROM:<${from}>`, smtp.commandTimeoutMs);
    if (mail.code !== 250) return { kind: 'refused', stage: 'mail', reply: mail, tls };

    const rcpt = await connection.command(`RCPT TO:<${options.email}>`, smtp.commandTimeoutMs);
    const outcome = classifyRcpt(rcpt);
    let catchAll: boolean | null = null;
    let catchAllReply: SmtpReply | null = null;
    if (outcome === 'accepted' && options.catchAll) {
      // The same session, so the server judges both recipients alike (Reacher does the same).
      catchAllReply = await connection
        .command(`RCPT TO:<${randomLocalPart()}@${options.domain}>`, smtp.commandTimeoutMs)
        .catch(() => null);
      catchAll = catchAllReply ? classifyCatchAll(catchAllReply) : null;
    }
    // The answer is in: closing politely must not hold the verdict for long.
    const goodbye = Math.min(smtp.commandTimeoutMs, 500);
    await connection.command('RSET', goodbye).catch(() => null);
    await connection.command('QUIT', goodbye).catch(() => null);
    return { kind: 'answer', outcome, reply: rcpt, catchAll, catchAllReply, tls };
  } catch (error) {
    const failure =
      error instanceof SmtpFailure ? error : new SmtpFailure('protocol', String(error));
    return {
      kind: 'failure',
      failure: failure.kind,
      message: failure.message,
      tls: connection?.secure ?? false,
    };
  } finally {
    connection?.close();
  }
}
