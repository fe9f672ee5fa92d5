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
import { EXPORTERS, EXPORT_FORMATS, combiningFormats, exportDocuments, type ExportFormat, type ExportOptions } from '../../export/index.js';
import { discoverInputs } from '../../validate/discover.js';
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
 * `prikaz export ROADMAP… --to csv|xlsx|ics|md|html [-o FILE]`. Each ROADMAP is a roadmap
 * file (YAML or JSON, checked against the schema), a source document converted on the fly,
 * a folder (searched for *.roadmap.yaml|yml|json, as `validate` does) or a glob pattern.
 * Several roadmaps — more than one argument, or any folder or pattern — make one output:
 * csv and xlsx one table of every activity with the order's columns, ics one calendar;
 * md and html report on one roadmap and refuse several. One roadmap file named alone gives
 * the same output as before batches existed.
 *
 * A roadmap that cannot be read is reported and left out; the others are still written.
 * Exit code: 2 for a usage error or a file that cannot be read or written, 1 when an
 * input is not a usable roadmap, else 0.
 */
export async function exportCommand(inputs: string | readonly string[], opts: ExportCommandOptions, io: CliIO): Promise<ExitCode> {
  const args = typeof inputs === 'string' ? [inputs] : [...inputs];
  const format = opts.to as ExportFormat | undefined;
  if (!format || !(format in EXPORTERS)) {
    io.stderr(`prikaz export: --to takes one of ${EXPORT_FORMATS.join(', ')}${opts.to ? `, not "${opts.to}"` : ''}\n`);
    return EXIT.USAGE_OR_IO;
  }
  const exporter = EXPORTERS[format];
  if (exporter.binary && (!opts.output || (opts.output === '-' && io.stdoutIsTTY))) {
    io.stderr(`prikaz export: --to ${format} writes a binary file: name it with -o FILE.${format}${opts.output === '-' ? ' (standard output is a terminal)' : ''}\n`);
    return EXIT.USAGE_OR_IO;
  }
  if (args.length === 0) {
    io.stderr('prikaz export: name at least one roadmap (a file, a folder or a pattern)\n');
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

  const { files, problems } = await discoverInputs(args);
  // combined whenever the command line asks for a batch, even one that finds a single roadmap:
  // a script then reads the same columns whatever a folder holds
  const combined = args.length > 1 || files.length !== 1 || files[0] !== args[0];
  if (combined && !exporter.combines) {
    io.stderr(`prikaz export: --to ${format} describes one roadmap; export several to ${combiningFormats().join(', ')} (one table or calendar), or run export once per roadmap\n`);
    return EXIT.USAGE_OR_IO;
  }
  const c = colorsFor(io);
  let code: ExitCode = EXIT.OK;
  for (const p of problems) {
    io.stderr(`${p.file}: ${c.red('error')} ${c.dim(p.ruleId)}: ${p.message}${p.hint ? c.dim(` (hint: ${p.hint})`) : ''}\n`);
    code = EXIT.USAGE_OR_IO;
  }
  const docs: RoadmapDocument[] = [];
  for (const file of files) {
    const loaded = await load(file, opts, maxSize.bytes, io);
    if (loaded.doc) docs.push(loaded.doc);
    else code = worse(code, loaded.code);
  }
  if (docs.length === 0) return code === EXIT.OK ? EXIT.FAILED : code;

  const out = await exportDocuments(docs, format, { ...options, combined });
  if (opts.output) {
    const failed = await writeOutputFile(opts.output, out, files, io);
    if (failed) {
      io.stderr(`${opts.output}: ${c.red('error')} ${c.dim('io/write')}: ${failed}\n`);
      return EXIT.USAGE_OR_IO;
    }
  } else if (typeof out === 'string') {
    io.stdout(out); // a binary format has -o (checked above)
  }
  return code;
}

/** The graver of two outcomes: a usage or I/O error over an unusable input over success. */
function worse(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (x: ExitCode) => (x === EXIT.USAGE_OR_IO ? 2 : x === EXIT.OK ? 0 : 1);
  return rank(b) > rank(a) ? b : a;
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
