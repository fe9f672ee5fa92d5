import { bundledSchema } from '../../model/schema.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';

/** Prints the roadmap JSON Schema as one self-contained document. */
export function schemaCommand(io: CliIO): ExitCode {
  io.stdout(`${JSON.stringify(bundledSchema(), null, 2)}\n`);
  return EXIT.OK;
}
