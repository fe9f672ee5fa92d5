import { readFile } from 'node:fs/promises';
import { diagnostic } from '../core/diagnostic.js';
import type { Result } from '../core/result.js';
import { readDocument } from '../readers/index.js';
import { recognizeDocument } from '../recognize/document.js';
import type { TableExplanation } from '../recognize/types.js';

/**
 * read → recognize, keeping what the recognizer decided about each table: which column holds
 * what, with the evidence, and why a table was not read as a plan (`prikaz explain`).
 */
export async function explainFile(path: string): Promise<Result<TableExplanation[] | null>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { value: null, diagnostics: [diagnostic('error', 'io/read', `cannot be read (${code})`, { file: path })] };
  }
  const read = await readDocument(bytes, path);
  if (!read.value) return { value: null, diagnostics: read.diagnostics };
  const recognized = recognizeDocument(read.value);
  return { value: recognized.value.explanations, diagnostics: [...read.diagnostics, ...recognized.diagnostics] };
}
