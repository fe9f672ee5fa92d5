import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { InputFormat } from '../../document/types.js';
import { detectFormat } from '../../readers/index.js';
import type { OcrMode } from '../../readers/ocr/index.js';
import { serialize, type OutputFormat } from '../../write/serialize.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';
import { jsonlFailure, jsonlSuccess } from '../jsonl.js';
import { writeOutputFile } from '../output.js';
import { readStdin, STDIN_NAME } from '../stdin.js';

export const STDIN_FORMATS = ['docx', 'doc', 'pdf', 'txt'] as const;

export interface StdinConvertOptions {
  /** What the bytes are; sniffed from their first bytes when not said. */
  stdinFormat?: InputFormat;
  format: OutputFormat;
  /** A file to write, or null for standard output. */
  output: string | null;
  jsonl: boolean;
  maxPages: number;
  ocr: { mode: OcrMode; jobs: number };
  report: (diagnostics: Diagnostic[], file: string) => void;
}

/**
 * `prikaz convert -`: one document read from standard input (a pipe is read to its end,
 * within the size limit of an input file), converted in this thread, written to stdout or -o FILE.
 */
export async function convertStdin(opts: StdinConvertOptions, io: CliIO): Promise<ExitCode> {
  const c = colorsFor(io);
  const { MAX_INPUT_BYTES, convertBytes } = await import('../../pipeline/convert.js');
  const fail = (code: string, message: string, exit: ExitCode, hint?: string): ExitCode => {
    if (opts.jsonl) io.stdout(`${jsonlFailure(STDIN_NAME, { code, message })}\n`);
    io.stderr(`${STDIN_NAME}: ${c.red('error')} ${c.dim(code)}: ${message}${hint ? c.dim(` (hint: ${hint})`) : ''}\n`);
    return exit;
  };
  const limit = opts.stdinFormat === 'txt' ? MAX_INPUT_BYTES.text : MAX_INPUT_BYTES.other;
  const read = await readStdin(io, limit);
  if (!read.ok) {
    return read.why === 'io'
      ? fail('io/read', `standard input cannot be read (${read.code})`, EXIT.USAGE_OR_IO)
      : fail('input/too-large', `standard input is over ${limit / 2 ** 20} MB; prikaz reads documents up to that size`, EXIT.FAILED);
  }
  const bytes = read.bytes;
  const format = opts.stdinFormat ?? sniffFormat(bytes);
  if (format === 'txt' && !opts.stdinFormat && (await isPathList(bytes))) {
    io.stderr(
      `prikaz convert: standard input is a list of file paths, but "-" now reads one document from standard input; ` +
        `to convert the files it lists use --files-from - (for example: find orders -name '*.docx' | prikaz convert --files-from - --out-dir out/)\n`,
    );
    return EXIT.USAGE_OR_IO;
  }
  if (format === 'txt' && bytes.length > MAX_INPUT_BYTES.text) {
    return fail('input/too-large', `standard input is over ${MAX_INPUT_BYTES.text / 2 ** 20} MB of text; prikaz reads text orders up to that size`, EXIT.FAILED);
  }

  const result = await convertBytes(bytes, STDIN_NAME, { ...(format === 'rtf' ? {} : { format }), maxPages: opts.maxPages, ocr: opts.ocr });
  if (!result.value) {
    opts.report(result.diagnostics, STDIN_NAME);
    const first = result.diagnostics.find((d) => d.severity === 'error');
    if (opts.jsonl) io.stdout(`${jsonlFailure(STDIN_NAME, first ? { code: first.code, message: first.message } : { code: 'document/not-converted', message: 'not converted' })}\n`);
    return EXIT.FAILED;
  }
  opts.report(result.diagnostics, STDIN_NAME);
  if (opts.jsonl) {
    io.stdout(`${jsonlSuccess(STDIN_NAME, JSON.stringify(result.value))}\n`);
    return EXIT.OK;
  }
  const text = serialize(result.value, opts.format);
  if (!opts.output) {
    io.stdout(text);
    return EXIT.OK;
  }
  const failed = await writeOutputFile(opts.output, text, [], io);
  if (failed) {
    io.stderr(`${opts.output}: ${c.red('error')} ${c.dim('io/write')}: ${failed}\n`);
    return EXIT.USAGE_OR_IO;
  }
  return EXIT.OK;
}

/** By the first bytes, as the readers decide (a zip is a .docx, an OLE file a .doc, %PDF a PDF), else text. */
export function sniffFormat(bytes: Uint8Array): InputFormat | 'rtf' {
  return detectFormat(bytes, STDIN_NAME);
}

/**
 * Whether standard input is what `convert -` used to read: a list of paths, one a line, each
 * of which exists. An order's text never is (its lines are sentences, not files on this disk).
 */
async function isPathList(bytes: Uint8Array): Promise<boolean> {
  if (bytes.length > 1 << 20) return false;
  const lines = Buffer.from(bytes).toString('utf8').split(/\r?\n|\0/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return false;
  for (const line of lines.slice(0, 1000)) {
    try {
      await stat(line);
    } catch {
      return false;
    }
  }
  return true;
}
