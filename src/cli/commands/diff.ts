import { diffDocuments } from '../../diff/changes.js';
import { DIFF_FORMATTERS, DIFF_FORMAT_NAMES, type DiffFormatName } from '../../diff/formatters/index.js';
import { loadForDiff } from '../../diff/load.js';
import { parseMaxSize } from '../../validate/read.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';

export interface DiffCommandOptions {
  format?: DiffFormatName;
  /** Print nothing; the exit code tells. */
  quiet?: boolean;
  /** Refuse a roadmap file over this many megabytes (a string from the command line). */
  maxSize?: string | number;
}

/**
 * `prikaz diff OLD NEW`: what an amended order changed, by meaning. Each side is a roadmap
 * (YAML/JSON) or an order converted on the fly. The report goes to stdout. Exit codes as
 * diff(1): 0 no differences, 1 differences, 2 a side cannot be read.
 */
export async function diffCommand(oldPath: string, newPath: string, opts: DiffCommandOptions, io: CliIO): Promise<ExitCode> {
  const format = opts.format ?? 'text';
  const formatter = DIFF_FORMATTERS[format];
  if (!formatter) {
    io.stderr(`prikaz diff: unknown format "${String(format)}" (use ${DIFF_FORMAT_NAMES.join(', ')})\n`);
    return EXIT.USAGE_OR_IO;
  }
  const maxSize = parseMaxSize(opts.maxSize);
  if (!maxSize.ok) {
    io.stderr(`prikaz diff: ${maxSize.message}\n`);
    return EXIT.USAGE_OR_IO;
  }
  const [a, b] = await Promise.all([loadForDiff(oldPath, { maxBytes: maxSize.bytes }), loadForDiff(newPath, { maxBytes: maxSize.bytes })]);
  let failed = false;
  for (const [path, side] of [[oldPath, a], [newPath, b]] as const) {
    if (!side.ok) {
      io.stderr(`${path}: error: ${side.message}\n`);
      failed = true;
    }
  }
  if (!a.ok || !b.ok || failed) return EXIT.USAGE_OR_IO;
  const { changes } = diffDocuments(a.doc, b.doc);
  if (!opts.quiet) io.stdout(formatter({ old: { file: oldPath }, new: { file: newPath }, changes }, { colors: colorsFor(io, 'stdout') }));
  return changes.length > 0 ? EXIT.FAILED : EXIT.OK;
}
