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

/** One rule for -o in every verb, shown in `convert --help` (and so in the README). */
const OUTPUT_RULE = `
Where the output goes:
  -o FILE is one file: one that exists, or a name ending in .yaml, .yml or .json
  (its extension sets the format unless -f says). --out-dir DIR, -o DIR/ or -o
  naming a folder writes one file per input, mirroring folders; so does -o NAME
  with no such extension, as in earlier versions. -o FILE with several inputs is
  a usage error; --jsonl writes to stdout and takes no -o. Without -o, one input
  is printed to stdout. validate and export write one report or table: their -o
  is always a FILE (- for stdout).`;

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
    .option('--no-color', 'no colors (also: NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('convert')
    .description('convert orders (.txt, .docx, .doc, .pdf) to roadmap YAML or JSON')
    .argument('[inputs...]', 'files, folders (walked recursively), glob patterns, or - for one document on stdin')
    .option('-o, --out <path>', 'where to write: a file for one input (NAME.yaml, .yml, .json); a folder for several (see below)')
    .option('--out-dir <dir>', 'write DIR/<name>.roadmap.yaml for each input, mirroring folders')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else yaml)').choices(['yaml', 'json']))
    .option('--files-from <list>', 'also convert the paths listed in this file, one a line or NUL-separated (- for stdin)')
    .addOption(new Option('--stdin-format <format>', 'what the document on stdin ("-") is (default: sniffed from its first bytes)').choices(['docx', 'doc', 'pdf', 'txt']))
    .option('-j, --jobs <n>', 'files converted in parallel (default: the number of cores)')
    .option('--jsonl', 'write one JSON line per input to stdout, in input order, failures included')
    .option('--skip-existing', 'skip inputs whose output exists and was made from the same bytes')
    .option('--shard <i/n>', 'convert only the I-th of N deterministic parts of the inputs')
    .option('--report <file>', 'write a JSON report of the run (counts, each file, failures)')
    .option('--convert-legacy', 'convert .rtf files, and .doc files the native reader refuses (Word 6/95, damaged), with LibreOffice (soffice) first, when it is installed')
    .option('--timeout <seconds>', 'stop a file that takes longer and report it failed (default 120; 0: no limit)')
    .option('--max-pages <n>', 'refuse PDFs with more pages (default 2000)')
    .addOption(new Option('--ocr <when>', 'OCR scanned PDF pages with tesseract: auto (pages without a text layer), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('-v, --verbose', 'also show informational diagnostics')
    .option('-q, --quiet', 'no progress bar or summary; errors only')
    .addHelpText('after', OUTPUT_RULE)
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
    .argument('[inputs...]', 'files, folders (searched for *.roadmap.yaml|yml|json) glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format (default: the config\'s format, else text)').choices(['text', 'json', 'junit', 'github', 'sarif']))
    .option('--strict', "treat warnings as errors, except those of the rules that report the order's own defects (marked in --list-rules; set them to error in the config)")
    .option('--config <file>', 'the config for every file (default: prikaz.config.yaml|yml|json or "prikaz" in package.json, looked up from each file\'s folder upwards)')
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
    .argument('<roadmaps...>', 'roadmaps (.yaml, .json), orders (.txt, .docx, .pdf), folders (searched for *.roadmap.yaml|yml|json) glob patterns, or - for stdin')
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
    .argument('<old>', 'roadmap (.yaml, .json; - for stdin) or order (.txt, .docx, .pdf)')
    .argument('<new>', 'roadmap (.yaml, .json; - for stdin) or order (.txt, .docx, .pdf)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-q, --quiet', 'print nothing; only the exit code tells (0 same, 1 different, 2 error)')
    .option('--max-size <MB>', 'refuse a roadmap file larger than this many megabytes (default 256)')
    .action(async (oldPath: string, newPath: string, opts: DiffCommandOptions) => {
      code = await (await import('./commands/diff.js')).diffCommand(oldPath, newPath, opts, io);
    });

  // a global option: read before the verb runs, wherever it stands on the line
  program.hook('preAction', () => {
    if (program.opts<{ color?: boolean }>().color === false) io.noColor = true;
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
