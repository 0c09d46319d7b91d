import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { mapLines } from '../../bin/lines.js';

/** A real Writable that collects what it is given, completing each write on a later turn. */
function collector(highWaterMark = 16 * 1024): Writable & { text: () => Promise<string> } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  // Everything handed over, once the stream has finished.
  const text = async () => {
    stream.end();
    await finished(stream);
    return chunks.join('');
  };
  return Object.assign(stream, { text });
}

async function* pieces(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? new TextEncoder().encode(part) : part;
}

describe('mapLines', () => {
  it('maps every line, across chunk boundaries, CRLF, empty lines and a last line without newline', async () => {
    const output = collector();
    await mapLines(pieces('a\r\nb', 'b\n\nc', 'c'), output, (line) => `<${line}>`);
    expect(await output.text()).toBe('<a>\n<bb>\n<>\n<cc>\n');
  });

  it('adds no line for the newline that ends the input, nor for an empty input', async () => {
    const output = collector();
    await mapLines(pieces('a\n'), output, (line) => line);
    await mapLines(pieces(), output, (line) => line);
    expect(await output.text()).toBe('a\n');
  });

  it('decodes a character whose bytes are split between chunks', async () => {
    const bytes = new TextEncoder().encode('bücher\n');
    const output = collector();
    await mapLines(pieces(bytes.slice(0, 2), bytes.slice(2)), output, (line) => line);
    expect(await output.text()).toBe('bücher\n');
  });

  it('waits for the output to drain before writing the next batch', async () => {
    const output = collector(1);
    const write = output.write.bind(output);
    let writesWhileFull = 0;
    output.write = ((chunk: string) => {
      if (output.writableNeedDrain) writesWhileFull++;
      return write(chunk);
    }) as typeof output.write;
    const input = Array.from({ length: 50 }, (_, i) => `line ${i}\n`);
    await mapLines(pieces(...input), output, (line) => line.toUpperCase());
    expect(writesWhileFull).toBe(0);
    expect(await output.text()).toBe(input.join('').toUpperCase());
  });

  it('stops reading, without error, when the reader has gone away', async () => {
    const output = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    let pulled = 0;
    async function* endless(): AsyncGenerator<string> {
      for (;;) {
        pulled++;
        yield 'jane@example.com\n';
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await expect(mapLines(endless(), output, (line) => line)).resolves.toBeUndefined();
    expect(pulled).toBeLessThan(10);
  });

  it('fails with any other error of the output', async () => {
    const output = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
      },
    });
    await expect(mapLines(pieces('a\n', 'b\n', 'c\n'), output, (line) => line)).rejects.toThrow(
      'disk full',
    );
  });
});
