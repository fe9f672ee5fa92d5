import { roadmapValidator } from '../../model/schema.js';
import type { SchemaError } from './schema.js';

/**
 * The schema `convert` checks its output with, compiled with `verbose` (see model/schema.ts),
 * so that every error carries the schema it failed: that is what names the allowed fields
 * and values in the messages.
 */
export function verboseRoadmapCheck(data: unknown): SchemaError[] {
  const validate = roadmapValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
