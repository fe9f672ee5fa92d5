import { createHash } from 'node:crypto';
import { convertToDocxWithLibreOffice } from './legacy.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Result } from '../core/result.js';
import { readDocument, type ReadOptions } from '../readers/index.js';
import { readRegularFile, type InputRead } from '../readers/read-input.js';
import { isPipeName, readPipe } from '../core/read-stream.js';
import { recognizeDocument } from '../recognize/document.js';
import { buildModel, toModelDiagnostic } from '../build/model.js';
import { sourceDefects } from './source-defects.js';
import { validateRoadmapDocument } from '../model/schema.js';
import type { RoadmapDocument } from '../model/roadmap.js';
import { InvalidModelError } from './errors.js';

export { InvalidModelError };

/** read → recognize → normalize → model → schema check. */
export async function convertBytes(bytes: Uint8Array, path: string, options: ReadOptions & SourceNameOption = {}): Promise<Result<RoadmapDocument | null>> {
  const read = await readDocument(bytes, path, options);
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
  // what the order itself gets wrong (a number given twice), as `validate` will find it
  for (const d of sourceDefects(model.value.roadmaps, path)) {
    model.diagnostics.push(d);
    model.value.diagnostics.push(toModelDiagnostic(d));
  }
  if (options.sourceName !== undefined) model.value.source.file = options.sourceName;
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

export interface SourceNameOption {
  /**
   * What the roadmap records as `source.file`. Default: the path as given when it is
   * relative and stays below the working folder, else the file name — never an absolute path.
   */
  sourceName?: string;
}

export interface ConvertOptions extends ReadOptions, SourceNameOption {
  /** Convert with LibreOffice, when `soffice` is installed, an RTF file or a .doc the native reader refuses. */
  convertLegacy?: boolean;
}

/**
 * Refusals LibreOffice may get round (--convert-legacy): a Word 6/95 file, a .doc the native
 * reader finds damaged, an encrypted one (LibreOffice then says it cannot), an old .doc
 * that reached the .docx reader.
 */
const LEGACY_REFUSALS = new Set(['doc/word6', 'doc/corrupt', 'doc/encrypted', 'docx/legacy-doc']);

/**
 * Reads an input, never writing to it: only a regular file (not a FIFO, a device, or a link
 * to one), and never past the size limit; a file that cannot be read is one diagnostic.
 */
export async function readInput(path: string): Promise<Result<Uint8Array | null> & { ioError?: boolean }> {
  // a pipe the shell named (`prikaz convert <(curl …)`): read to its end, its kind sniffed from its bytes
  const pipe = isPipeName(path);
  const limit = !pipe && (/\.(txt|text)$/i.test(path) || !/\.\w+$/.test(path)) ? MAX_INPUT_BYTES.text : MAX_INPUT_BYTES.other;
  const read = pipe ? await readNamedPipe(path, limit) : await readRegularFile(path, limit);
  if (!read.ok) {
    if (read.why === 'too-large') {
      const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;
      return {
        value: null,
        diagnostics: [diagnostic('error', 'input/too-large', `the file is over ${mb(limit)}; prikaz reads such files up to ${mb(limit)}`, { file: path }, 'orders are far smaller: check that this is the right file, or split it')],
      };
    }
    if (read.why === 'not-a-file') {
      return { value: null, diagnostics: [diagnostic('error', 'io/not-a-file', `is ${read.kind}, not a regular file; it is not read`, { file: path })], ioError: true };
    }
    const code = read.code;
    if (code === 'ENOENT' && path.includes('\uFFFD')) {
      // Node reads arguments as UTF-8: a name in another encoding arrives changed and is not found
      const hint = 'rename it to UTF-8 (convmv -f cp1251 -t utf8 --notest FILE), or give its folder instead';
      return { value: null, diagnostics: [diagnostic('error', 'io/bad-file-name', 'the file name is not valid UTF-8, so it cannot be opened by that name', { file: path }, hint)], ioError: true };
    }
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code})`;
    return { value: null, diagnostics: [diagnostic('error', 'io/read', why, { file: path })], ioError: true };
  }
  return { value: read.bytes, diagnostics: [] };
}

async function readNamedPipe(path: string, limit: number): Promise<InputRead> {
  const r = await readPipe(path, limit);
  if (r.ok) return { ok: true, bytes: r.bytes };
  return r.why === 'too-large' ? { ok: false, why: 'too-large', size: limit + 1 } : { ok: false, why: 'io', code: r.code };
}

/** Reads the file (readInput) and converts it. */
export async function convertFile(path: string, options: ConvertOptions = {}): Promise<Result<RoadmapDocument | null> & { ioError?: boolean }> {
  const read = await readInput(path);
  if (read.value === null) return { value: null, diagnostics: read.diagnostics, ...(read.ioError ? { ioError: true } : {}) };
  const bytes = read.value;
  const result = await convertBytes(bytes, path, options);
  const legacy = result.diagnostics.find((d) => LEGACY_REFUSALS.has(d.code) || (d.code === 'input/unsupported' && /RTF/.test(d.message)));
  if (result.value || !legacy || !options.convertLegacy) return result;
  return convertLegacy(path, bytes, legacy, options);
}

/** The .doc or .rtf through LibreOffice, then as a .docx; the model still names and hashes the original file. */
async function convertLegacy(path: string, original: Uint8Array, refusal: Diagnostic, options: ReadOptions): Promise<Result<RoadmapDocument | null>> {
  const converted = await convertToDocxWithLibreOffice(path);
  if ('error' in converted) {
    return { value: null, diagnostics: [{ ...refusal, message: `${refusal.message}; --convert-legacy: ${converted.error}` }] };
  }
  const result = await convertBytes(converted.bytes, path, options);
  const note = diagnostic('info', 'input/converted', 'converted to .docx with LibreOffice before reading (--convert-legacy)', { file: path });
  if (result.value) {
    result.value.source.sha256 = createHash('sha256').update(original).digest('hex');
    result.value.diagnostics.unshift({ severity: note.severity, code: note.code, message: note.message, source: null });
  }
  return { value: result.value, diagnostics: [note, ...result.diagnostics] };
}
