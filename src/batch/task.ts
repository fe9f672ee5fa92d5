import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { convertFile, InvalidModelError, MAX_INPUT_BYTES } from '../pipeline/convert.js';
import type { OcrOptions } from '../readers/ocr/index.js';
import { serialize, type OutputFormat } from '../write/serialize.js';
import { writeFileAtomic } from '../write/atomic.js';
import { allItems } from '../model/walk.js';
import { readRegularFile } from '../readers/read-input.js';
import { validateRoadmapDocument } from '../model/schema.js';
import type { RoadmapDocument } from '../model/roadmap.js';

/** One file to convert: what a worker thread receives. */
export interface ConvertTask {
  id: number;
  input: string;
  /** What the roadmap records as source.file (InputFile.sourceName). */
  sourceName?: string;
  /** Where to write; null to return the text instead (stdout, --jsonl). */
  output: string | null;
  format: OutputFormat | 'jsonl';
  /** Skip when the existing output was made from the same input bytes. */
  skipUnchanged: boolean;
  /** Convert .doc and .rtf with LibreOffice first. */
  convertLegacy?: boolean;
  /** Refuse PDFs with more pages (--max-pages). */
  maxPages?: number;
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
  /** How many activities the converted document holds (0: converted, but no plan was found). */
  activities?: number;
}

export async function runTask(task: ConvertTask): Promise<TaskOutcome> {
  const base = { id: task.id, input: task.input, output: task.output };
  try {
    if (task.skipUnchanged && task.output && task.format !== 'jsonl' && (await unchanged(task.input, task.output, task.format))) {
      return { ...base, status: 'skipped', diagnostics: [] };
    }
    const result = await convertFile(task.input, {
      ...(task.sourceName !== undefined ? { sourceName: task.sourceName } : {}),
      convertLegacy: task.convertLegacy === true,
      ...(task.maxPages ? { maxPages: task.maxPages } : {}),
      ...(task.ocr ? { ocr: task.ocr } : {}),
    });
    if (!result.value) {
      const first = result.diagnostics.find((d) => d.severity === 'error');
      return { ...base, status: result.ioError ? 'io-error' : 'failed', diagnostics: result.diagnostics, reason: first ? `${first.code}: ${first.message}` : 'not converted' };
    }
    const activities = result.value.roadmaps.reduce((n, r) => n + allItems(r).length, 0);
    const text = task.format === 'jsonl' ? JSON.stringify(result.value) : serialize(result.value, task.format);
    if (task.output) {
      try {
        await writeFileAtomic(task.output, text);
      } catch (e) {
        const why = `io/write: cannot write ${task.output} (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
        return { ...base, status: 'io-error', diagnostics: result.diagnostics, reason: why };
      }
      return { ...base, status: 'converted', diagnostics: result.diagnostics, activities };
    }
    return { ...base, status: 'converted', diagnostics: result.diagnostics, text, activities };
  } catch (e) {
    const why = e instanceof InvalidModelError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    return { ...base, status: 'internal-error', diagnostics: [], reason: why };
  }
}

/**
 * Whether the existing output is a whole roadmap made from these very input bytes: it
 * parses, passes the schema, records the input's SHA-256, and is exactly what prikaz
 * writes for what it holds (so a file cut short, even at a line end, or edited, is redone).
 */
async function unchanged(input: string, output: string, format: OutputFormat): Promise<boolean> {
  const out = await readRegularFile(output, MAX_INPUT_BYTES.other);
  if (!out.ok) return false;
  const text = Buffer.from(out.bytes).toString('utf8');
  let doc: unknown;
  try {
    doc = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch {
    return false;
  }
  if (validateRoadmapDocument(doc).length > 0) return false;
  const roadmap = doc as RoadmapDocument;
  if (serialize(roadmap, format) !== text) return false;
  const inp = await readRegularFile(input, MAX_INPUT_BYTES.other);
  if (!inp.ok) return false;
  return createHash('sha256').update(inp.bytes).digest('hex') === roadmap.source.sha256;
}
