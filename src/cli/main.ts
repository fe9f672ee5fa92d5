import { Command, CommanderError, Option } from 'commander';
import { EXIT, type ExitCode } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';
// Each verb's module is imported when the verb runs: `--version` or `validate` never loads the
// readers, pdf.js, the exporters or the diff, and `convert` leaves the readers to its workers.
import type { ConvertOptions } from './commands/convert.js';
import type { ValidateCommandOptions } from './commands/validate.js';
import type { ExportCommandOptions } from './commands/export.js';
import type { DiffCommandOptions } from './commands/diff.js';
import type { ExplainCommandOptions } from './commands/explain.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { VERSION } from '../version.js';

/**
 * The command line as a function: argv in, exit code out, all output through `io`.
 * Only this folder prints; a bug surfaces as one line and exit code 3, not a stack trace.
 */
export async function run(argv: string[], io: CliIO = processIO()): Promise<ExitCode> {
  let code: ExitCode = EXIT.OK;
  const program = new Command()
    .name('prikaz')
    .description('Turn Russian official orders that approve a roadmap into a validated roadmap model.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('convert')
    .description('convert orders (.txt, .docx, .pdf; files, folders, patterns, or "-" for a list on stdin) to roadmap YAML or JSON')
    .argument('<inputs...>', 'files, folders (walked recursively), glob patterns, or - to read paths from stdin')
    .option('-o, --out <dir>', 'write OUT/<name>.roadmap.yaml for each input, mirroring folders (required for several inputs)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('-j, --jobs <n>', 'files converted in parallel (default: the number of cores)')
    .option('--jsonl', 'write one JSON roadmap per line to stdout, in input order')
    .option('--skip-existing', 'skip inputs whose output exists and was made from the same bytes')
    .option('--shard <i/n>', 'convert only the I-th of N deterministic parts of the inputs')
    .option('--report <file>', 'write a JSON report of the run (counts, each file, failures)')
    .option('--convert-legacy', 'convert .rtf files, and .doc files the native reader refuses (Word 6/95, damaged), with LibreOffice (soffice) first, when it is installed')
    .option('--timeout <seconds>', 'stop a file that takes longer and report it failed (default 120; 0: no limit)')
    .option('--max-pages <n>', 'refuse PDFs with more pages (default 2000)')
    .addOption(new Option('--ocr <when>', 'OCR scanned PDF pages with tesseract: auto (pages without a text layer), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('-v, --verbose', 'also show informational diagnostics')
    .option('-q, --quiet', 'no progress bar or summary; errors only')
    .action(async (inputs: string[], opts: ConvertOptions) => {
      code = await (await import('./commands/convert.js')).convertCommand(inputs, opts, io);
    });

  program
    .command('explain')
    .description('show how each table of an order was read: the role of each column and the evidence behind it')
    .argument('<input>', 'an order (.txt, .docx, .pdf)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (input: string, opts: ExplainCommandOptions) => {
      code = await (await import('./commands/explain.js')).explainCommand(input, opts, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the roadmap model')
    .action(async () => {
      code = (await import('./commands/schema.js')).schemaCommand(io);
    });

  program
    .command('validate')
    .description('check roadmap files (YAML or JSON) against the schema and the rules of a sound roadmap')
    .argument('[inputs...]', 'files, folders (searched for *.roadmap.yaml|yml|json) or glob patterns')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('--strict', 'treat warnings as errors')
    .option('-q, --quiet', 'report errors only')
    .option('-o, --output <file>', 'write the report to a file')
    .option('--max-size <MB>', 'refuse roadmap files larger than this many megabytes (default 256)')
    .option('--list-rules', 'print the rule ids and what each checks')
    .action(async (inputs: string[], opts: ValidateCommandOptions) => {
      code = await (await import('./commands/validate.js')).validateCommand(inputs, opts, io);
    });

  program
    .command('export')
    .description('export roadmaps (or orders, converted on the fly) to CSV, Excel, iCalendar, Markdown or a self-contained HTML page; several make one table or calendar')
    .argument('<roadmaps...>', 'roadmaps (.yaml, .json), orders (.txt, .docx, .pdf), folders (searched for *.roadmap.yaml|yml|json) or glob patterns')
    .addOption(new Option('-t, --to <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--delimiter <char>', 'CSV field separator: "," (default), ";" (Excel in a Russian locale) or "tab"')
    .option('-q, --quiet', 'show errors only (when converting an order)')
    .option('--max-size <MB>', 'refuse a roadmap file larger than this many megabytes (default 256)')
    .action(async (inputs: string[], opts: ExportCommandOptions) => {
      code = await (await import('./commands/export.js')).exportCommand(inputs, opts, io);
    });

  program
    .command('diff')
    .description('what an amended order changed: items matched by number and text; exit 1 when they differ')
    .argument('<old>', 'roadmap (.yaml, .json) or order (.txt, .docx, .pdf)')
    .argument('<new>', 'roadmap (.yaml, .json) or order (.txt, .docx, .pdf)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-q, --quiet', 'print nothing; only the exit code tells (0 same, 1 different, 2 error)')
    .option('--max-size <MB>', 'refuse a roadmap file larger than this many megabytes (default 256)')
    .action(async (oldPath: string, newPath: string, opts: DiffCommandOptions) => {
      code = await (await import('./commands/diff.js')).diffCommand(oldPath, newPath, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE_OR_IO;
    }
    if (e instanceof Error && e.name === 'InvalidModelError') {
      io.stderr(`prikaz: internal error: ${e.message}\n`);
      return EXIT.INTERNAL;
    }
    io.stderr(`prikaz: internal error: ${e instanceof Error ? e.message : String(e)} (please report this with the input file)\n`);
    if (io.env.PRIKAZ_DEBUG) io.stderr(`${e instanceof Error ? e.stack : ''}\n`);
    return EXIT.INTERNAL;
  }
  return code;
}
