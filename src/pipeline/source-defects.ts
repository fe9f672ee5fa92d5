import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceLocation } from '../core/source.js';
import type { Roadmap } from '../model/roadmap.js';
import { valueAt } from '../validate/pointer.js';
import { duplicateNumber } from '../validate/rules/numbering.js';
import { runRules, type Rule } from '../validate/rules/types.js';

/**
 * Run by the pipeline after the model is built (the builder does not reach forward into
 * validate's rules).
 *
 * Rules of `prikaz validate` that, on a fresh conversion, find what the order itself says: an
 * order that numbers two activities "6.6" is converted as it is written, and `validate` would
 * then report the duplicate. `convert` reports it too, at once and at the item's place in the
 * source, with the same id and severity (a warning), so the two verbs agree.
 */
const SOURCE_RULES: readonly Rule[] = [duplicateNumber];

export function sourceDefects(roadmaps: readonly Roadmap[], file: string): Diagnostic[] {
  const data = { roadmaps };
  return runRules(SOURCE_RULES, data).map((f) => {
    const item = valueAt(data, f.path) as { source?: Omit<SourceLocation, 'file'> } | undefined;
    const d: Diagnostic = {
      severity: f.severity === 'error' ? 'error' : 'warning',
      code: f.ruleId,
      message: f.message.replace(/^the number (\S+) is already used by/, 'the order gives the number $1 also to'),
      location: { ...(item?.source ?? {}), file },
    };
    if (f.hint) d.hint = f.hint;
    return d;
  });
}
