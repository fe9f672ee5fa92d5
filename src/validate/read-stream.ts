import { isPipeName, readPipe, type StreamRead } from '../core/read-stream.js';
import { decodeRoadmapBytes, describeIoError, tooLarge, type ReadResult } from './read.js';

export { isPipeName };

/**
 * A roadmap read from a stream (standard input, or a pipe the shell named /dev/fd/N) as
 * text, with the same refusals as a file: over the limit, binary, not UTF-8.
 */
export function roadmapTextOf(read: StreamRead, what: string): ReadResult {
  if (read.ok) return decodeRoadmapBytes(read.bytes);
  if (read.why === 'io') return { ok: false, io: true, finding: { ruleId: 'io/read', severity: 'error', path: '', message: describeIoError({ code: read.code }) } };
  const exact = read.limit / 1024 / 1024;
  const mb = exact >= 1 ? Math.round(exact) : Number(exact.toPrecision(2));
  return tooLarge(`${what} is over the ${mb} MB limit; reading stopped there`, `if it is genuine, raise the limit with --max-size ${Math.ceil(mb * 2)}`);
}

/** A pipe given by name (process substitution), read to its end, never stat-sized or seeked. */
export async function readRoadmapPipe(path: string, maxBytes: number): Promise<ReadResult> {
  return roadmapTextOf(await readPipe(path, maxBytes), 'the pipe');
}
