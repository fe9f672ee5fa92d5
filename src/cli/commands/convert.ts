import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { expandInputs, type InputFile } from '../../batch/inputs.js';
import { inShard, parseShard, type Shard } from '../../batch/shard.js';
import { DEFAULT_TIMEOUT_MS, runPool } from '../../batch/pool.js';
import type { ConvertTask, TaskOutcome } from '../../batch/task.js';
import { BatchSummary, type BatchReport } from '../../batch/summary.js';
import { barAllowed, progressBar } from '../../batch/progress.js';
import type { InputFormat } from '../../document/types.js';
import type { StreamRead } from '../../core/read-stream.js';
import { readRegularFile } from '../../readers/read-input.js';
import { jsonlLine } from '../jsonl.js';
import { readStdin } from '../stdin.js';
import { outputExtension, type OutputFormat } from '../../write/serialize.js';
import { fileId, OutputIsInputError, removeStaleTemps, writeFileAtomic } from '../../write/atomic.js';
import { PDF_LIMITS } from '../../readers/pdf/bounds.js';
import type { OcrMode } from '../../readers/ocr/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';
import { atLeast, formatDiagnostic } from '../report.js';

export interface ConvertOptions {
  /** -o: a file for one input, a folder for several (see outputTarget). */
  out?: string;
  outDir?: string;
  /** Not said: from -o's extension, else yaml. */
  format?: OutputFormat;
  verbose?: boolean;
  quiet?: boolean;
  jobs?: string;
  report?: string;
  skipExisting?: boolean;
  jsonl?: boolean;
  shard?: string;
  convertLegacy?: boolean;
  /** Seconds a file may take (0: no limit). */
  timeout?: string;
  maxPages?: string;
  ocr?: OcrMode;
  /** A file listing the inputs, one a line (or NUL-separated); "-" for standard input. */
  filesFrom?: string;
  /** What the document on standard input ("-") is; sniffed when not said. */
  stdinFormat?: InputFormat;
}

/** How long a --files-from list may be: a million paths is well under it. */
const MAX_LIST_BYTES = 256 * 2 ** 20;

/**
 * Converts files, folders and patterns (and the paths --files-from lists); "-" converts one
 * document read from standard input. One bad file never stops the others. Where the output
 * goes is outputTarget's rule; files are written atomically.
 */
