import { LineCounter, Parser } from 'yaml';
import { childPointer, isWithin, parsePointer } from './pointer.js';
import type { SourcePositions } from './positions.js';
import { isKnownRuleId } from './rules/index.js';
import { IGNORE_FIELD } from './rules/schema.js';
import { isObject } from './rules/walk.js';
import type { RawFinding } from './types.js';

/**
 * Silencing a finding on purpose, for one value and everything inside it:
 *
 *   - number: "1.4"   # prikaz-ignore item/no-responsible -- signed off by the board
 *
 *   # prikaz-ignore deadline/outside-period, item/number-skipped
 *   - number: "1.5"
 *
 * A comment at the end of a line applies to the outermost value that starts on that line
 * (here the whole item); a comment on a line of its own, to the value that starts next.
 * One above the first key of the file therefore applies to the whole file. Several rules
 * are separated by commas or spaces; "--" starts a reason. "*" names every rule, "area/*"
 * every rule of an area. In JSON (or YAML), a field does the same for its mapping:
 *
 *   "x-prikaz-ignore": ["item/no-responsible"]
 */
export interface Suppression {
  pointer: string;
  rules: string[];
}

export function matchesRule(pattern: string, ruleId: string): boolean {
  if (pattern === '*' || pattern === ruleId) return true;
  return pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1));
}

const COMMENT = /^#\s*prikaz-ignore\b(.*)$/;

function parseRuleList(text: string): string[] {
  return (text.split(/\s--\s|\s--$|^--/)[0] ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Problems with the rule names of one suppression, as findings at `at`. */
function checkRules(rules: string[], path: string, range: RawFinding['range']): RawFinding[] {
  const out: RawFinding[] = [];
  const mk = (message: string, hint: string) => {
    const f: RawFinding = { ruleId: 'suppression/invalid', severity: 'warning', path, message, hint };
    if (range) f.range = range;
    out.push(f);
  };
  if (rules.length === 0) mk('prikaz-ignore names no rule, so it silences nothing', 'name the rules: # prikaz-ignore item/no-responsible (or * for all)');
  for (const r of rules) if (!isKnownRuleId(r)) mk(`prikaz-ignore names "${r}", which is not a rule`, 'see `prikaz validate --list-rules` for the rule ids');
  return out;
}

/** `# prikaz-ignore …` comments, each attached to the value it stands next to. */
export function commentSuppressions(positions: SourcePositions): { suppressions: Suppression[]; findings: RawFinding[] } {
  const suppressions: Suppression[] = [];
  const findings: RawFinding[] = [];
  const { text } = positions;
  if (!text.includes('prikaz-ignore')) return { suppressions, findings };
  const comments: { offset: number; body: string }[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) collect(n);
    } else if (isObject(node)) {
      if (node.type === 'comment' && typeof node.source === 'string' && typeof node.offset === 'number') {
        const m = COMMENT.exec(node.source);
        if (m) comments.push({ offset: node.offset, body: m[1] ?? '' });
        return;
      }
      for (const [k, v] of Object.entries(node)) if (k !== 'source' && typeof v === 'object') collect(v);
    }
  };
  for (const token of new Parser(new LineCounter().addNewLine).parse(text)) collect(token);
  if (comments.length === 0) return { suppressions, findings };

  const lineOf = (offset: number) => positions.position(offset).line;
  const starts = positions
    .starts()
    .sort((a, b) => a.offset - b.offset)
    .map((s) => ({ ...s, line: lineOf(s.offset), depth: parsePointer(s.pointer).length }));
  for (const c of comments) {
    const lineStart = text.lastIndexOf('\n', c.offset - 1) + 1;
    const ownLine = text.slice(lineStart, c.offset).trim() === '';
    let line = lineOf(c.offset);
    if (ownLine) {
      const next = starts.find((s) => s.offset > c.offset);
      line = next ? lineOf(next.offset) : -1;
    }
    let target: { pointer: string; depth: number } | null = null;
    for (const s of starts) if (s.line === line && (target === null || s.depth < target.depth)) target = s;
    const at = positions.position(c.offset);
    const range = { start: at, end: { line: at.line, column: at.column + c.body.length + 1 } };
    const rules = parseRuleList(c.body);
    if (target === null) {
      findings.push({ ruleId: 'suppression/invalid', severity: 'warning', path: '', range, message: 'this prikaz-ignore comment stands next to no value, so it silences nothing', hint: 'put it at the end of the line where the item starts, or on the line above it' });
      continue;
    }
    findings.push(...checkRules(rules, target.pointer, range));
    suppressions.push({ pointer: target.pointer, rules });
  }
  return { suppressions, findings };
}

/** `x-prikaz-ignore: [rule, …]` fields on any mapping of the document. */
export function fieldSuppressions(data: unknown, text: string): { suppressions: Suppression[]; findings: RawFinding[] } {
  const suppressions: Suppression[] = [];
  const findings: RawFinding[] = [];
  if (!text.includes(IGNORE_FIELD)) return { suppressions, findings };
  const stack: { value: unknown; pointer: string }[] = [{ value: data, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, pointer: childPointer(pointer, i) }));
      continue;
    }
    if (!isObject(value)) continue;
    for (const [k, v] of Object.entries(value)) {
      if (k !== IGNORE_FIELD) {
        stack.push({ value: v, pointer: childPointer(pointer, k) });
        continue;
      }
      const at = childPointer(pointer, k);
      const list = typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
      if (list === null) {
        findings.push({ ruleId: 'suppression/invalid', severity: 'warning', path: at, message: `${IGNORE_FIELD} must be a list of rule ids`, hint: `${IGNORE_FIELD}: [item/no-responsible]` });
        continue;
      }
      const rules = list.flatMap(parseRuleList);
      findings.push(...checkRules(rules, at, undefined));
      suppressions.push({ pointer, rules });
    }
  }
  return { suppressions, findings };
}

/** Splits findings into those reported and the number silenced. Input problems are never silenced. */
export function applySuppressions(findings: RawFinding[], suppressions: Suppression[]): { kept: RawFinding[]; suppressed: number } {
  if (suppressions.length === 0) return { kept: findings, suppressed: 0 };
  const kept: RawFinding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const silenced = f.ruleId !== 'suppression/invalid' && suppressions.some((s) => isWithin(f.path, s.pointer) && s.rules.some((r) => matchesRule(r, f.ruleId)));
    if (silenced) suppressed++;
    else kept.push(f);
  }
  return { kept, suppressed };
}
