/**
 * SMTP replies (RFC 5321 section 4.2) with enhanced status codes (RFC 3463), read line by line
 * from the server's byte stream.
 */

export interface SmtpReply {
  /** The three-digit reply code. */
  code: number;
  /** The enhanced status code such as `5.1.1`, when the server sent one. */
  enhanced: string | null;
  /** The text of every line, without code, separator and enhanced code. */
  lines: string[];
  /** The lines joined by spaces, for messages and text rules. */
  text: string;
}

/** Longest line we accept (RFC 5321 allows 512 octets for a reply line; servers exceed it). */
export const maxLineLength = 4_096;
/** Most lines in one reply: an EHLO answer has a dozen; thousands is a hostile server. */
export const maxReplyLines = 200;

export class ReplyFormatError extends Error {
  override readonly name = 'ReplyFormatError';
}

/**
 * Accumulates reply lines; `push` returns a reply once its last line (`NNN text`, after any
 * `NNN-text` lines) has arrived. Throws `ReplyFormatError` on a line that is not a reply.
 */
export class ReplyReader {
  private pending: { code: number; texts: string[] } | null = null;

  push(line: string): SmtpReply | null {
    const match = /^(\d{3})([ -]|$)(.*)$/.exec(line);
    if (!match)
      throw new ReplyFormatError(`not an SMTP reply line: ${JSON.stringify(line.slice(0, 80))}`);
    const code = Number(match[1]);
    if (this.pending && this.pending.code !== code) {
      throw new ReplyFormatError(
        `reply code changed from ${this.pending.code} to ${code} mid-reply`,
      );
    }
    this.pending ??= { code, texts: [] };
    this.pending.texts.push(match[3] ?? '');
    if (this.pending.texts.length > maxReplyLines) {
      throw new ReplyFormatError(`reply longer than ${maxReplyLines} lines`);
    }
    if (match[2] === '-') return null;
    const { texts } = this.pending;
    this.pending = null;
    return buildReply(code, texts);
  }
}

const enhancedPattern = /^([245])\.(\d{1,3})\.(\d{1,3})(?:\s+|$)/;

function buildReply(code: number, texts: string[]): SmtpReply {
  const first = enhancedPattern.exec(texts[0] ?? '');
  // An enhanced code must share the reply's class (RFC 3463 section 2): `250 5.1.1` is noise.
  const enhanced =
    first && first[1] === String(code).charAt(0) ? `${first[1]}.${first[2]}.${first[3]}` : null;
  const lines = texts.map((text) => (enhanced ? text.replace(enhancedPattern, '') : text).trim());
  return { code, enhanced, lines, text: lines.join(' ').trim() };
}

/** The reply as the server sent it, shortened for messages. */
export function describeReply(reply: SmtpReply): string {
  const text = `${reply.code}${reply.enhanced ? ` ${reply.enhanced}` : ''} ${reply.text}`.trim();
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
