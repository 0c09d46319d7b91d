import { readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1 that plays every mail host of the
 * test zone. Recipients decide the answer:
 * - `jane`, `john`, `info`: mailboxes that exist (250);
 * - `full`: 452 4.2.2; `full552`: 552 5.2.2 (mailbox full);
 * - `grey`: 451 4.7.1 the first time, then 250 (greylisting);
 * - `busy`: always 451 4.3.0;
 * - `blocked`: 550 5.7.1 with a Spamhaus text; `policy`: 550 with a policy text, no enhanced code;
 * - `drop`: the server drops the connection;
 * - anything else: 550 5.1.1 (no such mailbox).
 * A `+tag` is ignored, as real servers do (`jane+news` is `jane`).
 * Domains: `catchall.test` accepts every local part; on `onercpt.test` a second RCPT in one
 * session gets 452 4.5.3 (too many recipients).
 */
export interface TestSmtpOptions {
  /** Delay before the 220 greeting. */
  bannerDelayMs?: number;
  /** Offer STARTTLS with the self-signed certificate in test/fixtures/tls. */
  tls?: boolean;
}

export interface TestSmtpServer {
  port: number;
  /** Sessions open right now and the most ever open at once. */
  readonly active: number;
  readonly peak: number;
  /** Sessions accepted in total. */
  readonly sessions: number;
  /** Every RCPT TO address received, in order. */
  readonly recipients: string[];
  /** Sessions that finished STARTTLS. */
  readonly secureSessions: number;
  close(): Promise<void>;
}

const tlsDir = new URL('../../fixtures/tls/', import.meta.url);

function refusal(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  let active = 0;
  let peak = 0;
  let sessions = 0;
  let secureSessions = 0;
  const recipients: string[] = [];
  const greylisted = new Set<string>();
  const rcptCount = new Map<string, number>();
  const sockets = new Map<number, Socket>();

  const server = new SMTPServer({
    logger: false,
    // Its reverse lookup of 127.0.0.1 would ask the system resolver, off this machine.
    disableReverseLookup: true,
    authOptional: true,
    disabledCommands: ['AUTH'],
    hideSTARTTLS: !options.tls,
    ...(options.tls
      ? {
          key: readFileSync(new URL('key.pem', tlsDir)),
          cert: readFileSync(new URL('cert.pem', tlsDir)),
        }
      : {}),
    onConnect(_session, callback) {
      active++;
      sessions++;
      peak = Math.max(peak, active);
      if (options.bannerDelayMs) setTimeout(() => callback(), options.bannerDelayMs);
      else callback();
    },
    onSecure(_socket, _session, callback) {
      secureSessions++;
      callback();
    },
    onClose() {
      active--;
    },
    onRcptTo(address, session: SMTPServerSession, callback) {
      const email = address.address.toLowerCase();
      recipients.push(email);
      const [tagged = '', domain = ''] = email.split('@');
      const local = tagged.split('+')[0] ?? ''; // sub-addressing: jane+news is jane
      const count = (rcptCount.get(session.id) ?? 0) + 1;
      rcptCount.set(session.id, count);
      if (domain === 'onercpt.test' && count > 1) {
        return callback(refusal(452, '4.5.3 Too many recipients'));
      }
      if (domain === 'catchall.test') return callback();
      switch (local) {
        case 'jane':
        case 'john':
        case 'info':
          return callback();
        case 'full':
          return callback(refusal(452, '4.2.2 Mailbox full'));
        case 'full552':
          return callback(refusal(552, '5.2.2 Mailbox over quota'));
        case 'grey':
          if (greylisted.has(email)) return callback();
          greylisted.add(email);
          return callback(refusal(451, '4.7.1 Greylisted, please try again later'));
        case 'busy':
          return callback(refusal(451, '4.3.0 Temporary local problem'));
        case 'blocked':
          return callback(
            refusal(550, '5.7.1 Service unavailable; client host blocked using zen.spamhaus.org'),
          );
        case 'policy':
          return callback(refusal(550, 'Rejected by local policy'));
        case 'drop':
          sockets.get(session.remotePort)?.destroy();
          return;
        default:
          return callback(refusal(550, '5.1.1 No such user here'));
      }
    },
  });
  server.server.on('connection', (socket: Socket) => {
    const port = socket.remotePort;
    if (port === undefined) return;
    sockets.set(port, socket);
    socket.once('close', () => sockets.delete(port));
  });
  server.on('error', () => undefined); // dropped sockets surface here; the tests look at replies
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    get active() {
      return active;
    },
    get peak() {
      return peak;
    },
    get sessions() {
      return sessions;
    },
    get secureSessions() {
      return secureSessions;
    },
    recipients,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets.values()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
