import type { Result } from '../core/result.js';
import { readDocument } from '../readers/index.js';
import { recognizeDocument } from '../recognize/document.js';
import { readInput } from './convert.js';
import type { TableExplanation } from '../recognize/types.js';

/**
 * read → recognize, keeping what the recognizer decided about each table: which column holds
 * what, with the evidence, and why a table was not read as a plan (`prikaz explain`).
 */
export async function explainFile(path: string): Promise<Result<TableExplanation[] | null>> {
  const input = await readInput(path);
  if (input.value === null) return { value: null, diagnostics: input.diagnostics };
  const read = await readDocument(input.value, path);
  if (!read.value) return { value: null, diagnostics: read.diagnostics };
  const recognized = recognizeDocument(read.value);
  return { value: recognized.value.explanations, diagnostics: [...read.diagnostics, ...recognized.diagnostics] };
}
