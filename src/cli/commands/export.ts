import { extname } from 'node:path';
import type { RoadmapDocument } from '../../model/roadmap.js';
import { validateRoadmapDocument } from '../../model/schema.js';
import { INPUT_EXTENSIONS } from '../../readers/index.js';
import { formatOf, parseRoadmapText } from '../../validate/parse.js';
import { parseMaxSize, readRoadmapText } from '../../validate/read.js';
import type { RawFinding } from '../../validate/types.js';
import { writeOutputFile } from '../output.js';
import { formatOfText, readRoadmapStdin } from '../roadmap-stdin.js';
import { CSV_DELIMITERS } from '../../export/csv.js';
import { EXPORTERS, EXPORT_FORMATS, exportDocument, type ExportFormat, type ExportOptions } from '../../export/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';
import { atLeast, formatDiagnostic } from '../report.js';

export { EXPORT_FORMATS };

export interface ExportCommandOptions {
  to?: string;
  /** Write here (atomically) instead of stdout. */
  output?: string;
  /** CSV separator: ",", ";", "tab". */
  delimiter?: string;
  /** Show errors only (of an order converted on the fly). */
  quiet?: boolean;
  /** Refuse a roadmap file over this many megabytes (a string from the command line). */
  maxSize?: string | number;
}

/**
 * `prikaz export ROADMAP --to csv|ics|md|html [-o FILE]`. ROADMAP is a roadmap file
 * (YAML or JSON, checked against the schema) or a source document, converted on the fly.
 * Exit code: 2 for a usage error or a file that cannot be read or written, 1 when the
 * input is not a usable roadmap, else 0.
 */
export async function exportCommand(input: string, opts: ExportCommandOptions, io: CliIO): Promise<ExitCode> {
  const format = opts.to as ExportFormat | undefined;
  if (!format || !(format in EXPORTERS)) {
    io.stderr(`prikaz export: --to takes one of ${EXPORT_FORMATS.join(', ')}${opts.to ? `, not "${opts.to}"` : ''}\n`);
    return EXIT.USAGE_OR_IO;
  }
  const options: ExportOptions = {};
  if (opts.delimiter !== undefined) {
    if (format !== 'csv') {
      io.stderr(`prikaz export: --delimiter is for --to csv only\n`);
      return EXIT.USAGE_OR_IO;
    }
    const d = /^(tab|\\t)$/i.test(opts.delimiter) ? '\t' : opts.delimiter;
    if (!(CSV_DELIMITERS as readonly string[]).includes(d)) {
      io.stderr(`prikaz export: --delimiter takes "," ";" or "tab", not ${JSON.stringify(opts.delimiter)}\n`);
      return EXIT.USAGE_OR_IO;
    }
    options.delimiter = d;
  }
  if (format === 'ics') options.stamp = new Date();
  const maxSize = parseMaxSize(opts.maxSize);
  if (!maxSize.ok) {
    io.stderr(`prikaz export: ${maxSize.message}\n`);
    return EXIT.USAGE_OR_IO;
  }

  const loaded = await load(input, opts, maxSize.bytes, io);
  if (!loaded.doc) return loaded.code;

  const text = exportDocument(loaded.doc, format, options);
  if (opts.output) {
    const failed = await writeOutputFile(opts.output, text, [input], io);
    if (failed) {
      const c = colorsFor(io);
      io.stderr(`${opts.output}: ${c.red('error')} ${c.dim('io/write')}: ${failed}\n`);
      return EXIT.USAGE_OR_IO;
    }
  } else {
    io.stdout(text);
  }
  return EXIT.OK;
}

type Loaded = { doc: RoadmapDocument; code: ExitCode } | { doc: null; code: ExitCode };

async function load(input: string, opts: ExportCommandOptions, maxBytes: number, io: CliIO): Promise<Loaded> {
  const c = colorsFor(io);
  if (INPUT_EXTENSIONS.includes(extname(input).toLowerCase())) {
    // the readers and recognizers load only when a source document is exported
    const { convertFile } = await import('../../pipeline/convert.js');
    const result = await convertFile(input);
    const level = opts.quiet ? 'error' : 'warning';
    for (const d of result.diagnostics) if (atLeast(d, level)) io.stderr(`${formatDiagnostic(d, c, input)}\n`);
    if (!result.value) return { doc: null, code: result.ioError ? EXIT.USAGE_OR_IO : EXIT.FAILED };
    return { doc: result.value, code: EXIT.OK };
  }

  const finding = (f: RawFinding) => {
    const at = f.range ? `:${f.range.start.line}:${f.range.start.column}` : '';
    io.stderr(`${input}${at}: ${c.red('error')} ${c.dim(f.ruleId)}: ${f.message}${f.hint ? c.dim(` (hint: ${f.hint})`) : ''}\n`);
  };
  // "-": the roadmap is read from standard input, to its end, within --max-size
  const read = input === '-' ? await readRoadmapStdin(io, maxBytes) : await readRoadmapText(input, maxBytes);
  if (!read.ok) {
    finding(read.finding);
    return { doc: null, code: read.io ? EXIT.USAGE_OR_IO : EXIT.FAILED };
  }
  const parsed = parseRoadmapText(read.text, input === '-' ? formatOfText(read.text) : formatOf(input));
  if (!parsed.ok) {
    parsed.findings.forEach(finding);
    return { doc: null, code: EXIT.FAILED };
  }
  const problems = validateRoadmapDocument(parsed.data);
  if (problems.length) {
    const shown = problems.slice(0, 3).map((p) => `${p.instancePath || '/'} ${p.message ?? ''}`.trim());
    io.stderr(
      `${input}: ${c.red('error')} ${c.dim('export/not-a-roadmap')}: not a roadmap this version can export (${shown.join('; ')}${problems.length > 3 ? '; …' : ''})` +
        `${c.dim(` (hint: prikaz validate ${input} says where; a source document must end in ${INPUT_EXTENSIONS.join(', ')})`)}\n`,
    );
    return { doc: null, code: EXIT.FAILED };
  }
  return { doc: parsed.data as RoadmapDocument, code: EXIT.OK };
}
