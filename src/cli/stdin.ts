import { readStreamBounded, type StreamRead } from '../core/read-stream.js';
import type { CliIO } from './io.js';

/** What "-" names in messages and in a roadmap's `source.file`. */
export const STDIN_NAME = '<stdin>';

/**
 * Standard input, read once to its end and at most `maxBytes` of it (the one place every verb
 * reads stdin). No stdin (a test without one) reads as empty.
 */
export function readStdin(io: CliIO, maxBytes: number): Promise<StreamRead> {
  if (!io.stdin) return Promise.resolve({ ok: true, bytes: Buffer.alloc(0) });
  return readStreamBounded(io.stdin(), maxBytes);
}
