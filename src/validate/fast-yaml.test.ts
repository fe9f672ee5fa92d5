import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as yamlParse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastYamlData } from './fast-yaml.js';
import { parseRoadmapText } from './parse.js';
import { validateText } from './validate.js';

/** What the full parser (the `yaml` package, as parse.ts uses it) reads. */
const full = (text: string): unknown => yamlParse(text, { maxAliasCount: 100 });

/** The quick reader either declines or reads exactly what the full parser reads. */
function agrees(text: string): void {
  const quick = fastYamlData(text);
  if (quick !== undefined) expect(quick, text).toEqual(full(text));
}

describe('fastYamlData', () => {
  it('reads every golden roadmap as the full parser does', () => {
    const dir = 'tests/golden';
    const names = readdirSync(dir).filter((f) => f.endsWith('.roadmap.yaml'));
    expect(names.length).toBeGreaterThan(4);
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      const quick = fastYamlData(text);
      expect(quick, name).toBeDefined();
      expect(quick, name).toEqual(full(text));
    }
  });

  it.each([
    '1_000', '0b101', '014', '0o14', '0x1F', '-0x1F', '+12', '-0', '1e3', '1E+3', '1.', '.5', '-.5', '.inf', '-.Inf', '.NaN', '.nan', '1:20:30',
    'yes', 'no', 'On', 'off', 'y', 'True', 'FALSE', '~', 'Null', 'NULL', 'null', '', '2021-03-15', '2021-03-15T10:00:00Z', '12:30', '<<', '=', '-', '?',
    "'q''uoted'", '"\\x41\\u0416\\N\\_\\t"', '"a\\\nb"', '|-\n  a\n  b', '>\n  a\n  b\n\n  c', '|+\n  a\n\n', 'a # comment', '"#not"', 'a  b  ', "''", '""',
  ])('a scalar %j reads the same, or is left to the full parser', (value) => {
    agrees(`v: ${value}\n`);
    agrees(`- ${value}\n`);
    agrees(`k:\n  - x: ${value}\n    y: 1\n`);
    agrees(`${value}: 1\nk: 2\n`);
  });

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 12\n'],
    ['an unknown tag', 'a: !foo 12\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a bare scalar', 'just text\n'],
    ['only comments', '# nothing\n'],
    ['a null key', '~: 1\n'],
    ['an empty key', ': 1\n'],
    ['an explicit empty key', '- ?\n'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(fastYamlData(text)).toBeUndefined();
  });

  it('reads any data the yaml package writes as the yaml package reads it back', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom('да', 'нет', 'yes', '0o7', '1_0', '.5', '- x', ': y', '# z', '"', "'", '\n', ' a ', 'a\tb')),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), value, { maxKeys: 5 }), fc.boolean(), (data, flow) => {
        agrees(stringify(data, { defaultStringType: flow ? 'QUOTE_DOUBLE' : 'PLAIN', lineWidth: 0 }));
      }),
      { numRuns: 300 },
    );
  });

  it('a finding in quickly read YAML still gets its line and column (the syntax tree is built on demand)', () => {
    const text = readFileSync('tests/golden/101_plan-school-gia.roadmap.yaml', 'utf8');
    const parsed = parseRoadmapText(text, 'yaml');
    expect(parsed.ok).toBe(true);
    // the schemaVersion line, wherever it is, and a field deep in the file
    const lines = text.split('\n');
    const broken = text.replace(/^schemaVersion: .*$/m, 'schemaVersion: "9.9"');
    const r = validateText(broken, 'x.roadmap.yaml');
    const f = r.findings.find((x) => x.path === '/schemaVersion');
    expect(f, JSON.stringify(r.findings.map((x) => x.path))).toBeDefined();
    expect(lines[f!.range!.start.line - 1]).toMatch(/^schemaVersion:/);
    const deep = text.split('\n');
    let at = deep.length - 1;
    while (at > 0 && !/^\s+text: /.test(deep[at]!)) at--;
    deep[at] = deep[at]!.replace(/text: .*/, 'text: ""');
    const r2 = validateText(deep.join('\n'), 'x.roadmap.yaml');
    const f2 = r2.findings.find((x) => x.path.endsWith('/text'));
    expect(f2, JSON.stringify(r2.findings.map((x) => [x.path, x.message]))).toBeDefined();
    expect(f2!.range!.start.line).toBe(at + 1);
  });
});
