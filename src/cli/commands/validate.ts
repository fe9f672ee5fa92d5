import { writeOutputFile } from '../output.js';
import { discoverInputs } from '../../validate/discover.js';
import { applySettings, configVocabulary, strictly } from '../../validate/config/apply.js';
import { ConfigResolver, formatConfigProblem, type ConfigProblem, type ConfigResult, type ValidateConfig } from '../../validate/config/load.js';
import { FORMATTERS, type FormatName, type Formatter } from '../../validate/formatters/index.js';
import { parseMaxSize } from '../../validate/read.js';
import { INPUT_FINDINGS, RULES } from '../../validate/rules/index.js';
import type { Finding, ValidationRun } from '../../validate/types.js';
import { validateFiles, validateText, type FileResult } from '../../validate/validate.js';
import { formatOfText, readRoadmapStdin } from '../roadmap-stdin.js';
import { STDIN_NAME } from '../stdin.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';
import { Chalk } from 'chalk';

export interface ValidateCommandOptions {
  format?: FormatName;
  /** Warnings count as errors (exit code 1). */
  strict?: boolean;
  /** Report errors only. */
  quiet?: boolean;
  /** Write the report to this file instead of the terminal. */
  output?: string;
  /** Refuse files over this many megabytes (a string from the command line). */
  maxSize?: string | number;
  /** Print the rule ids and stop. */
  listRules?: boolean;
  /** One config for every file, instead of the one found above each file. */
  config?: string;
}

/**
 * `prikaz validate FILE|DIR|GLOB …`: every roadmap file against the schema and the rules.
 * One bad file never stops the others. The text report goes to stderr, like `convert`'s
 * diagnostics; json, junit and github go to stdout, for a pipe or a CI step; -o writes to a file.
 * Exit code: 2 when an input cannot be read, else 1 for any error (warnings too with --strict), else 0.
 */
export async function validateCommand(args: string[], opts: ValidateCommandOptions, io: CliIO): Promise<ExitCode> {
  if (opts.listRules) {
    io.stdout(listRules());
    return EXIT.OK;
  }
  const maxSize = parseMaxSize(opts.maxSize);
  if (!maxSize.ok) {
    io.stderr(`prikaz validate: ${maxSize.message}\n`);
    return EXIT.USAGE_OR_IO;
  }
  const maxBytes = maxSize.bytes;
  if (args.length === 0) {
    io.stderr('prikaz validate: name the roadmap files, folders or patterns to check (for example: prikaz validate out/)\n');
    return EXIT.USAGE_OR_IO;
  }

  // the config: --config FILE for all, else the one found above each file (and, for the
  // report format, the one above the working folder, where a CI job runs)
  const configs = new ConfigResolver(configVocabulary(Object.keys(FORMATTERS)));
  const fixed = opts.config !== undefined ? await configs.fromFile(opts.config) : null;
  const configOf = async (file: string | null): Promise<ConfigResult> => fixed ?? (file === null ? configs.forFolder(process.cwd()) : configs.forFile(file));
  const runConfig = await configOf(null);
  if (!runConfig.ok) return configProblem(runConfig.problem, io);

  const format = opts.format ?? runConfig.config?.format ?? 'text';
  const formatter = (FORMATTERS as Record<string, Formatter | undefined>)[format];
  if (!formatter) {
    io.stderr(`prikaz validate: unknown format "${String(format)}" (use ${Object.keys(FORMATTERS).join(', ')})\n`);
    return EXIT.USAGE_OR_IO;
  }

  // "-": a roadmap on standard input, checked after the files, under the working folder's config
  const discovered = await discoverInputs(args.filter((a) => a !== '-'));
  const problems = discovered.problems;
  const files: string[] = [];
  const settings = new Map<string, ValidateConfig | null>();
  for (const file of discovered.files) {
    const found = await configOf(file);
    if (!found.ok) return configProblem(found.problem, io);
    if (found.config?.isIgnored(file)) continue;
    settings.set(file, found.config);
    files.push(file);
  }

  const findings: Finding[] = [...problems];
  let suppressed = 0;
  let ioErrors = problems.length;
  const results = await validateFiles(files, { maxBytes });
  if (args.includes('-')) {
    results.push(await validateStdin(io, maxBytes));
    files.push(STDIN_NAME);
    settings.set(STDIN_NAME, runConfig.config);
  }
  for (const result of results) {
    const set = applySettings(result.findings, settings.get(result.file)?.rules);
    for (const f of set.findings) findings.push(f);
    suppressed += result.suppressed;
    if (result.ioError) ioErrors++;
  }
  let reported = opts.strict ? findings.map(strictly) : findings;
  if (opts.quiet) reported = reported.filter((f) => f.severity === 'error');

  const run: ValidationRun = { files: [...problems.map((p) => p.file), ...files], findings: reported, suppressed };
  if (opts.output) {
    const failed = await writeOutputFile(opts.output, formatter(run, { colors: new Chalk({ level: 0 }) }), files, io);
    if (failed) {
      io.stderr(`${opts.output}: error io/write: the report: ${failed}\n`);
      return EXIT.USAGE_OR_IO;
    }
  } else if (format === 'text') {
    io.stderr(formatter(run, { colors: colorsFor(io) }));
  } else {
    io.stdout(formatter(run, { colors: new Chalk({ level: 0 }) }));
  }

  if (ioErrors > 0) return EXIT.USAGE_OR_IO;
  return reported.some((f) => f.severity === 'error') ? EXIT.FAILED : EXIT.OK;
}

async function validateStdin(io: CliIO, maxBytes: number): Promise<FileResult> {
  const read = await readRoadmapStdin(io, maxBytes);
  if (read.ok) return validateText(read.text, STDIN_NAME, formatOfText(read.text), { maxBytes });
  return { file: STDIN_NAME, findings: [{ ...read.finding, file: STDIN_NAME }], suppressed: 0, ioError: read.io };
}

function configProblem(problem: ConfigProblem, io: CliIO): ExitCode {
  io.stderr(`${formatConfigProblem(problem)}\n`);
  return EXIT.USAGE_OR_IO;
}

function listRules(): string {
  const rows = [
    ...RULES.map((r) => [r.id === 'schema' ? 'schema/<keyword>' : r.id, r.severity, r.source ? `${r.description} (--strict keeps it a warning)` : r.description]),
    ...INPUT_FINDINGS.map((f) => [f.id, f.severity, `${f.description} (cannot be silenced)`]),
  ];
  const w = Math.max(...rows.map((r) => r[0]!.length));
  return `${rows.map(([id, sev, d]) => `${id!.padEnd(w)}  ${sev!.padEnd(7)}  ${d}`).join('\n')}\n`;
}
