import { describe, expect, it } from 'vitest';
import { validateText } from './validate.js';
import { noResponsible } from './rules/responsible.js';
import { duplicateNumber } from './rules/numbering.js';
import { schemaRule } from './rules/schema.js';
import { matchesRule } from './suppress.js';

const RULES = [noResponsible, duplicateNumber];
const item = (n: string, comment = '') => `      - number: "${n}"${comment}\n        responsible: { raw: "", parties: [] }\n`;
const doc = (...items: string[]) => `roadmaps:\n  - items:\n${items.join('')}      - number: "9"\n        responsible: { raw: x, parties: [{ name: x, kind: role }] }\n`;

function run(text: string, format: 'yaml' | 'json' = 'yaml') {
  const r = validateText(text, 'doc.yaml', format, { rules: RULES });
  return { found: r.findings.map((f) => `${f.range?.start.line} ${f.ruleId}`), suppressed: r.suppressed };
}

describe('silencing findings', () => {
  it('reports without a suppression', () => {
    expect(run(doc(item('1'), item('2')))).toEqual({ found: ['4 item/no-responsible', '6 item/no-responsible'], suppressed: 0 });
  });

  it('a comment at the end of the line where an item starts silences that item only', () => {
    expect(run(doc(item('1', '  # prikaz-ignore item/no-responsible -- agreed with the board'), item('2')))).toEqual({ found: ['6 item/no-responsible'], suppressed: 1 });
  });

  it('a comment on its own line silences the item below it', () => {
    expect(run(doc('      # prikaz-ignore item/no-responsible\n', item('1'), item('2')))).toEqual({ found: ['7 item/no-responsible'], suppressed: 1 });
  });

  it('a comment above the first key silences the whole file', () => {
    expect(run(`# prikaz-ignore item/no-responsible\n${doc(item('1'), item('2'))}`)).toEqual({ found: [], suppressed: 2 });
  });

  it('silences only the rules it names', () => {
    const text = doc(item('1', ' # prikaz-ignore item/duplicate-number'), item('1'));
    expect(run(text).found).toEqual(['4 item/no-responsible', '5 item/duplicate-number', '6 item/no-responsible']);
  });

  it('takes several rules, and wildcards', () => {
    expect(run(doc(item('1', ' # prikaz-ignore item/duplicate-number, item/no-responsible'), item('2'))).suppressed).toBe(1);
    expect(run(doc(item('1', ' # prikaz-ignore item/*'), item('2'))).suppressed).toBe(1);
    expect(run(doc(item('1', ' # prikaz-ignore *'), item('2'))).suppressed).toBe(1);
  });

  it('does not mistake "# prikaz-ignore" inside a quoted text for a comment', () => {
    const text = doc(`      - number: "1"\n        text: "see # prikaz-ignore item/no-responsible"\n        responsible: { raw: "", parties: [] }\n`);
    expect(run(text)).toEqual({ found: ['5 item/no-responsible'], suppressed: 0 });
  });

  it('warns about a rule id that does not exist, and one that names none', () => {
    expect(run(doc(item('1', ' # prikaz-ignore item/no-resposible'))).found).toEqual(['3 suppression/invalid', '4 item/no-responsible']);
    expect(run(doc(item('1', ' # prikaz-ignore'))).found).toEqual(['3 suppression/invalid', '4 item/no-responsible']);
  });

  it('takes an x-prikaz-ignore field on the item, in JSON too', () => {
    const data = {
      roadmaps: [
        {
          items: [
            { number: '1', 'x-prikaz-ignore': ['item/no-responsible'], responsible: { raw: '', parties: [] } },
            { number: '2', responsible: { raw: '', parties: [] } },
            { number: '3', responsible: { raw: 'x', parties: [{ name: 'x', kind: 'role' }] } },
          ],
        },
      ],
    };
    const r = validateText(JSON.stringify(data, null, 2), 'doc.json', 'json', { rules: RULES });
    expect(r.findings.map((f) => f.path)).toEqual(['/roadmaps/0/items/1/responsible']);
    expect(r.suppressed).toBe(1);
  });

  it('the field is not an additional property for the schema rule', () => {
    const errors = [
      { instancePath: '/roadmaps/0/items/0', schemaPath: '#/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: 'x-prikaz-ignore' } },
      { instancePath: '/roadmaps/0/items/0', schemaPath: '#/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: 'colour' } },
    ];
    const r = validateText('roadmaps: [{ items: [{ x-prikaz-ignore: [item/no-responsible], colour: red }] }]\n', 'doc.yaml', 'yaml', { rules: [schemaRule(() => errors)] });
    expect(r.findings.map((f) => f.ruleId + ' ' + f.message)).toEqual(['schema/additional-properties "colour" is not a field of roadmaps[0].items[0]']);
  });

  it.each([
    ['*', 'item/no-responsible', true],
    ['item/*', 'item/no-responsible', true],
    ['item/*', 'deadline/reversed', false],
    ['schema/*', 'schema/required', true],
    ['item/no-responsible', 'item/no-responsible', true],
    ['item/no-responsible', 'item/no-responsible-x', false],
  ])('matchesRule(%s, %s) is %s', (pattern, id, yes) => expect(matchesRule(pattern, id)).toBe(yes));
});
