import { duplicateNumber, numberOrder, numberSkipped } from './numbering.js';
import { impossibleDateRule } from './dates.js';
import { deadlineOutsidePeriod, deadlineReversed, periodReversed } from './deadlines.js';
import { noResponsible } from './responsible.js';
import { undefinedAbbreviation } from './glossary.js';
import { schemaRule } from './schema.js';
import { unknownVersion } from './version.js';
import type { Rule } from './types.js';

export type { Rule, RuleContext, Report } from './types.js';
export { runRules } from './types.js';

/**
 * The rules, in the order they run. Each is a small function over the parsed document;
 * the version check comes first because an unknown version stops the rest.
 */
export const RULES: readonly Rule[] = [
  unknownVersion,
  schemaRule(),
  impossibleDateRule,
  duplicateNumber,
  numberOrder,
  numberSkipped,
  deadlineReversed,
  periodReversed,
  deadlineOutsidePeriod,
  noResponsible,
  undefinedAbbreviation,
];

/**
 * Findings made before the rules run (the file could not be read or parsed) or about the
 * silencing itself; they cannot be silenced.
 */
export const INPUT_FINDINGS: readonly { id: string; severity: 'error' | 'warning'; description: string }[] = [
  { id: 'io/read', severity: 'error', description: 'a file cannot be read: missing, a folder, no permission (exit code 2)' },
  { id: 'io/no-inputs', severity: 'error', description: 'a folder holds no *.roadmap.yaml/.yml/.json, or a pattern matches no file (exit code 2)' },
  { id: 'input/too-large', severity: 'error', description: 'a file over the size limit (--max-size, 256 MB by default), refused unread' },
  { id: 'input/binary', severity: 'error', description: 'a file that is not UTF-8 text' },
  { id: 'input/empty', severity: 'error', description: 'a file with no document in it' },
  { id: 'input/too-deep', severity: 'error', description: 'a document nested too deeply to be checked (thousands of levels)' },
  { id: 'yaml/syntax', severity: 'error', description: 'the YAML or JSON cannot be parsed: the first error, at the place to edit, with a hint for the usual slips' },
  { id: 'yaml/unknown-tag', severity: 'error', description: 'a value with a YAML tag other than the core types (!custom/x, !!binary), which a roadmap never holds' },
  { id: 'yaml/alias-limit', severity: 'error', description: 'YAML aliases that would expand past the limit (an "alias bomb")' },
  { id: 'suppression/invalid', severity: 'warning', description: 'a prikaz-ignore comment or x-prikaz-ignore field that names no rule or an unknown one' },
];

/** Whether a suppression may name `id`: a rule, a schema keyword id, "*", or "area/*". */
export function isKnownRuleId(id: string, rules: readonly Rule[] = RULES): boolean {
  if (id === '*') return true;
  if (id.endsWith('/*')) {
    const area = id.slice(0, -1);
    return rules.some((r) => r.id.startsWith(area) || `${r.id}/`.startsWith(area));
  }
  return rules.some((r) => (r.id === id && r.id !== 'schema') || (r.id === 'schema' && /^schema\/[a-z]+(?:-[a-z]+)*$/.test(id)));
}
