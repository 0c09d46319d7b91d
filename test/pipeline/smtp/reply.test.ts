import { describe, expect, it } from 'vitest';
import {
  describeReply,
  ReplyFormatError,
  ReplyReader,
} from '../../../proxy/pipeline/smtp/reply.js';

function read(...lines: string[]) {
  const reader = new ReplyReader();
  const replies = lines.map((line) => reader.push(line));
  return replies;
}

describe('ReplyReader', () => {
  it('reads a one-line reply with an enhanced status code', () => {
    const [reply] = read('550 5.1.1 No such user here');
    expect(reply).toEqual({
      code: 550,
      enhanced: '5.1.1',
      lines: ['No such user here'],
      text: 'No such user here',
    });
  });

  it('reads a multi-line reply only once its last line arrives', () => {
    const replies = read(
      '250-mx.example.org Hello',
      '250-PIPELINING',
      '250-STARTTLS',
      '250 SMTPUTF8',
    );
    expect(replies.slice(0, 3)).toEqual([null, null, null]);
    expect(replies[3]).toMatchObject({
      code: 250,
      lines: ['mx.example.org Hello', 'PIPELINING', 'STARTTLS', 'SMTPUTF8'],
    });
  });

  it('reads the enhanced code of a multi-line refusal from its first line', () => {
    const replies = read(
      '550-5.1.1 The email account that you tried to reach does not exist.',
      '550 5.1.1 Please try again.',
    );
    expect(replies[1]).toMatchObject({ code: 550, enhanced: '5.1.1' });
    expect(replies[1]?.text).toBe(
      'The email account that you tried to reach does not exist. Please try again.',
    );
  });

  it('ignores an enhanced code of another class than the reply', () => {
    expect(read('250 5.1.1 odd')[0]).toMatchObject({
      code: 250,
      enhanced: null,
      text: '5.1.1 odd',
    });
  });

  it('reads a bare code without text', () => {
    expect(read('354')[0]).toMatchObject({ code: 354, enhanced: null, text: '' });
  });

  it('refuses a line that is not a reply', () => {
    expect(() => read('HTTP/1.1 400 Bad Request')).toThrow(ReplyFormatError);
  });

  it('refuses a reply whose code changes mid-reply', () => {
    expect(() => read('250-first', '550 second')).toThrow(/code changed/);
  });

  it('refuses a reply with more lines than any real server sends', () => {
    const reader = new ReplyReader();
    expect(() => {
      for (let i = 0; i < 1_000; i++) reader.push('250-again');
    }).toThrow(/longer than 200 lines/);
  });
});

describe('describeReply', () => {
  it('gives code, enhanced code and text on one line', () => {
    const [reply] = read('452 4.2.2 Mailbox full');
    expect(reply && describeReply(reply)).toBe('452 4.2.2 Mailbox full');
  });
});
