import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { emitYaml } from './yaml-emitter.js';

/** What the `yaml` package reads back, under YAML 1.2 and under YAML 1.1 (as PyYAML would). */
const back = (text: string) => YAML.parse(text, { schema: 'core' });
const back11 = (text: string) => YAML.parse(text, { version: '1.1' });

describe('emitYaml', () => {
  it.each([
    ['plain words', { a: 'Организационные мероприятия' }, 'a: Организационные мероприятия\n'],
    ['numbers, dates, versions and yes/no are quoted, keys too', { v: '1.0', num: '607', d: '2020-12-01', item: '3.1.2', no: 'no' }, 'v: "1.0"\nnum: "607"\nd: "2020-12-01"\nitem: "3.1.2"\n"no": "no"\n'],
    ['text that only starts with a digit stays plain', { raw: '1 раз в месяц', days: '15.04.2021 15.07.2021' }, 'raw: 1 раз в месяц\ndays: 15.04.2021 15.07.2021\n'],
    ['indicators and comments are quoted', { a: '- пункт', b: 'a: b', c: 'x #y', d: '«кавычки»', e: '"q"' }, 'a: "- пункт"\nb: "a: b"\nc: "x #y"\nd: «кавычки»\ne: "\\"q\\""\n'],
    ['multi-line text is a literal block', { t: 'первая\nвторая' }, 't: |-\n  первая\n  вторая\n'],
    ['empty and nested collections', { a: [], b: {}, c: [{ x: 1, z: [true, null] }] }, 'a: []\nb: {}\nc:\n  - x: 1\n    z:\n      - true\n      - null\n'],
  ])('%s', (_name, value, expected) => {
    const text = emitYaml(value);
    expect(text).toBe(expected);
    expect(back(text)).toEqual(value);
  });

  it('writes a key longer than YAML allows for an implicit key as an explicit one', () => {
    const value = { ['к'.repeat(1500)]: 'значение', b: { ['x'.repeat(1200)]: [1, 2] } };
    expect(back(emitYaml(value))).toEqual(value);
  });

  it('writes every converted seed so that yaml reads back the same document', async () => {
    for (const f of readdirSync('tests/golden')) {
      const doc = YAML.parse(readFileSync(`tests/golden/${f}`, 'utf8'));
      const text = emitYaml(doc);
      expect(back(text)).toEqual(doc);
      expect(back11(text)).toEqual(doc);
    }
  });

  const text = fc.string({ unit: fc.oneof(fc.constantFrom(...' -:#"\'\n\t\\|>?*&!%@`{}[],.0123456789eE+_xobЁёАяNnYyTtFf~'.split('')), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 24 });
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  })).value;

  it('reads back equal under YAML 1.2 and 1.1, whatever the data', () => {
    fc.assert(
      fc.property(json, (v) => {
        const expected = JSON.parse(JSON.stringify(v)); // -0 → 0, as JSON has it
        const out = emitYaml(v);
        expect(back(out)).toEqual(expected);
        expect(back11(out)).toEqual(expected);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('emitYaml on big documents', () => {
  it('writes a list of 100,000 mappings in a list (nothing spread as call arguments)', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ number: `${i}`, text: 'Мероприятие', parties: [{ name: 'ОО' }] }));
    const out = emitYaml({ roadmaps: [{ sections: [{ items }] }] });
    const lines = out.split('\n');
    expect(lines).toHaveLength(4 + 100_000 * 4);
    expect(lines[1]).toBe('  - sections:');
    expect(lines[lines.length - 5]).toBe('          - number: "99999"');
  });
});
