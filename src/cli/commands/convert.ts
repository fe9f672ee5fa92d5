import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { expandInputs } from '../../batch/inputs.js';
import { inShard, parseShard, type Shard } from '../../batch/shard.js';
import { runPool } from '../../batch/pool.js';
import type { ConvertTask, TaskOutcome } from '../../batch/task.js';
import { BatchSummary } from '../../batch/summary.js';
import { progressBar } from '../../batch/progress.js';
import { outputExtension, type OutputFormat } from '../../write/serialize.js';
import type { OcrMode } from '../../readers/ocr/index.js';
import { writeFileAtomic } from '../../write/atomic.js';
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
  let shard: Shard | null = null;
  if (opts.shard !== undefined && !(shard = parseShard(opts.shard))) return usage(`--shard takes I/N with 1 ≤ I ≤ N, for example --shard 2/8 (got "${opts.shard}")`);

  const inputs = await withStdin(args, io);
  const { files: all, empty } = await expandInputs(inputs);
  for (const arg of empty) io.stderr(`${arg}: ${c.red('error')} ${c.dim('io/no-inputs')}: no .txt, .docx or .pdf file found there\n`);
  const files = shard ? all.filter((f) => inShard(f.outputStem, shard)) : all;
  if (!opts.out && !opts.jsonl && files.length > 1) {
    return usage(`${files.length} inputs need an output folder: add -o OUT (for example: prikaz convert ${args.join(' ')} -o out/), or --jsonl`);
  }

  const format: ConvertTask['format'] = opts.jsonl ? 'jsonl' : opts.format;
  const tasks: ConvertTask[] = files.map((f, id) => ({
    id,
    input: f.path,
    output: opts.out && !opts.jsonl ? join(opts.out, f.outputStem + outputExtension(opts.format)) : null,
    format,
    skipUnchanged: opts.skipExisting === true,
    convertLegacy: opts.convertLegacy === true,
    // one file: its pages are OCR'd side by side on the cores; several: a file a core, a page at a time
    ocr: { mode: opts.ocr ?? 'auto', jobs: files.length === 1 ? jobs : 1 },
  }));

  const summary = new BatchSummary();
  const progress = progressBar(tasks.length, io.isTTY && !opts.quiet && !opts.jsonl);
  const ordered = new InOrder<TaskOutcome>((o) => {
    if (o.text !== undefined) io.stdout(opts.jsonl ? `${o.text}\n` : o.text);
  });
  const interrupt = io.onInterrupt ? new AbortController() : null;
  const release = interrupt && io.onInterrupt ? io.onInterrupt(() => interrupt.abort()) : () => undefined;
  try {
    await runPool(tasks, {
      jobs,
      signal: interrupt?.signal,
      onOutcome: (o) => {
        progress.tick();
        summary.add(o);
        report(o.diagnostics, o.input, opts, io);
        if (o.status !== 'converted' && o.status !== 'skipped' && o.reason && !o.diagnostics.some((d) => d.severity === 'error')) {
          io.stderr(`${o.input}: ${c.red('error')} ${o.reason}\n`);
        }
        ordered.put(o.id, o);
      },
    });
  } finally {
    progress.stop();
    release();
  }

  const result = summary.report();
  if (interrupt?.signal.aborted) io.stderr(`interrupted: ${result.converted} converted, ${tasks.length - result.files.length} not started; outputs written so far are complete\n`);
  if (tasks.length > 1 && !opts.quiet) {
    const parts = [`${result.converted} converted`];
    if (result.convertedWithWarnings) parts[0] += ` (${result.convertedWithWarnings} with warnings)`;
    if (result.skipped) parts.push(`${result.skipped} unchanged, skipped`);
    parts.push(`${result.failed} failed`);
    io.stderr(`${parts.join(', ')}\n`);
    for (const f of summary.failures()) io.stderr(`  ${f.input}: ${f.reason ?? f.status}\n`);
  }
  if (opts.report) {
    try {
      await writeFileAtomic(opts.report, `${JSON.stringify(result, null, 2)}\n`);
    } catch (e) {
      io.stderr(`${opts.report}: ${c.red('error')} ${c.dim('io/write')}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      return EXIT.USAGE_OR_IO;
    }
  }
  const statuses = result.files.map((f) => f.status);
  if (statuses.includes('internal-error')) return EXIT.INTERNAL;
  if (statuses.includes('failed')) return EXIT.FAILED;
  if (statuses.includes('io-error') || empty.length) return EXIT.USAGE_OR_IO;
  return interrupt?.signal.aborted ? EXIT.FAILED : EXIT.OK;
}

/** "-" among the arguments stands for the lines of standard input (one path a line). */
async function withStdin(args: string[], io: CliIO): Promise<string[]> {
  if (!args.includes('-') || !io.stdin) return args.filter((a) => a !== '-');
  const lines = (await io.stdin()).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return args.flatMap((a) => (a === '-' ? lines : [a]));
}

function report(diagnostics: Diagnostic[], file: string, opts: ConvertOptions, io: CliIO): void {
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
