import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validateText } from '../validate.js';
import { duplicateNumber, numberOrder, numberSkipped, parseItemNumber, ordinal } from './numbering.js';
import { impossibleDate, impossibleDateRule } from './dates.js';
import { deadlineOutsidePeriod, deadlineReversed, periodReversed } from './deadlines.js';
import { noResponsible } from './responsible.js';
import { isAbbreviation, undefinedAbbreviation } from './glossary.js';
import { unknownVersion } from './version.js';
import { RULES, isKnownRuleId, runRules } from './index.js';
import type { Rule } from './types.js';

/** Runs one rule over a small YAML document; the findings as "line rule-id: message". */
function check(rule: Rule, yaml: string): string[] {
  return validateText(yaml, 'doc.yaml', 'yaml', { rules: [rule] }).findings.map((f) => `${f.range?.start.line ?? '-'} ${f.ruleId}: ${f.message}`);
}

/** A roadmap whose one section holds items with these numbers (line of item i: 5 + i). */
function numbers(...ns: (string | null)[]): string {
  return `roadmaps:
  - sections:
      - number: "1"
        items:
${ns.map((n) => `          - number: ${n === null ? 'null' : JSON.stringify(n)}`).join('\n')}
`;
}

describe('item numbering', () => {
  it.each([
    ['"1.2.3" and "1.2."', '1.2.3', [1, 2, 3]],
    ['a trailing dot', '1.2.', [1, 2]],
    ['a letter', '1а', null],
    ['a roman numeral', 'IV', null],
  ])('parses %s', (_, n, expected) => {
    expect(parseItemNumber(n)).toEqual(expected);
  });

  it.each([
    [0, '1st'],
    [1, '2nd'],
    [2, '3rd'],
    [3, '4th'],
    [10, '11th'],
    [20, '21st'],
  ])('ordinal(%i) is %s', (i, s) => expect(ordinal(i)).toBe(s));

  const table: [string, Rule, string, string[]][] = [
    ['a duplicate', duplicateNumber, numbers('1', '2', '2'), ['7 item/duplicate-number: the number 2 is already used by the 2nd item of this list']],
    ['a duplicate written with a trailing dot', duplicateNumber, numbers('1.1', '1.1.'), ['6 item/duplicate-number: the number 1.1 is already used by the 1st item of this list']],
    ['distinct numbers', duplicateNumber, numbers('1', '2', '3'), []],
    ['unnumbered rows', duplicateNumber, numbers(null, null, '1'), []],
    [
      'the same number in two sections',
      duplicateNumber,
      'roadmaps:\n  - sections:\n      - items:\n          - number: "1"\n      - items:\n          - number: "1"\n',
      [],
    ],
    ['an item after a higher one', numberOrder, numbers('1', '3', '2'), ['7 item/number-order: item 2 comes after item 3: the items are out of order']],
    ['hierarchical numbers in order', numberOrder, numbers('1', '1.1', '1.2', '2', '2.1'), []],
    ['numbers that are not digits', numberOrder, numbers('б', 'а'), []],
    ['a skipped number', numberSkipped, numbers('1', '2', '4'), ['7 item/number-skipped: the numbering skips from 2 to 4: 3 is missing']],
    ['several skipped numbers', numberSkipped, numbers('1', '5'), ['6 item/number-skipped: the numbering skips from 1 to 5: 2–4 are missing']],
    ['a sublevel that does not start at 1', numberSkipped, numbers('3.2', '3.3'), ['5 item/number-skipped: the items numbered 3.x start at 3.2: 3.1 is missing']],
    ['a list numbered on from the previous section', numberSkipped, numbers('6', '7', '8'), []],
    ['numbers out of order but none missing', numberSkipped, numbers('1', '3', '2'), []],
    ['a skip inside a sublevel', numberSkipped, numbers('1', '1.1', '1.3', '2'), ['7 item/number-skipped: the numbering skips from 1.1 to 1.3: 1.2 is missing']],
  ];
  it.each(table)('%s', (_, rule, yaml, expected) => {
    expect(check(rule, yaml)).toEqual(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2021-02-29', 'February 2021 has 28 days'],
    ['2020-02-29', null],
    ['2021-04-31', 'April 2021 has 30 days'],
    ['2021-13-01', 'there is no month 13'],
    ['2021-01-00', 'there is no day 0'],
    ['--02-29', null],
    ['--02-30', 'February has 29 days'],
    ['2021-13', 'there is no month 13'],
    ['--12', null],
    ['31.02.2021', null],
    ['не дата', null],
  ])('impossibleDate(%s)', (value, why) => expect(impossibleDate(value)).toBe(why));

  const doc = (deadline: string) => `roadmaps:\n  - items:\n      - number: "1"\n        deadline:\n${deadline}`;
  const table: [string, string, string[]][] = [
    ['an impossible end', doc('          end: "2021-02-31"\n'), ['5 date/impossible: 2021-02-31 is not a date: February 2021 has 28 days']],
    ['an impossible day of a list', doc('          days: ["2021-03-01", "--04-31"]\n'), ['5 date/impossible: --04-31 is not a date: April has 30 days']],
    ['an impossible month', doc('          months: ["2021-00"]\n'), ['5 date/impossible: 2021-00 is not a date: there is no month 0']],
    ['an impossible date in an inferred span', doc('          inferred: { basis: "2021-09-01/2023-02-30" }\n'), ['5 date/impossible: 2023-02-30 is not a date: February 2023 has 28 days']],
    ['the raw text is not judged', doc('          raw: "31.02.2021"\n'), []],
    ['real dates', doc('          start: "2024-02-29"\n          end: "2024-12-31"\n'), []],
  ];
  it.each(table)('%s', (_, yaml, expected) => expect(check(impossibleDateRule, yaml)).toEqual(expected));
});

describe('deadlines and periods', () => {
  const roadmap = (period: string, deadline: string) => `roadmaps:
  - period: ${period}
    items:
      - number: "1"
        deadline: ${deadline}
`;
  const P = '{ start: "2021-01-01", end: "2022-12-31" }';
  const table: [string, Rule, string, string[]][] = [
    [
      'a deadline that ends before it starts',
      deadlineReversed,
      roadmap(P, '{ raw: "май-март 2021", start: "2021-05-01", end: "2021-03-31" }'),
      ['5 deadline/reversed: item 1: the deadline ends on 2021-03-31, before it starts on 2021-05-01'],
    ],
    ['a one-day deadline', deadlineReversed, roadmap(P, '{ start: "2021-05-01", end: "2021-05-01" }'), []],
    ['an open deadline', deadlineReversed, roadmap(P, '{ start: null, end: "2021-05-01" }'), []],
    ['a reversed period', periodReversed, roadmap('{ start: "2023-01-01", end: "2021-12-31" }', '{}'), ["2 period/reversed: the roadmap's period ends on 2021-12-31, before it starts on 2023-01-01"]],
    [
      'a deadline starting before the period',
      deadlineOutsidePeriod,
      roadmap(P, '{ raw: "октябрь 2020", start: "2020-10-01", end: "2020-10-31" }'),
      ['5 deadline/outside-period: item 1: the deadline ("октябрь 2020") starts on 2020-10-01, before the roadmap\'s period (2021-01-01 – 2022-12-31)'],
    ],
    [
      'a deadline ending after the period',
      deadlineOutsidePeriod,
      roadmap(P, '{ start: "2022-12-01", end: "2023-01-31" }'),
      ["5 deadline/outside-period: item 1: the deadline ends on 2023-01-31, after the roadmap's period (2021-01-01 – 2022-12-31)"],
    ],
    [
      'a "by" deadline before the period begins',
      deadlineOutsidePeriod,
      roadmap(P, '{ start: null, end: "2020-12-01" }'),
      ["5 deadline/outside-period: item 1: the deadline ends on 2020-12-01, before the roadmap's period (2021-01-01 – 2022-12-31) begins"],
    ],
    [
      'a "since" deadline after the period ends',
      deadlineOutsidePeriod,
      roadmap(P, '{ start: "2023-02-01", end: null }'),
      ["5 deadline/outside-period: item 1: the deadline starts on 2023-02-01, after the roadmap's period (2021-01-01 – 2022-12-31) ends"],
    ],
    ['a deadline inside the period', deadlineOutsidePeriod, roadmap(P, '{ start: "2021-03-01", end: "2021-03-31" }'), []],
    ['a roadmap without a period', deadlineOutsidePeriod, roadmap('null', '{ start: "1999-03-01", end: "1999-03-31" }'), []],
    ['a period open at its end', deadlineOutsidePeriod, roadmap('{ start: "2021-01-01", end: null }', '{ start: "2030-03-01", end: "2030-03-31" }'), []],
  ];
  it.each(table)('%s', (_, rule, yaml, expected) => expect(check(rule, yaml)).toEqual(expected));
});

describe('responsible parties', () => {
  const item = (n: string, responsible: string) => `      - number: "${n}"\n        responsible: ${responsible}\n`;
  const table: [string, string, string[]][] = [
    ['an empty cell', `roadmaps:\n  - items:\n${item('1', '{ raw: "", parties: [] }')}${item('2', '{ raw: "ИДЦ", parties: [{ name: ИДЦ, kind: unit }] }')}`, ['4 item/no-responsible: item 1 has no responsible party']],
    [
      'a cell with nothing recognized',
      `roadmaps:\n  - items:\n${item('1', '{ raw: "???", parties: [] }')}${item('2', '{ raw: "ИДЦ", parties: [{ name: ИДЦ, kind: unit }] }')}`,
      ['4 item/no-responsible: item 1: no responsible party was recognized in "???"'],
    ],
    [
      'a roadmap none of whose items names anyone',
      `roadmaps:\n  - title: t\n    items:\n${item('1', '{ raw: "", parties: [] }')}${item('2', '{ raw: "", parties: [] }')}${item('3', '{ raw: "", parties: [] }')}`,
      ["2 item/no-responsible: none of the roadmap's 3 items names a responsible party"],
    ],
    ['a missing field (the schema says so)', `roadmaps:\n  - items:\n      - number: "1"\n`, []],
  ];
  it.each(table)('%s', (_, yaml, expected) => expect(check(noResponsible, yaml)).toEqual(expected));
});

describe('abbreviations', () => {
  it.each([
    ['ИДЦ', true],
    ['ГЦ ШМС', true],
    ['МОО «ГЦРО»', true],
    ['ДОиН', true],
    ['Иванов И.И.', false],
    ['МБОУ «Куломзинская СШ»', false],
    ['руководители ОО', false],
    ['ДИРЕКТОРУ', false],
  ])('isAbbreviation(%s) is %s', (name, yes) => expect(isAbbreviation(name)).toBe(yes));

  const doc = (glossary: string, ...parties: string[]) =>
    `glossary: ${glossary}\nroadmaps:\n  - items:\n${parties.map((p, i) => `      - number: "${i + 1}"\n        responsible: { raw: x, parties: [${p}] }\n`).join('')}`;
  const table: [string, string, string[]][] = [
    ['an undefined abbreviation', doc('[]', '{ name: ИДЦ, kind: unit }'), ['5 glossary/undefined-abbreviation: "ИДЦ", responsible for item 1, is an abbreviation the glossary does not define']],
    ['one defined in the glossary', doc('[{ abbreviation: "ИДЦ", expansion: "центр" }]', '{ name: ИДЦ, kind: unit }'), []],
    ['defined with other spacing and quotes', doc('[{ abbreviation: "МОО ГЦРО", expansion: "центр" }]', '{ name: "МОО «ГЦРО»", kind: unit }'), []],
    ['one from the built-in dictionary', doc('[]', '{ name: ОО, kind: organization, expansion: "общеобразовательная организация", expansionSource: builtin }'), []],
    ['a person', doc('[]', '{ name: "Иванов И.И.", kind: person }'), []],
    [
      'an expansion said to come from a glossary that lacks it',
      doc('[]', '{ name: Западное управление, kind: organization, expansion: x, expansionSource: glossary }'),
      ['5 glossary/undefined-abbreviation: "Западное управление", responsible for item 1, says its expansion comes from the glossary, but the glossary has no "Западное управление"'],
    ],
    [
      'the same abbreviation in several items, once',
      doc('[]', '{ name: ИДЦ, kind: unit }', '{ name: ИДЦ, kind: unit }', '{ name: ИДЦ, kind: unit }'),
      ['5 glossary/undefined-abbreviation: "ИДЦ", responsible for item 1 and 2 more, is an abbreviation the glossary does not define'],
    ],
  ];
  it.each(table)('%s', (_, yaml, expected) => expect(check(undefinedAbbreviation, yaml)).toEqual(expected));
});

describe('schemaVersion', () => {
  it('an unknown version is reported and stops the other rules', () => {
    const data = YAML.parse(`schemaVersion: "2.0"\n${numbers('1', '1')}`);
    const found = runRules([unknownVersion, duplicateNumber], data);
    expect(found.map((f) => f.ruleId)).toEqual(['document/unknown-version']);
    expect(found[0]!.message).toMatch(/schemaVersion "2.0" is unknown to prikaz .*, which reads "1.0"; nothing else was checked/);
  });

  it('an unquoted 1.0 is reported with the fix, and the rules go on', () => {
    const data = YAML.parse(`schemaVersion: 1.0\n${numbers('1', '1')}`);
    const found = runRules([unknownVersion, duplicateNumber], data);
    expect(found.map((f) => [f.ruleId, f.message, f.hint])).toEqual([
      ['document/unknown-version', 'schemaVersion is the number 1, not the text "1.0"', 'write schemaVersion: "1.0" (with the quotes)'],
      ['item/duplicate-number', 'the number 1 is already used by the 1st item of this list', expect.any(String)],
    ]);
  });

  it('the known version and a missing one say nothing', () => {
    expect(runRules([unknownVersion], { schemaVersion: '1.0' })).toEqual([]);
    expect(runRules([unknownVersion], {})).toEqual([]);
  });
});

describe('every rule', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s never throws on malformed documents', (_, rule) => {
    for (const data of [null, 42, 'text', [], {}, { roadmaps: 'x' }, { roadmaps: [null, 1, { items: 'x', sections: [null, { items: [null, 'x', { deadline: 5, responsible: [] }] }] }] }, { glossary: [null, { abbreviation: 1 }], roadmaps: [{ period: 'x', items: [{ responsible: { parties: [null, { name: 5 }] } }] }] }]) {
      expect(() => runRules([rule], data)).not.toThrow();
    }
  });

  it('has a unique "area/what" id and a description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(\/[a-z-]+)?$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['item/no-responsible', true],
    ['schema/required', true],
    ['schema/additional-properties', true],
    ['item/*', true],
    ['*', true],
    ['item/no-such-rule', false],
    ['yaml/syntax', false],
    ['nonsense', false],
    ['schema', false],
    ['schema/*', true],
  ])('isKnownRuleId(%s) is %s', (id, known) => expect(isKnownRuleId(id)).toBe(known));
});
