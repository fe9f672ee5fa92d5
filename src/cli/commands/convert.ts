import { join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { convertFile } from '../../pipeline/convert.js';
import { outputExtension, serialize, type OutputFormat } from '../../write/serialize.js';
import { writeFileAtomic } from '../../write/atomic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorsFor, type CliIO } from '../io.js';
import { atLeast, formatDiagnostic } from '../report.js';
import { expandInputs } from '../inputs.js';

export interface ConvertOptions {
  out?: string;
  format: OutputFormat;
  verbose?: boolean;
  quiet?: boolean;
}

/**
 * Converts each input; one bad file never stops the others. Without --out a single
 * document goes to stdout; with it, each to OUT/<name>.roadmap.yaml, written atomically.
 */
export async function convertCommand(inputs: string[], opts: ConvertOptions, io: CliIO): Promise<ExitCode> {
  const c = colorsFor(io);
  const { files, missing } = await expandInputs(inputs);
  for (const dir of missing) io.stderr(`${dir}: ${c.red('error')} ${c.dim('io/no-inputs')}: the folder holds no .txt, .docx or .pdf file\n`);
  if (!opts.out && files.length > 1) {
    io.stderr(`prikaz convert: ${files.length} inputs need an output folder: add -o OUT (for example: prikaz convert ${inputs.join(' ')} -o out/)\n`);
    return EXIT.USAGE_OR_IO;
  }
  let failed = 0;
  let ioErrors = missing.length;
  let converted = 0;
  for (const file of files) {
    const result = await convertFile(file.path);
    report(result.diagnostics, file.path, opts, io);
    if (!result.value) {
      if (result.ioError) ioErrors++;
      else failed++;
      continue;
    }
    const text = serialize(result.value, opts.format);
    if (!opts.out) {
      io.stdout(text);
    } else {
      const target = join(opts.out, file.outputStem + outputExtension(opts.format));
      try {
        await writeFileAtomic(target, text);
      } catch (e) {
        io.stderr(`${target}: ${c.red('error')} ${c.dim('io/write')}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
        ioErrors++;
        continue;
      }
    }
    converted++;
  }
  if (files.length > 1 && !opts.quiet) {
    io.stderr(`${converted} converted, ${failed} failed${ioErrors ? `, ${ioErrors} not readable or writable` : ''}\n`);
  }
  if (ioErrors) return EXIT.USAGE_OR_IO;
  return failed ? EXIT.FAILED : EXIT.OK;
}

function report(diagnostics: Diagnostic[], file: string, opts: ConvertOptions, io: CliIO): void {
  const c = colorsFor(io);
  const level = opts.verbose ? 'info' : opts.quiet ? 'error' : 'warning';
  for (const d of diagnostics) if (atLeast(d, level)) io.stderr(`${formatDiagnostic(d, c, file)}\n`);
}
