import { INPUT_FINDINGS, RULES, isKnownRuleId } from '../rules/index.js';
import type { Finding } from '../types.js';
import type { ConfigVocabulary } from './load.js';
import type { RuleSetting } from './shape.js';

const INPUT_IDS = new Set(INPUT_FINDINGS.map((f) => f.id));

/**
 * What a config may set: every rule, a schema keyword (schema/enum), an area (item/*) or "*";
 * not the findings about input that cannot be read, which no setting makes readable.
 */
export function configVocabulary(formats: readonly string[]): ConfigVocabulary {
  const ruleIds = [...RULES.filter((r) => r.id !== 'schema').map((r) => r.id), 'schema/*', 'schema/required', 'schema/type', 'schema/enum', 'schema/additional-properties'];
  return {
    formats,
    ruleIds,
    isRuleId: (id) => !INPUT_IDS.has(id) && !/^(io|input|yaml|suppression)\//.test(id) && isKnownRuleId(id),
  };
}

/** The setting for a finding's rule: its own id first, then its area ("item/*"), then "*". */
export function settingFor(rules: ReadonlyMap<string, RuleSetting>, ruleId: string): RuleSetting | undefined {
  const own = rules.get(ruleId);
  if (own) return own;
  const slash = ruleId.indexOf('/');
  const area = slash > 0 ? rules.get(`${ruleId.slice(0, slash)}/*`) : undefined;
  return area ?? rules.get('*');
}

/**
 * Rules whose findings, in a converted roadmap, usually describe the order as written (a
 * number it uses twice, an abbreviation it never defines): `--strict` leaves them warnings,
 * and a team that wants them to fail sets them to error in the config.
 */
export function isSourceRule(ruleId: string): boolean {
  return RULES.some((r) => r.id === ruleId && r.source === true);
}

/** A file's findings under its config's settings: "off" drops a finding, "warn" and "error" set its severity. */
export function applySettings(findings: readonly Finding[], rules: ReadonlyMap<string, RuleSetting> | undefined): { findings: Finding[]; off: number } {
  if (!rules || rules.size === 0) return { findings: [...findings], off: 0 };
  const out: Finding[] = [];
  let off = 0;
  for (const f of findings) {
    const setting = INPUT_IDS.has(f.ruleId) ? undefined : settingFor(rules, f.ruleId);
    if (setting === 'off') off++;
    else if (setting === 'warn') out.push(f.severity === 'warning' ? f : { ...f, severity: 'warning' });
    else if (setting === 'error') out.push(f.severity === 'error' ? f : { ...f, severity: 'error' });
    else out.push(f);
  }
  return { findings: out, off };
}

/** `--strict`: warnings fail, except those of the source rules (see isSourceRule). */
export function strictly(f: Finding): Finding {
  return f.severity === 'warning' && !isSourceRule(f.ruleId) ? { ...f, severity: 'error' } : f;
}
