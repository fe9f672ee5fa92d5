import { diffDocuments } from '../../diff/changes.js';
import { DIFF_FORMATTERS, DIFF_FORMAT_NAMES, type DiffFormatName } from '../../diff/formatters/index.js';
import { loadForDiff, loadRoadmapRead, type LoadResult } from '../../diff/load.js';
import { formatOfText, readRoadmapStdin } from '../roadmap-stdin.js';
import { STDIN_NAME } from '../stdin.js';
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
  if (oldPath === '-' && newPath === '-') {
    io.stderr('prikaz diff: standard input can be only one side: name the other file (or use <(command) for a second stream)\n');
    return EXIT.USAGE_OR_IO;
  }
  // "-": that side is read from standard input, to its end, within --max-size
  const load = async (path: string): Promise<LoadResult> => {
    if (path !== '-') return loadForDiff(path, { maxBytes: maxSize.bytes });
    const read = await readRoadmapStdin(io, maxSize.bytes);
    return loadRoadmapRead(read, read.ok ? formatOfText(read.text) : 'yaml');
  };
  const name = (path: string): string => (path === '-' ? STDIN_NAME : path);
  const [a, b] = await Promise.all([load(oldPath), load(newPath)]);
  oldPath = name(oldPath);
  newPath = name(newPath);
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
