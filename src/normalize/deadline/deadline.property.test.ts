import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../core/result.js';
import type { Deadline } from '../../model/deadline.js';
import { isValidYmd, maxDaysInMonth } from './calendar.js';
import { parseDeadline, type DeadlineContext } from './index.js';

// ---------------------------------------------------------------- what every result must satisfy

const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/deadline.schema.json', import.meta.url), 'utf8'),
) as { properties: { kind: { oneOf: { const: string }[] } } };
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsModule.default(ajv);
const validate = ajv.compile(schema);

/** The documented kinds, read from the schema so that the two cannot drift apart. */
const KINDS = schema.properties.kind.oneOf.map((k) => k.const);

function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isDayItem(s: string): boolean {
  const m = /^--(\d{2})-(\d{2})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= maxDaysInMonth(Number(m[1]));
  return isRealIsoDate(s);
}

function isMonthItem(s: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})$/.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function check(raw: string, ctx?: DeadlineContext): void {
  let r: Result<Deadline> | undefined;
  expect(() => {
    r = parseDeadline(raw, ctx);
  }).not.toThrow();
  const { value, diagnostics } = r as Result<Deadline>;
  expect(value.raw).toBe(raw);
  expect(KINDS).toContain(value.kind);
  for (const d of [value.start, value.end]) if (d !== null) expect(isRealIsoDate(d), d).toBe(true);
  if (value.start !== null && value.end !== null) expect(value.start <= value.end).toBe(true);
  for (const d of value.days ?? []) expect(isDayItem(d), d).toBe(true);
  for (const m of value.months ?? []) expect(isMonthItem(m), m).toBe(true);
  if (value.kind === 'unrecognized' || value.kind === 'unspecified') {
    expect(value.start).toBeNull();
    expect(value.end).toBeNull();
  }
  if (value.kind === 'unrecognized') {
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.severity).toBe('warning');
    expect(['deadline/unrecognized', 'deadline/invalid-date', 'deadline/invalid-range']).toContain(diagnostics[0]?.code);
  }
  for (const d of diagnostics) expect(d.code.startsWith('deadline/')).toBe(true);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  // Same text, same answer.
  expect(parseDeadline(raw, ctx)).toStrictEqual(r);
}

// ---------------------------------------------------------------- inputs

/**
 * The inputs of the table in deadline.test.ts, read from its source so that every case
 * added there is fuzzed here too.
 */
const tableInputs: string[] = (() => {
  const src = readFileSync(new URL('./deadline.test.ts', import.meta.url), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/raw: '((?:[^'\\]|\\.)*)'/g)) {
    const body = (m[1] as string).replace(/\\'/g, "'").replace(/"/g, '\\"');
    out.push(JSON.parse(`"${body}"`) as string);
  }
  return out;
})();

/** Pieces deadlines are made of, to reach deep into the grammar. */
const PIECES = [
  'до', 'с', 'со', 'по', 'к', 'в', 'на', 'не позднее', 'в течение', 'начиная с', 'ежегодно', 'ежемесячно',
  'ежеквартально', 'раз', 'раза', '1 раз в', '2', '3', '10', '31', '29', '1', '0', '2020', '2021', '2023', '1899',
  '2100', '21', 'г.', 'гг.', 'года', 'учебный год', 'уч.г.', 'январь', 'февраля', 'марте', 'апр.', 'май', 'июнь',
  'сентябрь', 'декабря', 'недели', 'месяц', 'квартал', 'I', 'IV', 'полугодие', 'полугодии', 'числа', 'каждого',
  'по вторникам', 'и', 'или', 'постоянно', 'весь период', 'по необходимости', 'при', 'в сроки, установленные',
  'с учетом', '.', ',', '-', '–', '—', '/', ':', '(', ')', '«', '»', ' ', '\n', '\t', '\u00a0', '01.12.2020',
  '31.02.2021', '7-11.12.2020', '10.00', '2020/2021', '2020-21', 'абв', 'ё',
];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(' '));
const gluedPieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));

const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: anyChar, maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.-–/ гдясопмтраьн\nIV'.split('')), maxLength: 40 }),
);

