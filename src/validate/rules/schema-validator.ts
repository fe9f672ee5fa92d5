import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { bundledSchema } from '../../model/schema.js';
import type { SchemaError } from './schema.js';

// ajv-formats is CommonJS with `exports.default` (as in src/model/schema.ts)
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

let validator: ValidateFunction | null = null;

/**
 * The same schema `convert` checks its output with (the bundled form of the three files),
 * compiled once with `verbose`, so that every error carries the schema it failed: that is
 * what names the allowed fields and values in the messages.
 */
export function verboseRoadmapCheck(data: unknown): SchemaError[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    validator = ajv.compile(bundledSchema());
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}
