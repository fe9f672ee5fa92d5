import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validateText } from '../validate.js';
import { RULES } from './index.js';
import { schemaRuleId } from './schema.js';

const MINIMAL = readFileSync(new URL('../fixtures/minimal.roadmap.yaml', import.meta.url), 'utf8');

/** The minimal valid roadmap with one substitution; findings as "line:col rule-id: message (hint)". */
function withChange(from: string | RegExp, to: string, format: 'yaml' | 'json' = 'yaml'): string[] {
  const text = MINIMAL.replace(from, to);
  expect(text, `the fixture contains ${String(from)}`).not.toBe(MINIMAL);
  return validateText(text, 'doc.yaml', format, { rules: RULES }).findings.map(
    (f) => `${f.range?.start.line}:${f.range?.start.column} ${f.ruleId}: ${f.message}${f.hint ? ` (${f.hint})` : ''}`,
  );
}

describe('the schema rule', () => {
  it('finds nothing in a valid roadmap', () => {
    expect(validateText(MINIMAL, 'doc.yaml').findings).toEqual([]);
  });

  it('names the keyword in the id', () => {
    expect(schemaRuleId('additionalProperties')).toBe('schema/additional-properties');
    expect(schemaRuleId('required')).toBe('schema/required');
  });

  const table: [string, string | RegExp, string, string[]][] = [
    ['a missing field', /    planTitle: null\n/, '', ['12:5 schema/required: roadmaps[0] has no "planTitle" (add "planTitle" (text or null))']],
    [
      'a misspelt field, said once',
      '            responsible:\n              raw: ИДЦ',
      '            responsibel:\n              raw: ИДЦ',
      ['35:13 schema/additional-properties: "responsibel" is not a field of roadmaps[0].sections[0].items[0] (did you mean "responsible"?)'],
    ],
    [
      'an unknown field',
      '            result: null\n            source:\n              line: 10',
      '            result: null\n            colour: red\n            source:\n              line: 10',
      ['43:13 schema/additional-properties: "colour" is not a field of roadmaps[0].sections[0].items[0] (remove it; the fields here are number, text, list, deadline, responsible, result, extra, source, x-prikaz-ignore)'],
    ],
    [
      'an unquoted item number',
      'number: "1.2"',
      'number: 1.20',
      ['45:13 schema/type: roadmaps[0].sections[0].items[1].number must be text or null, not the number 1.2 (write it in quotes, so that YAML reads it as text (unquoted, 1.10 is the number 1.1 and 0001 the number 1))'],
    ],
    [
      'a misspelt deadline kind',
      'kind: month',
      'kind: mnth',
      [expect.stringMatching(/^49:15 schema\/enum: roadmaps\[0\]\.sections\[0\]\.items\[1\]\.deadline\.kind is "mnth", which is not one of "day", "by", .* \(did you mean "month"\?\)$/) as unknown as string],
    ],
    [
      'a date written the Russian way',
      'start: "2021-03-01"',
      'start: "01.03.2021"',
      ['50:15 schema/pattern: roadmaps[0].sections[0].items[1].deadline.start is "01.03.2021", not a date written YYYY-MM-DD (write it as 2021-03-01)'],
    ],
    [
      'an impossible date, said once, by the date rule',
      'end: "2021-03-31"',
      'end: "2021-02-31"',
      ['51:15 date/impossible: 2021-02-31 is not a date: February 2021 has 28 days (correct the day or the month (the order may have a typo such as 31.02; the raw text keeps it))'],
    ],
    [
      'a value the deadline kind rules out',
      'kind: by\n              start: null',
      'kind: by\n              start: "2021-02-01"',
      ['33:15 schema/type: roadmaps[0].sections[0].items[0].deadline.start must be null, not "2021-02-01" (the schema asks this of kind "by"; change the kind or the value)'],
    ],
    ['an empty activity', 'text: Провести семинар', 'text: ""', ['46:13 schema/min-length: roadmaps[0].sections[0].items[1].text is empty (fill it in, or remove the entry)']],
    ['a wrong enum', 'format: txt', 'format: rtf', ['4:3 schema/enum: source.format is "rtf", which is not one of "txt", "docx", "doc", "pdf" (use one of "txt", "docx", "doc", "pdf")']],
    ['a mapping where a list belongs', 'notes: []', 'notes: { a: 1 }', ['21:5 schema/type: roadmaps[0].notes must be a list, not a mapping (make it a list: one "- " line for each entry (or [] for none))']],
    ['a future schemaVersion stops everything else', 'schemaVersion: "1.0"', 'schemaVersion: "7.0"\nextra: 1', [expect.stringMatching(/^1:1 document\/unknown-version: schemaVersion "7.0" is unknown/) as unknown as string]],
    ['a document that is a list', /^[\s\S]*$/, '- a\n- b\n', ['1:1 schema/type: the document must be a mapping, not a list']],
  ];
  it.each(table)('%s', (_, from, to, expected) => {
    expect(withChange(from, to)).toEqual(expected);
  });

  it('reports every error, not the first', () => {
    const found = withChange('format: txt', 'format: rtf\n  extra: 1').concat(withChange('title: Организационные мероприятия', 'title: 5'));
    expect(found.map((f) => f.split(' ')[1])).toEqual(['schema/enum:', 'schema/additional-properties:', 'schema/type:']);
  });

  it('places findings in a JSON file by line and column too', () => {
    const json = JSON.stringify({ ...(YAML.parse(MINIMAL) as object), order: 'x' }, null, 2);
    const found = validateText(json, 'doc.roadmap.json', 'json').findings;
    expect(found.map((f) => [f.ruleId, f.range?.start])).toEqual([['schema/type', { line: 8, column: 3 }]]);
  });
});
