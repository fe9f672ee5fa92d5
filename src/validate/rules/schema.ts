import { impossibleDate } from './dates.js';
import { dottedPath, parsePointer, valueAt } from '../pointer.js';
import { verboseRoadmapCheck } from './schema-validator.js';
import { closest } from './suggest.js';
import type { Report, Rule } from './types.js';
import { isObject } from './walk.js';

/** What the rule needs of an ajv error (ajv's ErrorObject fits; `schema`/`parentSchema` with verbose). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: unknown;
}

export type SchemaCheck = (data: unknown) => SchemaError[];

/** The field that silences findings; accepted on any mapping until the schema lists it. */
export const IGNORE_FIELD = 'x-prikaz-ignore';

/** "additionalProperties" → "schema/additional-properties". */
export function schemaRuleId(keyword: string): string {
  return `schema/${keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const BRANCHING = new Set(['anyOf', 'oneOf']);

/**
 * Every error ajv finds (allErrors), in plain words. The errors of the branches of an
 * anyOf/oneOf are folded into one finding about the value; schemaVersion is left to
 * document/unknown-version and impossible calendar dates to date/impossible.
 */
export function schemaRule(check: SchemaCheck = verboseRoadmapCheck): Rule {
  return {
    id: 'schema',
    severity: 'error',
    description: 'the document does not follow schemas/roadmap.schema.json; the id names the JSON Schema keyword (schema/required, schema/type, schema/enum, …)',
    check(ctx) {
      const errors = check(ctx.data).filter((e) => e.keyword !== 'if' && !(e.keyword === 'additionalProperties' && e.params.additionalProperty === IGNORE_FIELD));
      const branching = errors.filter((e) => BRANCHING.has(e.keyword));
      const misspelt = misspeltFields(errors);
      const seen = new Set<string>();
      for (const err of errors) {
        if (err.instancePath === '/schemaVersion' || saidByDateRule(err, ctx.data)) continue;
        // "respnsible" for "responsible": one finding (the typo), not a second one for the missing field
        if (err.keyword === 'required' && misspelt.has(`${err.instancePath}|${String(err.params.missingProperty)}`)) continue;
        let report: Report | null;
        if (BRANCHING.has(err.keyword)) {
          report = describeBranches(err, errors, ctx.data);
          if (!report) continue;
        } else {
          // an error inside a branch is said by its anyOf/oneOf
          if (branching.some((b) => b !== err && within(err.instancePath, b.instancePath) && err.schemaPath.length > 0)) continue;
          report = { ...describeError(err, ctx.data), ruleId: schemaRuleId(err.keyword) };
        }
        const conditional = /\/(then|else)\//.test(err.schemaPath) ? kindContext(ctx.data, err.instancePath) : null;
        if (conditional && !report.hint) report.hint = conditional;
        const key = `${report.path}|${report.ruleId}|${report.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.report(report);
      }
    },
  };
}

/** "pointer|field" for each required field that an unknown field beside it looks like a typo of. */
function misspeltFields(errors: SchemaError[]): Set<string> {
  const out = new Set<string>();
  const missing = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== 'required') continue;
    const list = missing.get(e.instancePath) ?? [];
    list.push(String(e.params.missingProperty));
    missing.set(e.instancePath, list);
  }
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const guess = closest(String(e.params.additionalProperty), missing.get(e.instancePath) ?? []);
    if (guess) out.add(`${e.instancePath}|${guess}`);
  }
  return out;
}

/** A well-formed but impossible date ("2021-02-30") fails the format and pattern; date/impossible says why. */
function saidByDateRule(err: SchemaError, data: unknown): boolean {
  if (err.keyword !== 'format' && err.keyword !== 'pattern') return false;
  const value = valueAt(data, err.instancePath);
  return typeof value === 'string' && /^(\d{4}|-)-\d{2}(-\d{2})?$/.test(value) && impossibleDate(value) !== null;
}

function within(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * A value that matches no branch of a oneOf/anyOf: said the way the branch meant for it
 * would say it (a string failing the date branch → the date message), or as the list of
 * allowed values when every branch is a const.
 */
function describeBranches(err: SchemaError, all: SchemaError[], data: unknown): Report | null {
  const branches = Array.isArray(err.schema) ? (err.schema as unknown[]).filter(isObject) : [];
  const consts = branches.filter((b) => 'const' in b).map((b) => b.const);
  if (consts.length > 0 && consts.length === branches.length) {
    return { ...describeError({ ...err, keyword: 'enum', params: { allowedValues: consts } }, data), ruleId: schemaRuleId('enum') };
  }
  const inner = all.filter((e) => e !== err && !BRANCHING.has(e.keyword) && e.instancePath === err.instancePath);
  if (inner.some((e) => saidByDateRule(e, data))) return null;
  const specific = inner.find((e) => e.keyword === 'pattern') ?? inner.find((e) => e.keyword !== 'type' && e.keyword !== 'format') ?? inner.find((e) => e.keyword === 'format');
  if (specific) return { ...describeError(specific, data), ruleId: schemaRuleId(specific.keyword) };
  const types = [...new Set(inner.filter((e) => e.keyword === 'type').flatMap((e) => (Array.isArray(e.params.type) ? (e.params.type as string[]) : [String(e.params.type)])))];
  const where = err.instancePath === '' ? 'the document' : dottedPath(err.instancePath);
  const value = valueAt(data, err.instancePath);
  if (types.length > 0) {
    return { ...describeError({ ...err, keyword: 'type', params: { type: types } }, data), ruleId: schemaRuleId('type') };
  }
  return { path: err.instancePath, ruleId: schemaRuleId(err.keyword), message: `${where} is ${describeValue(value)}, which matches none of the forms the schema allows here` };
}

/** For an if/then rule of the schema: "for a deadline of kind "by"" — the kind that decided it. */
function kindContext(data: unknown, pointer: string): string | null {
  const segs = parsePointer(pointer);
  for (let n = segs.length; n >= 0; n--) {
    const o = valueAt(data, segs.slice(0, n).map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));
    if (isObject(o) && typeof o.kind === 'string') return `the schema asks this of kind "${o.kind}"; change the kind or the value`;
  }
  return null;
}