/** A table input changed a little: characters inserted, removed, replaced, case changed, joined. */
const mutated = fc
  .tuple(
    fc.constantFrom(...tableInputs),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'replace', 'upper', 'join', 'duplicate'),
        fc.nat(),
        fc.oneof(fc.constantFrom(...PIECES), anyChar),
        fc.constantFrom(...tableInputs),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([seed, edits]) => {
    let s = seed;
    for (const [op, at, piece, other] of edits) {
      const k = s.length === 0 ? 0 : at % (s.length + 1);
      if (op === 'insert') s = s.slice(0, k) + piece + s.slice(k);
      else if (op === 'delete') s = s.slice(0, k) + s.slice(k + 1 + (at % 3));
      else if (op === 'replace') s = s.slice(0, k) + piece + s.slice(k + 1);
      else if (op === 'upper') s = s.toUpperCase();
      else if (op === 'join') s = `${s}${at % 2 === 0 ? ' ' : '\n'}${other}`;
      else s = s + s;
    }
    return s;
  });

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateish = fc.oneof(isoDate, fc.constant(null), fc.constantFrom('2021-02-31', '2021-13-01', '01.12.2020', ''), fc.string());
const context: fc.Arbitrary<DeadlineContext | undefined> = fc.option(
  fc.record(
    {
      period: fc.option(fc.record({ start: dateish, end: dateish })),
      orderDate: dateish,
      location: fc.constant({ file: 'x.docx', row: 2 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

// ---------------------------------------------------------------- properties

/** FC_RUNS=20000 npx vitest run … for a longer search. */
const runs = { numRuns: Number(process.env['FC_RUNS'] ?? 600) };

describe('parseDeadline: properties', () => {
  it('finds the table inputs', () => {
    expect(tableInputs.length).toBeGreaterThanOrEqual(150);
  });

  it('holds for every table input in every context', () => {
    fc.assert(fc.property(fc.constantFrom(...tableInputs), context, (raw, ctx) => check(raw, ctx)), runs);
  });

  it('holds for any string', () => {
    fc.assert(fc.property(anyString, context, (raw, ctx) => check(raw, ctx)), runs);
  });

  it('holds for strings made of deadline words', () => {
    fc.assert(fc.property(fc.oneof(piecesText, gluedPieces), context, (raw, ctx) => check(raw, ctx)), runs);
  });

  it('holds for mutations of the table inputs', () => {
    fc.assert(fc.property(mutated, context, (raw, ctx) => check(raw, ctx)), runs);
  });

  it('does not depend on the case of letters or on the kind of spaces and dashes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tableInputs), (raw) => {
        const variant = raw.toUpperCase().replace(/ /g, '\u00a0').replace(/-/g, '–');
        const a = parseDeadline(raw, { orderDate: '2020-12-01' }).value;
        const b = parseDeadline(variant, { orderDate: '2020-12-01' }).value;
        expect({ ...b, raw: a.raw, condition: undefined }).toStrictEqual({ ...a, condition: undefined });
      }),
      { numRuns: 300 },
    );
  });

  it('survives very long input', () => {
    check('по графику '.repeat(2000));
    check('01.12.2020 '.repeat(2000));
    check('декабрь 2020 - '.repeat(1000));
    check('\n'.repeat(10000));
  });
});

/**
 * Month ends and quarter bounds against an oracle the grammar does not share: the platform's
 * calendar (Date.UTC rolls day 0 of the next month back to the last day of this one).
 */
describe('calendar bounds, against the platform calendar', () => {
  const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
  const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  const lastDay = (y: number, m: number): string => iso(y, m + 1, 0);

  it('a month with its year spans its first to its last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const d = parseDeadline(`${MONTHS[m - 1]} ${y} г.`).value;
        expect(d).toMatchObject({ kind: 'month', start: iso(y, m, 1), end: lastDay(y, m) });
      }),
    );
  });

  it('a quarter spans its three months, to the last day of the third', () => {
    const ROMAN = ['I', 'II', 'III', 'IV'];
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const d = parseDeadline(`${ROMAN[q - 1]} квартал ${y} г.`).value;
        expect([d.start, d.end]).toEqual([iso(y, 3 * q - 2, 1), lastDay(y, 3 * q)]);
      }),
    );
  });

  it('"до" a date ends on that very day, which exists', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (t) => {
        const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
        const text = `до ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
        expect(parseDeadline(text).value).toMatchObject({ kind: 'by', end: iso(y, m, d) });
      }),
    );
  });
});
