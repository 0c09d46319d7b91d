import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import { maxLineLength, ReplyFormatError, ReplyReader, type SmtpReply } from './reply.js';

/** Why a dialogue ended without a reply to read. Each one leaves the mailbox unknown. */
export type SmtpFailureKind = 'connect' | 'timeout' | 'dropped' | 'protocol' | 'tls' | 'aborted';

export class SmtpFailure extends Error {
  override readonly name = 'SmtpFailure';
  constructor(
    readonly kind: SmtpFailureKind,
    message: string,
  ) {
    super(message);
  }
}

export interface ConnectOptions {
  /** An IP address: names are resolved (and vetted) by the caller, never here. */
  address: string;
  port: number;
  connectTimeoutMs: number;
  signal?: AbortSignal;
}

/**
 * One SMTP client connection on node:net (and node:tls after STARTTLS): reads whole replies,
 * sends commands, and turns every way a connection can go wrong into an `SmtpFailure`.
 */
export class SmtpConnection {
  private socket: Socket | TLSSocket;
  private buffer = '';
  private reader = new ReplyReader();
  private replies: SmtpReply[] = [];
  private failure: SmtpFailure | null = null;
  private waiter: {
    resolve: (reply: SmtpReply) => void;
    reject: (error: SmtpFailure) => void;
  } | null = null;
  private readonly onAbort = () => this.fail(new SmtpFailure('aborted', 'deadline reached'));

  private constructor(
    socket: Socket,
    private readonly signal?: AbortSignal,
  ) {
    this.socket = socket;
    this.attach(socket);
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Opens a TCP connection, failing with `connect` or `timeout` kinds. */
  static open(options: ConnectOptions): Promise<SmtpConnection> {
    const { address, port, connectTimeoutMs, signal } = options;
    if (isIP(address) === 0) {
      return Promise.reject(new SmtpFailure('connect', `not an IP address: ${address}`));
    }
    if (signal?.aborted) return Promise.reject(new SmtpFailure('aborted', 'deadline reached'));
    return new Promise((resolve, reject) => {
      // Commands are small and each waits for its reply: Nagle's algorithm would only add delay.
      const socket = connectTcp({ host: address, port, noDelay: true });
      const done = (error: SmtpFailure | null) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        socket.off('error', onError);
        socket.off('connect', onConnect);
        if (error) {
          socket.destroy();
          reject(error);
        } else resolve(new SmtpConnection(socket, signal));
      };
      const onConnect = () => done(null);
      const onError = (error: NodeJS.ErrnoException) =>
        done(
          new SmtpFailure('connect', `${error.code ?? 'error'} connecting to ${address}:${port}`),
        );
      const onAbort = () => done(new SmtpFailure('aborted', 'deadline reached'));
      const timer = setTimeout(
        () =>
          done(
            new SmtpFailure(
              'timeout',
              `no connection to ${address}:${port} within ${connectTimeoutMs} ms`,
            ),
          ),
        connectTimeoutMs,
      );
      socket.once('connect', onConnect);
      socket.once('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  get secure(): boolean {
    return 'encrypted' in this.socket && this.socket.encrypted === true;
  }

  private attach(socket: Socket | TLSSocket) {
    socket.setEncoding('utf8');
    socket.on('data', this.onData);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  private detach(socket: Socket | TLSSocket) {
    socket.off('data', this.onData);
    socket.off('error', this.onError);
    socket.off('close', this.onClose);
  }

  private readonly onData = (chunk: string) => {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, '');
      this.buffer = this.buffer.slice(newline + 1);
      try {
        const reply = this.reader.push(line);
        if (reply) this.deliver(reply);
      } catch (error) {
        const message = error instanceof ReplyFormatError ? error.message : String(error);
        this.fail(new SmtpFailure('protocol', message));
        return;
      }
    }
    if (this.buffer.length > maxLineLength) {
      this.fail(new SmtpFailure('protocol', `reply line longer than ${maxLineLength} characters`));
    }
  };

  private readonly onError = (error: NodeJS.ErrnoException) =>
    this.fail(new SmtpFailure('dropped', `connection ${error.code ?? 'error'}`));

  private readonly onClose = () =>
    this.fail(new SmtpFailure('dropped', 'connection closed by the server'));

  private deliver(reply: SmtpReply) {
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve(reply);
    } else this.replies.push(reply);
  }

  private fail(failure: SmtpFailure) {
    if (this.failure) return;
    this.failure = failure;
    this.socket.destroy();
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.waiter) {
      const { reject } = this.waiter;
      this.waiter = null;
      reject(failure);
    }
  }

  /** The next whole reply, or an `SmtpFailure` after `timeoutMs` (`what` names the wait). */
  read(timeoutMs: number, what: string): Promise<SmtpReply> {
    const queued = this.replies.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        this.fail(new SmtpFailure('timeout', `no reply to ${what} within ${timeoutMs} ms`));
        reject(this.failure);
      }, timeoutMs);
      this.waiter = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  /** Sends one command line and reads its reply. */
  command(line: string, timeoutMs: number): Promise<SmtpReply> {
    if (this.failure) return Promise.reject(this.failure);
    // A CR or LF inside a command would let an address smuggle further commands in.
    if (/[\r\n]/.test(line)) {
      return Promise.reject(new SmtpFailure('protocol', 'refusing a command with a line break'));
    }
    this.socket.write(`${line}\r\n`);
    return this.read(timeoutMs, line.split(/[ :]/)[0] ?? line);
  }

  /**
   * Upgrades to TLS after the server's 220 to STARTTLS. Certificates are not verified: a probe
   * carries no message, only the address, which the cleartext fallback would reveal anyway, and
   * MX hosts commonly present self-signed or mismatched certificates (opportunistic TLS, RFC
   * 7435); refusing them would only leave such domains unknown.
   */
  async startTls(servername: string, timeoutMs: number): Promise<void> {
    if (this.failure) throw this.failure;
    const plain = this.socket;
    this.detach(plain);
    // The TLS socket reports the underlying socket's errors; this keeps them from crashing us.
    plain.on('error', () => undefined);
    const secure = await new Promise<TLSSocket>((resolve, reject) => {
      const tlsSocket = connectTls({
        socket: plain,
        servername: isIP(servername) === 0 ? servername : undefined,
        rejectUnauthorized: false,
      });
      const timer = setTimeout(() => {
        tlsSocket.destroy();
        reject(new SmtpFailure('timeout', `no TLS handshake within ${timeoutMs} ms`));
      }, timeoutMs);
      tlsSocket.once('secureConnect', () => {
        clearTimeout(timer);
        tlsSocket.off('error', onError);
        resolve(tlsSocket);
      });
      const onError = (error: Error) => {
        clearTimeout(timer);
        tlsSocket.destroy();
        reject(new SmtpFailure('tls', `TLS handshake failed: ${error.message}`));
      };
      tlsSocket.once('error', onError);
    }).catch((error: SmtpFailure) => {
      this.fail(error);
      throw error;
    });
    this.socket = secure;
    this.buffer = '';
    this.attach(secure);
  }

  /** Closes without waiting: QUIT is polite, not required. */
  close(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
    if (!this.failure) {
      this.failure = new SmtpFailure('aborted', 'connection closed');
      this.socket.end();
      this.socket.destroySoon();
      // A server that never closes its side must not hold the socket open.
      setTimeout(() => this.socket.destroy(), 1_000).unref();
    }
  }
}
