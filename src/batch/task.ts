import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostic.js';
import { convertFile, InvalidModelError } from '../pipeline/convert.js';
import type { OcrOptions } from '../readers/ocr/index.js';
import { serialize, type OutputFormat } from '../write/serialize.js';
import { writeFileAtomic } from '../write/atomic.js';

/** One file to convert: what a worker thread receives. */
export interface ConvertTask {
  id: number;
  input: string;
  /** Where to write; null to return the text instead (stdout, --jsonl). */
  output: string | null;
  format: OutputFormat | 'jsonl';
  /** Skip when the existing output was made from the same input bytes. */
  skipUnchanged: boolean;
  /** Convert .doc and .rtf with LibreOffice first. */
  convertLegacy?: boolean;
  /** OCR of scanned PDF pages. */
  ocr?: OcrOptions;
}

export type TaskStatus = 'converted' | 'skipped' | 'failed' | 'io-error' | 'internal-error';

/** What comes back: plain data, so that it crosses a thread boundary as it is. */
export interface TaskOutcome {
  id: number;
  input: string;
  output: string | null;
  status: TaskStatus;
  diagnostics: Diagnostic[];
  text?: string;
  /** One line saying why, for failures. */
  reason?: string;
}

export async function runTask(task: ConvertTask): Promise<TaskOutcome> {
  const base = { id: task.id, input: task.input, output: task.output };
  try {
    if (task.skipUnchanged && task.output && (await unchanged(task.input, task.output))) {
      return { ...base, status: 'skipped', diagnostics: [] };
    }
    const result = await convertFile(task.input, { convertLegacy: task.convertLegacy === true, ocr: task.ocr });
    if (!result.value) {
      const first = result.diagnostics.find((d) => d.severity === 'error');
      return { ...base, status: result.ioError ? 'io-error' : 'failed', diagnostics: result.diagnostics, reason: first ? `${first.code}: ${first.message}` : 'not converted' };
    }
    const text = task.format === 'jsonl' ? JSON.stringify(result.value) : serialize(result.value, task.format);
    if (task.output) {
      try {
        await writeFileAtomic(task.output, text);
      } catch (e) {
        const why = `io/write: cannot write ${task.output} (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
        return { ...base, status: 'io-error', diagnostics: result.diagnostics, reason: why };
      }
      return { ...base, status: 'converted', diagnostics: result.diagnostics };
    }
    return { ...base, status: 'converted', diagnostics: result.diagnostics, text };
  } catch (e) {
    const why = e instanceof InvalidModelError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    return { ...base, status: 'internal-error', diagnostics: [], reason: why };
  }
}

/** The output records the input's SHA-256 near its top; the same hash means nothing changed. */
async function unchanged(input: string, output: string): Promise<boolean> {
  let head: string;
  try {
    head = (await readFile(output, 'utf8')).slice(0, 2048);
  } catch {
    return false;
  }
  const recorded = /"?sha256"?\s*:\s*"?([0-9a-f]{64})/.exec(head)?.[1];
  if (!recorded) return false;
  try {
    return createHash('sha256').update(await readFile(input)).digest('hex') === recorded;
  } catch {
    return false;
  }
}
