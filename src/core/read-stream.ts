import { createReadStream } from 'node:fs';

export type StreamRead = { ok: true; bytes: Buffer } | { ok: false; why: 'too-large'; limit: number } | { ok: false; why: 'io'; code: string };

/**
 * Reads a stream (standard input, a pipe) to its end, holding at most `maxBytes`: a pipe has
 * no size to ask for and cannot be seeked, so the bound is counted while reading, and the
 * stream is let go as soon as it is passed, not after it has filled memory.
 */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<StreamRead> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      total += buf.length;
      if (total > maxBytes) return { ok: false, why: 'too-large', limit: maxBytes }; // leaving the loop closes the stream
      chunks.push(buf);
    }
  } catch (e) {
    return { ok: false, why: 'io', code: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)) };
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
}

/**
 * The names a shell gives a pipe: process substitution `<(cmd)` (/dev/fd/63 in bash and zsh,
 * /proc/self/fd/N) and /dev/stdin. A pipe behind one of these already has its writer, so it
 * is read as a stream; any other FIFO is still refused, since opening it may wait for ever.
 */
export function isPipeName(path: string): boolean {
  return /^\/(dev\/fd|proc\/self\/fd)\/\d+$/.test(path) || path === '/dev/stdin';
}

/** A pipe named by isPipeName, read to its end within the bound. */
export function readPipe(path: string, maxBytes: number): Promise<StreamRead> {
  return readStreamBounded(createReadStream(path, { highWaterMark: 1 << 16 }), maxBytes);
}
