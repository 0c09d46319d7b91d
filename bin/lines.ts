import type { Writable } from 'node:stream';

/**
 * Streams `input` line by line through `map` into `output`, in order, in big writes.
 *
 * Lines end with `\n` or `\r\n`; a last line without a newline still counts, and an empty line
 * is a line (only the newline that ends the input adds none). UTF-8 is decoded across chunk
 * boundaries, and a byte-order mark at the start is dropped. Output is batched per input chunk
 * and waits for `drain`, so memory stays flat however long the input. Resolves early, without
 * error, when the reader goes away (`EPIPE`, as with `| head`).
 */
export async function mapLines(
  input: AsyncIterable<Uint8Array | string>,
  output: Writable,
  map: (line: string) => string,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let closed = false;
  let failure: Error | null = null;
  const onError = (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failure = error;
  };
  output.on('error', onError);

  let carry = '';
  const emit = async (text: string) => {
    if (text === '' || closed) return;
    if (!output.write(text)) await drained(output);
  };
  const mapAll = (lines: string[]): string => {
    let text = '';
    for (const line of lines) text += map(line.endsWith('\r') ? line.slice(0, -1) : line) + '\n';
    return text;
  };

  try {
    for await (const chunk of input) {
      carry += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const lines = carry.split('\n');
      carry = lines.pop() ?? '';
      await emit(mapAll(lines));
      if (closed) break;
    }
    carry += decoder.decode();
    if (carry !== '') await emit(mapAll([carry]));
  } finally {
    output.off('error', onError);
  }
  if (failure) throw failure;
}

/** Resolves when the stream can take more, or will never take any (closed or failed). */
function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      output.off('error', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
    output.on('error', done);
  });
}
