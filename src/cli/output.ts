import { stat } from 'node:fs/promises';
import { fileId, OutputIsInputError, writeFileAtomic } from '../write/atomic.js';
import type { CliIO } from './io.js';

/**
 * Writes a command's `-o FILE`: "-" is standard output; anything else through
 * writeFileAtomic, refusing to replace any of the command's inputs. Returns the one-line
 * reason when it cannot be written, null when written.
 */
export async function writeOutputFile(path: string, text: string | Uint8Array, inputs: readonly string[], io: CliIO): Promise<string | null> {
  if (path === '-') {
    if (typeof text === 'string') io.stdout(text);
    else if (io.stdoutBytes) io.stdoutBytes(text);
    else io.stdout(Buffer.from(text).toString('latin1')); // a test's memory IO: one char per byte
    return null;
  }
  // one rule for -o in every verb: a report or a table is one file, never a folder
  if (/[\\/]$/.test(path) || (await isFolder(path))) return 'it is a folder; -o takes a file name here (- for standard output)';
  const protect = new Set<string>();
  for (const input of inputs) {
    try {
      protect.add(fileId(await stat(input)));
    } catch {
      // a missing input is reported where it is read
    }
  }
  try {
    await writeFileAtomic(path, text, { protect });
    return null;
  } catch (e) {
    if (e instanceof OutputIsInputError) return 'it is one of the inputs; it is not overwritten';
    return `cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
