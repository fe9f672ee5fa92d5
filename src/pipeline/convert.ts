import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { convertToDocxWithLibreOffice } from './legacy.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Result } from '../core/result.js';
import { readDocument } from '../readers/index.js';
import { recognizeDocument } from '../recognize/document.js';
import { buildModel } from '../model/build.js';
import { validateRoadmapDocument } from '../model/schema.js';
import type { RoadmapDocument } from '../model/roadmap.js';
import { InvalidModelError } from './errors.js';

export { InvalidModelError };

/** read → recognize → normalize → model → schema check. */
export async function convertBytes(bytes: Uint8Array, path: string): Promise<Result<RoadmapDocument | null>> {
  const read = await readDocument(bytes, path);
  if (!read.value) return { value: null, diagnostics: read.diagnostics };
  const recognized = recognizeDocument(read.value);
  const r = recognized.value;
  const earlier: Diagnostic[] = [...read.diagnostics, ...recognized.diagnostics];
  if (!r.order && !r.approval && r.roadmaps.length === 0 && r.tables.length === 0) {
    earlier.push(
      diagnostic('error', 'document/not-an-order', 'no order header, approval stamp, roadmap or table was found', { file: path }, 'is this an order or plan? prikaz reads orders that approve a roadmap'),
    );
    return { value: null, diagnostics: earlier };
  }
  if (r.roadmaps.length === 0) {
    earlier.push(diagnostic('warning', 'document/no-roadmap', 'no activity table (roadmap) was found in the document', { file: path }));
  }
  const model = buildModel(read.value, r, earlier);
  const problems = validateRoadmapDocument(model.value);
  if (problems.length) throw new InvalidModelError(path, problems.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
  return model;
}

/**
 * The largest input read, by extension. Real orders are far smaller (a text order is tens of
 * kilobytes, a Word or PDF one a few megabytes); past this a file is refused rather than
 * converted for minutes with gigabytes of memory.
 */
export const MAX_INPUT_BYTES = { text: 16 * 2 ** 20, other: 64 * 2 ** 20 };

export interface ConvertOptions {
  /** Convert an old .doc or an RTF file with LibreOffice first, when `soffice` is installed. */
  convertLegacy?: boolean;
}

/** Reads the file (never writing to it) and converts it; a file that cannot be read is a diagnostic. */
export async function convertFile(path: string, options: ConvertOptions = {}): Promise<Result<RoadmapDocument | null> & { ioError?: boolean }> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    const limit = /\.(txt|text)$/i.test(path) || !/\.\w+$/.test(path) ? MAX_INPUT_BYTES.text : MAX_INPUT_BYTES.other;
    if (size > limit) {
      const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;
      return {
        value: null,
        diagnostics: [diagnostic('error', 'input/too-large', `the file is ${mb(size)}; prikaz reads such files up to ${mb(limit)}`, { file: path }, 'orders are far smaller: check that this is the right file, or split it')],
      };
    }
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`;
    return { value: null, diagnostics: [diagnostic('error', 'io/read', why, { file: path })], ioError: true };
  }
  const result = await convertBytes(bytes, path);
  const legacy = result.diagnostics.find((d) => d.code === 'docx/legacy-doc' || (d.code === 'input/unsupported' && /RTF/.test(d.message)));
  if (result.value || !legacy || !options.convertLegacy) return result;
  return convertLegacy(path, bytes, legacy);
}

/** The .doc or .rtf through LibreOffice, then as a .docx; the model still names and hashes the original file. */
async function convertLegacy(path: string, original: Uint8Array, refusal: Diagnostic): Promise<Result<RoadmapDocument | null>> {
  const converted = await convertToDocxWithLibreOffice(path);
  if ('error' in converted) {
    return { value: null, diagnostics: [{ ...refusal, message: `${refusal.message}; --convert-legacy: ${converted.error}` }] };
  }
  const result = await convertBytes(converted.bytes, path);
  const note = diagnostic('info', 'input/converted', 'converted to .docx with LibreOffice before reading (--convert-legacy)', { file: path });
  if (result.value) {
    result.value.source.sha256 = createHash('sha256').update(original).digest('hex');
    result.value.diagnostics.unshift({ severity: note.severity, code: note.code, message: note.message, source: null });
  }
  return { value: result.value, diagnostics: [note, ...result.diagnostics] };
}