export async function convertCommand(args: string[], opts: ConvertOptions, io: CliIO): Promise<ExitCode> {
  const c = colorsFor(io);
  const usage = (msg: string): ExitCode => {
    io.stderr(`prikaz convert: ${msg}\n`);
    return EXIT.USAGE_OR_IO;
  };
  const jobs = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(`--jobs takes a whole number from 1 (got "${opts.jobs}")`);
  const timeoutS = opts.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(opts.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS < 0) return usage(`--timeout takes a number of seconds, 0 for no limit (got "${opts.timeout}")`);
  const maxPages = opts.maxPages === undefined ? PDF_LIMITS.pages : Number(opts.maxPages);
  if (!Number.isInteger(maxPages) || maxPages < 1) return usage(`--max-pages takes a whole number from 1 (got "${opts.maxPages}")`);
  let shard: Shard | null = null;
  if (opts.shard !== undefined && !(shard = parseShard(opts.shard))) return usage(`--shard takes I/N with 1 ≤ I ≤ N, for example --shard 2/8 (got "${opts.shard}")`);
  if (opts.jsonl && (opts.out !== undefined || opts.outDir !== undefined)) {
    return usage(`--jsonl writes to standard output, so ${opts.out !== undefined ? '-o' : '--out-dir'} has nothing to do: drop one of them (redirect with > FILE to keep the lines)`);
  }
  if (opts.out !== undefined && opts.outDir !== undefined) return usage('-o and --out-dir both say where to write: give one');

  if (args.includes('-')) {
    if (args.length > 1 || opts.filesFrom !== undefined) {
      return usage('"-" converts one document read from standard input, alone; to read a list of paths from standard input use --files-from -');
    }
    const batchOnly = opts.report !== undefined ? '--report' : opts.skipExisting ? '--skip-existing' : opts.shard !== undefined ? '--shard' : null;
    if (batchOnly) return usage(`${batchOnly} is for files: a document from standard input has no output to compare or report`);
    const target = await outputTarget(opts, 1);
    if ('usage' in target) return usage(target.usage);
    if (target.kind === 'dir') return usage('a document from standard input has no name to place in a folder: write it with -o FILE, or to standard output');
    const { convertStdin } = await import('./convert-stdin.js');
    return convertStdin(
      {
        ...(opts.stdinFormat ? { stdinFormat: opts.stdinFormat } : {}),
        format: opts.format ?? target.format,
        output: target.kind === 'file' ? target.path : null,
        jsonl: opts.jsonl === true,
        maxPages,
        ocr: { mode: opts.ocr ?? 'auto', jobs },
        report: (diagnostics, file) => report(diagnostics, file, opts, io, io.stderr),
      },
      io,
    );
  }
  if (opts.stdinFormat !== undefined) return usage('--stdin-format says what the document on standard input is: it goes with "-" as the input');

  const listed = opts.filesFrom === undefined ? { paths: [] } : await readList(opts.filesFrom, io);
  if ('error' in listed) return usage(listed.error);
  const inputs = [...args, ...listed.paths];
  if (inputs.length === 0) {
    return usage(opts.filesFrom !== undefined ? `--files-from ${opts.filesFrom} lists no file` : 'name the orders to convert: files, folders, patterns, "-" for a document on standard input, or --files-from LIST');
  }
  const { files: all, empty, problems, ids } = await expandInputs(inputs);
  const files = shard ? all.filter((f) => inShard(f.shardKey, shard)) : all;
  // where the output goes is settled before anything is read or said about the inputs
  const target = opts.jsonl ? ({ kind: 'stdout', format: 'yaml' } as const) : await outputTarget(opts, files.length);
  if ('usage' in target) return usage(target.usage);
  if (target.kind === 'stdout' && !opts.jsonl && files.length > 1) {
    return usage(`${files.length} inputs need an output folder: add --out-dir OUT (for example: prikaz convert ${args.join(' ')} --out-dir out/), or --jsonl`);
  }
  for (const arg of empty) io.stderr(`${arg}: ${c.red('error')} ${c.dim('io/no-inputs')}: no .txt, .docx or .pdf file found there\n`);
  report(problems, '', opts, io, io.stderr);
  const unreadable = problems.some((d) => d.severity === 'error');

  if (opts.report && (await isInput(opts.report, ids))) return usage(`--report ${opts.report} is one of the inputs; it is not overwritten`);

  const outFormat = opts.format ?? target.format;
  const format: ConvertTask['format'] = opts.jsonl ? 'jsonl' : outFormat;
  const outputOf = (f: InputFile): string | null =>
    target.kind === 'dir' ? join(target.dir, f.outputStem + outputExtension(outFormat)) : target.kind === 'file' ? target.path : null;
  const tasks: ConvertTask[] = files.map((f, id) => ({
    id,
    input: f.path,
    sourceName: f.sourceName,
    output: outputOf(f),
    format,
    skipUnchanged: opts.skipExisting === true,
    convertLegacy: opts.convertLegacy === true,
    maxPages,
    // one file: its pages are OCR'd side by side on the cores; several: a file a core, a page at a time
    ocr: { mode: opts.ocr ?? 'auto', jobs: files.length === 1 ? jobs : 1 },
  }));
  // outputs that cannot be written safely fail now, before any work: one that would land
  // outside the output folder (a bug if it happened: stems never climb), one that is an input
  const refused = new Map<number, TaskOutcome>();
  for (const t of tasks) {
    if (!t.output) continue;
    const rel = target.kind === 'dir' ? relative(resolve(target.dir), resolve(t.output)) : '';
    const why = rel.startsWith('..') || isAbsolute(rel) ? `io/write: ${t.output} is outside the output folder; not written` : (await isInput(t.output, ids)) ? `io/write: ${new OutputIsInputError(t.output).message}` : null;
    if (why) refused.set(t.id, { id: t.id, input: t.input, output: t.output, status: 'io-error', diagnostics: [], reason: why });
  }
  // what a run killed before it could rename (SIGKILL, power loss) left in these folders
  await removeStaleTemps(new Set([...tasks.flatMap((t) => (t.output ? [dirname(t.output)] : [])), ...(opts.report ? [dirname(opts.report)] : [])]));

  const summary = new BatchSummary();
  const progress = progressBar(tasks.length, barAllowed(io.isTTY, io.env) && !opts.quiet, io.progressStream ?? process.stderr, io.stderr);
  const ordered = new InOrder<TaskOutcome>((o) => {
    if (opts.jsonl) io.stdout(`${jsonlLine(o)}\n`);
    else if (o.text !== undefined) io.stdout(o.text);
  });
  const interrupt = io.onInterrupt ? new AbortController() : null;
  const release = interrupt && io.onInterrupt ? io.onInterrupt({ soft: () => interrupt.abort(), hard: () => progress.stop() }) : () => undefined;
  const onOutcome = (o: TaskOutcome): void => {
    progress.tick();
    summary.add(o);
    report(o.diagnostics, o.input, opts, io, progress.log);
    if (o.status !== 'converted' && o.status !== 'skipped' && o.reason && !o.diagnostics.some((d) => d.severity === 'error')) {
      progress.log(`${o.input}: ${c.red('error')} ${o.reason}\n`);
    }
    ordered.put(o.id, o);
  };
  try {
    for (const o of refused.values()) onOutcome(o);
    await runPool(
      tasks.filter((t) => !refused.has(t.id)),
      { jobs, signal: interrupt?.signal, timeoutMs: timeoutS * 1000, onOutcome },
    );
  } finally {
    progress.stop();
    release();
  }

  const result = summary.report();
  if (interrupt?.signal.aborted) io.stderr(`interrupted: ${result.converted} converted, ${tasks.length - result.files.length} not started; outputs written so far are complete\n`);
  if (tasks.length > 1 && !opts.quiet) {
    io.stderr(`${summaryLine(result, opts.report)}\n`);
    for (const f of summary.failures()) io.stderr(`  ${f.input}: ${f.reason ?? f.status}\n`);
  }
  if (opts.report) {
    try {
      await writeFileAtomic(opts.report, `${JSON.stringify(result, null, 2)}\n`, { protect: ids });
    } catch (e) {
      io.stderr(`${opts.report}: ${c.red('error')} ${c.dim('io/write')}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      return EXIT.USAGE_OR_IO;
    }
  }
  const statuses = result.files.map((f) => f.status);
  if (interrupt?.signal.aborted) return EXIT.INTERRUPTED;
  if (statuses.includes('internal-error')) return EXIT.INTERNAL;
  if (statuses.includes('failed')) return EXIT.FAILED;
  if (statuses.includes('io-error') || empty.length || unreadable) return EXIT.USAGE_OR_IO;
  return EXIT.OK;
}

/**
 * "14 converted (3 with warnings), 1 with no activities, 2 skipped (unchanged), 1 failed — see
 * report.json": what the run did, in words; the report is named only when one was asked for.
 */
export function summaryLine(r: BatchReport, reportFile?: string): string {
  const parts = [`${r.converted} converted${r.convertedWithWarnings ? ` (${r.convertedWithWarnings} with warnings)` : ''}`];
  if (r.convertedWithoutActivities) parts.push(`${r.convertedWithoutActivities} with no activities`);
  if (r.skipped) parts.push(`${r.skipped} skipped (unchanged)`);
  parts.push(`${r.failed} failed`);
  return `${parts.join(', ')}${reportFile ? ` — see ${reportFile}` : ''}`;
}

type Target = { kind: 'stdout'; format: OutputFormat } | { kind: 'file'; path: string; format: OutputFormat } | { kind: 'dir'; dir: string; format: OutputFormat };

/** The output formats' extensions: `-o NAME.yaml` names a file. */
const FILE_NAME = /\.(ya?ml|json)$/i;

/**
 * Where the output goes, one rule for every verb: `-o FILE` is one file, `--out-dir DIR` one
 * file per input. `-o PATH` is a file when it is one already (or a FIFO, a device) or ends in
 * .yaml, .yml or .json; otherwise it is a folder (it ends in "/", is a folder, or is a new
 * name without those extensions: how scripts written for earlier versions use -o). A file
 * for several inputs is a usage error, said once, before anything is converted.
 */
export async function outputTarget(opts: Pick<ConvertOptions, 'out' | 'outDir'>, inputs: number): Promise<Target | { usage: string }> {
  const formatOf = (p: string): OutputFormat => (/\.json$/i.test(p) ? 'json' : 'yaml');
  if (opts.outDir !== undefined) return { kind: 'dir', dir: opts.outDir, format: 'yaml' };
  const out = opts.out;
  if (out === undefined || out === '-') return { kind: 'stdout', format: 'yaml' };
  if (/[\\/]$/.test(out)) return { kind: 'dir', dir: out, format: 'yaml' };
  let kind: 'dir' | 'other' | 'missing' = 'missing';
  try {
    kind = (await stat(out)).isDirectory() ? 'dir' : 'other';
  } catch {
    // not there yet
  }
  if (kind === 'dir') return { kind: 'dir', dir: out, format: 'yaml' };
  if (kind === 'missing' && !FILE_NAME.test(out)) return { kind: 'dir', dir: out, format: 'yaml' };
  if (inputs > 1) {
    return { usage: `-o ${out} names one file, but there are ${inputs} inputs: write one file per input with --out-dir DIR (or -o DIR/), or one line per input with --jsonl` };
  }
  return { kind: 'file', path: out, format: formatOf(out) };
}

/** The paths a --files-from list holds: one a line, or separated by NUL (find -print0). */
async function readList(from: string, io: CliIO): Promise<{ paths: string[] } | { error: string }> {
  let read: StreamRead;
  if (from === '-') read = await readStdin(io, MAX_LIST_BYTES);
  else {
    const r = await readRegularFile(from, MAX_LIST_BYTES);
    read = r.ok ? { ok: true, bytes: Buffer.from(r.bytes) } : r.why === 'too-large' ? { ok: false, why: 'too-large', limit: MAX_LIST_BYTES } : { ok: false, why: 'io', code: r.why === 'io' ? r.code : `it is ${r.kind}` };
  }
  const name = from === '-' ? 'standard input' : from;
  if (!read.ok) return { error: read.why === 'too-large' ? `--files-from ${name} is over ${MAX_LIST_BYTES / 2 ** 20} MB` : `--files-from ${name} cannot be read (${read.code})` };
  const text = read.bytes.toString('utf8');
  const paths = text.includes('\0') ? text.split('\0').filter(Boolean) : text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { paths };
}

/** Whether the path is (or links to) one of the inputs. */
async function isInput(path: string, ids: ReadonlySet<string>): Promise<boolean> {
  try {
    return ids.has(fileId(await stat(path)));
  } catch {
    return false;
  }
}

function report(diagnostics: Diagnostic[], file: string, opts: Pick<ConvertOptions, 'verbose' | 'quiet'>, io: CliIO, write: (text: string) => void): void {
  const c = colorsFor(io);
  const level = opts.verbose ? 'info' : opts.quiet ? 'error' : 'warning';
  for (const d of diagnostics) if (atLeast(d, level)) write(`${formatDiagnostic(d, c, file)}\n`);
}

/** Hands results on in input order, whatever order they finish in. */
class InOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();
  constructor(private readonly emit: (value: T) => void) {}
  put(id: number, value: T): void {
    this.waiting.set(id, value);
    while (this.waiting.has(this.next)) {
      this.emit(this.waiting.get(this.next)!);
      this.waiting.delete(this.next++);
    }
  }
}
