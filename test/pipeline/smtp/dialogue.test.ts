import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePipelineOptions } from '../../../proxy/pipeline/options.js';
import { randomLocalPart, runDialogue } from '../../../proxy/pipeline/smtp/dialogue.js';

/**
 * A hand-scripted server on 127.0.0.1 for what a well-behaved SMTP server never does: it
 * answers each command line with whatever `reply` returns and records every line it gets.
 */
async function scripted(
  greeting: string | string[],
  reply: (command: string, socket: Socket) => string | null,
) {
  const commands: string[] = [];
  const server: Server = createServer((socket) => {
    // A greeting in several pieces arrives in several TCP segments, 20 ms apart.
    const pieces = typeof greeting === 'string' ? [greeting] : greeting;
    pieces.forEach((piece, i) => setTimeout(() => socket.write(piece), i * 20));
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        commands.push(line);
        const answer = reply(line, socket);
        if (answer !== null) socket.write(answer);
        if (line === 'QUIT') socket.end();
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, commands };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

function dialogue(port: number, email = 'jane@example.org') {
  const { smtp } = parsePipelineOptions({
    smtp: {
      port,
      heloName: 'probe.example.net',
      mailFrom: 'verify@example.net',
      connectTimeoutMs: 2_000,
      bannerTimeoutMs: 2_000,
      commandTimeoutMs: 300, // the one timeout these tests wait out
    },
  });
  return runDialogue({
    address: '127.0.0.1',
    host: 'mx.example.org',
    email,
    domain: 'example.org',
    smtp,
    catchAll: true,
    signal: new AbortController().signal,
  });
}

const polite = (command: string) => {
  if (command.startsWith('EHLO')) return '250-mx.example.org\r\n250-PIPELINING\r\n250 8BITMIME\r\n';
  if (command === 'QUIT') return '221 2.0.0 Bye\r\n';
  if (command.startsWith('RCPT TO:<ec-')) return '550 5.1.1 Unknown\r\n';
  return '250 2.0.0 OK\r\n';
};

describe('runDialogue', () => {
  it('speaks EHLO, MAIL FROM, RCPT, the catch-all RCPT, RSET and QUIT in that order', async () => {
    const server = await scripted('220 mx.example.org ESMTP\r\n', polite);
    const result = await dialogue(server.port);
    expect(result).toMatchObject({
      kind: 'answer',
      outcome: 'accepted',
      catchAll: false,
      tls: false,
    });
    expect(server.commands[0]).toBe('EHLO probe.example.net');
    expect(server.commands[1]).toBe('MAIL FROM:<verify@example.net>');
    expect(server.commands[2]).toBe('RCPT TO:<jane@example.org>');
    expect(server.commands[3]).toMatch(/^RCPT TO:<ec-[0-9a-f]{20}@example\.org>$/);
    expect(server.commands.slice(4)).toEqual(['RSET', 'QUIT']);
  });

  it('falls back to HELO when EHLO is refused', async () => {
    const server = await scripted('220 old.example.org\r\n', (command) =>
      command.startsWith('EHLO') ? '502 5.5.1 Command not implemented\r\n' : polite(command),
    );
    expect(await dialogue(server.port)).toMatchObject({ kind: 'answer', outcome: 'accepted' });
    expect(server.commands.slice(0, 2)).toEqual([
      'EHLO probe.example.net',
      'HELO probe.example.net',
    ]);
  });

  it('reports a refused greeting as a refusal before the mailbox was asked', async () => {
    const server = await scripted('554 5.7.1 No SMTP service here\r\n', polite);
    expect(await dialogue(server.port)).toMatchObject({
      kind: 'refused',
      stage: 'greeting',
      reply: { code: 554, enhanced: '5.7.1' },
    });
  });

  it('reports a refused MAIL FROM as a refusal, never as an answer about the mailbox', async () => {
    const server = await scripted('220 mx\r\n', (command) =>
      command.startsWith('MAIL') ? '553 5.1.8 Sender domain does not exist\r\n' : polite(command),
    );
    expect(await dialogue(server.port)).toMatchObject({ kind: 'refused', stage: 'mail' });
    expect(server.commands.some((c) => c.startsWith('RCPT'))).toBe(false);
  });

  it('gives up on a server that speaks something other than SMTP', async () => {
    const server = await scripted('HTTP/1.1 400 Bad Request\r\n\r\n', polite);
    expect(await dialogue(server.port)).toMatchObject({ kind: 'failure', failure: 'protocol' });
  });

  it('gives up on a reply line longer than any server sends', async () => {
    const server = await scripted(`220 ${'x'.repeat(10_000)}`, polite);
    expect(await dialogue(server.port)).toMatchObject({ kind: 'failure', failure: 'protocol' });
  });

  it('times out a command the server never answers', async () => {
    const server = await scripted('220 mx\r\n', (command) =>
      command.startsWith('RCPT') ? null : polite(command),
    );
    expect(await dialogue(server.port)).toMatchObject({
      kind: 'failure',
      failure: 'timeout',
      message: 'no reply to RCPT within 300 ms',
    });
  });

  it('reads multi-line replies that arrive in pieces', async () => {
    const server = await scripted(
      ['220-mx.example.org ESM', 'TP\r\n220 ready\r\n'],
      (command, socket) => {
        if (!command.startsWith('EHLO')) return polite(command);
        socket.write('250-mx.example.org\r\n250-PIPE');
        setTimeout(() => socket.write('LINING\r\n250 8BITMIME\r\n'), 20);
        return null;
      },
    );
    expect(await dialogue(server.port)).toMatchObject({ kind: 'answer', outcome: 'accepted' });
  });

  it('gives up when the server offers STARTTLS but does not speak TLS', async () => {
    const server = await scripted('220 mx\r\n', (command, socket) => {
      if (command.startsWith('EHLO')) return '250-mx\r\n250 STARTTLS\r\n';
      if (command === 'STARTTLS') {
        socket.write('220 2.0.0 Ready\r\n');
        setTimeout(() => socket.write('this is not a TLS handshake\r\n'), 10);
        return null;
      }
      return polite(command);
    });
    expect(await dialogue(server.port)).toMatchObject({ kind: 'failure', failure: 'tls' });
  });

  it('never sends a command with a line break in it', async () => {
    const server = await scripted('220 mx\r\n', polite);
    const result = await dialogue(server.port, 'jane@example.org>\r\nDATA');
    expect(result).toMatchObject({ kind: 'failure', failure: 'protocol' });
    expect(server.commands).not.toContain('DATA');
  });
});

describe('randomLocalPart', () => {
  it('makes a different local part each time', () => {
    const parts = new Set(Array.from({ length: 100 }, randomLocalPart));
    expect(parts.size).toBe(100);
  });
});