export function describeError(err: SchemaError, data: unknown): Omit<Report, 'ruleId'> {
  const path = err.instancePath;
  const where = path === '' ? 'the document' : dottedPath(path);
  const value = valueAt(data, path);
  const p = err.params;
  const parent = isObject(err.parentSchema) ? err.parentSchema : null;
  switch (err.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      const props = parent && isObject(parent.properties) ? parent.properties : null;
      const expected = props ? describeExpected(props[field]) : null;
      return { path, message: `${where} has no "${field}"`, hint: `add "${field}"${expected ? ` (${expected})` : ''}` };
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const allowed = parent && isObject(parent.properties) ? Object.keys(parent.properties) : [];
      const guess = closest(field, allowed);
      return {
        path: `${path}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `"${field}" is not a field of ${where}`,
        hint: guess ? `did you mean "${guess}"?` : allowed.length > 0 && allowed.length <= 12 ? `remove it; the fields here are ${allowed.join(', ')}` : 'remove it',
      };
    }
    case 'type': {
      const types = Array.isArray(p.type) ? (p.type as string[]) : [String(p.type)];
      const r: Report = { path, message: `${where} must be ${types.map(typeWord).join(' or ')}, not ${describeValue(value)}` };
      if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
        r.hint = 'write it in quotes, so that YAML reads it as text (unquoted, 1.10 is the number 1.1 and 0001 the number 1)';
      } else if (types.includes('array') && value !== null && value !== undefined) {
        r.hint = 'make it a list: one "- " line for each entry (or [] for none)';
      }
      return r;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const words = allowed.map((a) => (a === null ? 'null' : JSON.stringify(a)));
      const guess = typeof value === 'string' ? closest(value, allowed.filter((a): a is string => typeof a === 'string')) : null;
      return {
        path,
        message: `${where} is ${describeValue(value)}, which is not one of ${words.join(', ')}`,
        hint: guess ? `did you mean "${guess}"?` : `use one of ${words.join(', ')}`,
      };
    }
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(p.allowedValue)}, not ${describeValue(value)}` };
    case 'pattern':
    case 'format': {
      const pattern = String(p.pattern ?? '');
      const segs = parsePointer(path);
      if (segs.at(-2) === 'months' && pattern.includes('\\d{4}')) {
        return { path, message: `${where} is ${describeValue(value)}, not a month written YYYY-MM (or --MM without a year)` };
      }
      if (segs.at(-2) === 'days' && pattern.includes('\\d{4}')) {
        return { path, message: `${where} is ${describeValue(value)}, not a day written YYYY-MM-DD (or --MM-DD without a year)` };
      }
      if (err.keyword === 'format' ? p.format === 'date' : pattern.startsWith('^\\d{4}-')) {
        const ru = typeof value === 'string' ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim()) : null;
        return {
          path,
          message: `${where} is ${describeValue(value)}, not a date written YYYY-MM-DD`,
          hint: ru ? `write it as ${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}` : 'write the date as YYYY-MM-DD (2021-06-08), or null',
        };
      }
      if (pattern === '^[0-9a-f]{64}$') {
        return { path, message: `${where} is not a SHA-256 digest (64 lower-case hex digits)`, hint: 'convert the order again to record its digest' };
      }
      if (err.keyword === 'format') return { path, message: `${where} is ${describeValue(value)}, not a valid ${String(p.format)}` };
      return { path, message: `${where} is ${describeValue(value)}, which does not have the expected form (${pattern})` };
    }
    case 'minLength':
      return Number(p.limit) === 1
        ? { path, message: `${where} is empty`, hint: 'fill it in, or remove the entry' }
        : { path, message: `${where} is shorter than ${String(p.limit)} characters` };
    case 'minItems':
      return { path, message: `${where} has ${Array.isArray(value) ? value.length : 0} entries; it needs at least ${String(p.limit)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `${where} is ${describeValue(value)}; it must be ${String(p.comparison)} ${String(p.limit)}` };
    case 'not': {
      const banned = isObject(err.schema) && Array.isArray(err.schema.required) ? (err.schema.required as unknown[]).map(String) : [];
      return banned.length > 0
        ? { path, message: `${where} must not have ${banned.map((b) => `"${b}"`).join(', ')} here`, hint: `remove ${banned.join(', ')}` }
        : { path, message: `${where} has a form the schema rules out here` };
    }
    default:
      return { path, message: `${where} ${err.message ?? `fails the schema's "${err.keyword}" check`}` };
  }
}

function typeWord(t: string): string {
  switch (t) {
    case 'string':
      return 'text';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return t;
  }
}

export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return v.length > 40 ? JSON.stringify(`${v.slice(0, 40)}…`) : JSON.stringify(v);
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}

function describeExpected(s: unknown): string | null {
  if (!isObject(s)) return null;
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((e) => (e === null ? 'null' : JSON.stringify(e))).join(', ')}`;
  if (typeof s.type === 'string') return typeWord(s.type);
  if (Array.isArray(s.type)) return s.type.map((t) => typeWord(String(t))).join(' or ');
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches)) return branches.map(describeExpected).filter(Boolean).join(' or ') || null;
  return null;
}

