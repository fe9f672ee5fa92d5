import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { expandInputs } from '../../batch/inputs.js';
import { inShard, parseShard, type Shard } from '../../batch/shard.js';
import { DEFAULT_TIMEOUT_MS, runPool } from '../../batch/pool.js';
import type { ConvertTask, TaskOutcome } from '../../batch/task.js';
import { BatchSummary } from '../../batch/summary.js';
import { progressBar } from '../../batch/progress.js';
import { outputExtension, type OutputFormat } from '../../write/serialize.js';
import { fileId, OutputIsInputError, removeStaleTemps, writeFileAtomic } from '../../write/atomic.js';
import { PDF_LIMITS } from '../../readers/pdf/bounds.js';
import type { OcrMode } from '../../readers/ocr/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';
import { atLeast, formatDiagnostic } from '../report.js';

export interface ConvertOptions {
  out?: string;
  format: OutputFormat;
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
}

/**
 * Converts files, folders and patterns; "-" reads the list of inputs from stdin.
 * One bad file never stops the others. Without --out a single document goes to stdout;
 * with it, each to OUT/<path>.roadmap.yaml (a folder's tree mirrored), written atomically.
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

  const inputs = await withStdin(args, io);
  const { files: all, empty, problems, ids } = await expandInputs(inputs);
  for (const arg of empty) io.stderr(`${arg}: ${c.red('error')} ${c.dim('io/no-inputs')}: no .txt, .docx or .pdf file found there\n`);
  report(problems, '', opts, io);
  const unreadable = problems.some((d) => d.severity === 'error');
  const files = shard ? all.filter((f) => inShard(f.shardKey, shard)) : all;
  if (!opts.out && !opts.jsonl && files.length > 1) {
    return usage(`${files.length} inputs need an output folder: add -o OUT (for example: prikaz convert ${args.join(' ')} -o out/), or --jsonl`);
  }

  if (opts.report && (await isInput(opts.report, ids))) return usage(`--report ${opts.report} is one of the inputs; it is not overwritten`);

  const format: ConvertTask['format'] = opts.jsonl ? 'jsonl' : opts.format;
  const tasks: ConvertTask[] = files.map((f, id) => ({
    id,
    input: f.path,
    sourceName: f.sourceName,
    output: opts.out && !opts.jsonl ? join(opts.out, f.outputStem + outputExtension(opts.format)) : null,
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
    if (!t.output || !opts.out) continue;
    const rel = relative(resolve(opts.out), resolve(t.output));
    const why = rel.startsWith('..') || isAbsolute(rel) ? `io/write: ${t.output} is outside the output folder; not written` : (await isInput(t.output, ids)) ? `io/write: ${new OutputIsInputError(t.output).message}` : null;
    if (why) refused.set(t.id, { id: t.id, input: t.input, output: t.output, status: 'io-error', diagnostics: [], reason: why });
  }
  // what a run killed before it could rename (SIGKILL, power loss) left in these folders
  await removeStaleTemps(new Set([...tasks.flatMap((t) => (t.output ? [dirname(t.output)] : [])), ...(opts.report ? [dirname(opts.report)] : [])]));

  const summary = new BatchSummary();
  const progress = progressBar(tasks.length, io.isTTY && !opts.quiet && !opts.jsonl);
  const ordered = new InOrder<TaskOutcome>((o) => {
    if (o.text !== undefined) io.stdout(opts.jsonl ? `${o.text}\n` : o.text);
  });
  const interrupt = io.onInterrupt ? new AbortController() : null;
  const release = interrupt && io.onInterrupt ? io.onInterrupt({ soft: () => interrupt.abort(), hard: () => progress.stop() }) : () => undefined;
  const onOutcome = (o: TaskOutcome): void => {
    progress.tick();
    summary.add(o);
    report(o.diagnostics, o.input, opts, io);
    if (o.status !== 'converted' && o.status !== 'skipped' && o.reason && !o.diagnostics.some((d) => d.severity === 'error')) {
      io.stderr(`${o.input}: ${c.red('error')} ${o.reason}\n`);
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
    const parts = [`${result.converted} converted`];
    if (result.convertedWithWarnings) parts[0] += ` (${result.convertedWithWarnings} with warnings)`;
    if (result.convertedWithoutActivities) parts.push(`${result.convertedWithoutActivities} with no activities`);
    if (result.skipped) parts.push(`${result.skipped} unchanged, skipped`);
    parts.push(`${result.failed} failed`);
    io.stderr(`${parts.join(', ')}\n`);
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

/** Whether the path is (or links to) one of the inputs. */
async function isInput(path: string, ids: ReadonlySet<string>): Promise<boolean> {
  try {
    return ids.has(fileId(await stat(path)));
  } catch {
    return false;
  }
}

/** "-" among the arguments stands for the lines of standard input (one path a line). */
async function withStdin(args: string[], io: CliIO): Promise<string[]> {
  if (!args.includes('-') || !io.stdin) return args.filter((a) => a !== '-');
  const lines = (await io.stdin()).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return args.flatMap((a) => (a === '-' ? lines : [a]));
}

function report(diagnostics: Diagnostic[], file: string, opts: Pick<ConvertOptions, 'verbose' | 'quiet'>, io: CliIO): void {
  const c = colorsFor(io);
  const level = opts.verbose ? 'info' : opts.quiet ? 'error' : 'warning';
  for (const d of diagnostics) if (atLeast(d, level)) io.stderr(`${formatDiagnostic(d, c, file)}\n`);
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
