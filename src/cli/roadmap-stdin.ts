import type { SourceFormat } from '../validate/parse.js';
import type { ReadResult } from '../validate/read.js';
import { roadmapTextOf } from '../validate/read-stream.js';
import type { CliIO } from './io.js';
import { readStdin } from './stdin.js';

/** A roadmap given as "-" (validate, diff, export): standard input read to its end, within --max-size. */
export async function readRoadmapStdin(io: CliIO, maxBytes: number): Promise<ReadResult> {
  return roadmapTextOf(await readStdin(io, maxBytes), 'standard input');
}

/** Text with no file name to go by: JSON when it opens with { or [, else YAML. */
export function formatOfText(text: string): SourceFormat {
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}
