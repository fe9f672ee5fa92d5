import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../cli/main.js';
import { memoryIO } from '../../cli/test-support.js';
import type { JsonFinding } from '../formatters/json.js';
import { configVocabulary, settingFor } from './apply.js';
import { ConfigResolver } from './load.js';

const MINIMAL = readFileSync(new URL('../fixtures/minimal.roadmap.yaml', import.meta.url), 'utf8');
/** Two findings: a duplicate number (a source rule, warning) and an item with no responsible party (warning). */
const FLAWED = MINIMAL.replace('number: "1.2"', 'number: "1.1"').replace(/raw: ОО\n(\s+)parties:[\s\S]*?(\n\s+result:)/, 'raw: ""\n$1parties: []$2');

let root: string;
const put = (path: string, text: string): string => {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
};

async function validate(...args: string[]): Promise<{ code: number; findings: JsonFinding[]; out: string; err: string }> {
  const io = memoryIO();
  const code = await run(['validate', ...args], io);
  let findings: JsonFinding[] = [];
  try {
    findings = JSON.parse(io.out) as JsonFinding[];
  } catch {
    // not the json format
  }
  return { code, findings, out: io.out, err: io.err };
}
const ids = (fs: JsonFinding[]) => fs.map((f) => `${f.severity} ${f.ruleId}`).sort();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prikaz-config-'));
});

describe('the fixture', () => {
  it('has a duplicate number and an item with no responsible party, both warnings', async () => {
    const file = put('a.roadmap.yaml', FLAWED);
    const { code, findings } = await validate('--format', 'json', file);
    expect(ids(findings)).toEqual(['warning item/duplicate-number', 'warning item/no-responsible']);
    expect(code).toBe(0);
  });
});

describe('config lookup, as eslint and prettier do', () => {
  it('finds prikaz.config.yaml in a folder above the file and sets severities', async () => {
    put('prikaz.config.yaml', 'rules:\n  item/duplicate-number: error\n  item/no-responsible: off\n');
    const file = put('plans/2024/a.roadmap.yaml', FLAWED);
    const { code, findings } = await validate('--format', 'json', file);
    expect(ids(findings)).toEqual(['error item/duplicate-number']);
    expect(code).toBe(1);
  });

  it('the nearest config wins; .yml, .json and package.json "prikaz" are read too', async () => {
    put('prikaz.config.yaml', 'rules:\n  item/*: off\n');
    put('a/prikaz.config.yml', 'rules:\n  item/no-responsible: error\n');
    put('b/prikaz.config.json', '{ "rules": { "item/duplicate-number": "error" } }');
    put('c/package.json', JSON.stringify({ name: 'c', prikaz: { rules: { '*': 'error' } } }));
    put('d/package.json', JSON.stringify({ name: 'd' })); // no "prikaz" key: looked past
    const cases: [string, string[]][] = [
      ['top.roadmap.yaml', []],
      ['a/x.roadmap.yaml', ['error item/no-responsible', 'warning item/duplicate-number']], // the nearest only: not merged
      ['b/x.roadmap.yaml', ['error item/duplicate-number', 'warning item/no-responsible']],
      ['c/x.roadmap.yaml', ['error item/duplicate-number', 'error item/no-responsible']],
      ['d/x.roadmap.yaml', []],
    ];
    for (const [path, expected] of cases) {
      const { findings } = await validate('--format', 'json', put(path, FLAWED));
      expect(ids(findings), path).toEqual(expected);
    }
  });

  it('--config FILE is used for every file instead', async () => {
    put('prikaz.config.yaml', 'rules:\n  item/*: off\n');
    const cfg = put('ci/strict.json', '{ "rules": { "item/duplicate-number": "error" } }');
    const { code, findings } = await validate('--format', 'json', '--config', cfg, put('a.roadmap.yaml', FLAWED));
    expect(ids(findings)).toEqual(['error item/duplicate-number', 'warning item/no-responsible']);
    expect(code).toBe(1);
  });

  it('ignore: patterns relative to the config\'s folder leave files out', async () => {
    put('prikaz.config.yaml', 'ignore:\n  - "archive/**"\n  - "**/*.draft.roadmap.yaml"\n');
    const kept = put('out/a.roadmap.yaml', FLAWED);
    put('archive/old.roadmap.yaml', 'not: [valid');
    put('out/b.draft.roadmap.yaml', 'not: [valid');
    const { code, findings, err } = await validate(root);
    expect(code).toBe(0);
    expect(err).toMatch(/^.*1 file checked/m);
    expect(findings).toEqual([]);
    const json = await validate('--format', 'json', root);
    expect(new Set(json.findings.map((f) => f.file))).toEqual(new Set([kept]));
  });

  it('format: the default report format, which --format overrides', async () => {
    put('prikaz.config.yaml', 'format: github\n');
    const file = put('a.roadmap.yaml', FLAWED);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const byConfig = await validate(file);
      expect(byConfig.out).toMatch(/^::warning file=/m);
      const byOption = await validate('--format', 'json', file);
      expect(JSON.parse(byOption.out)).toHaveLength(2);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('a bad config: one line with file:line:col, exit code 2', () => {
  const CASES: { name: string; file: string; text: string; at: string; message: RegExp }[] = [
    { name: 'YAML syntax', file: 'prikaz.config.yaml', text: 'rules:\n\titem/duplicate-number: off\n', at: '2:1', message: /not valid YAML.*tabs/ },
    { name: 'JSON syntax', file: 'prikaz.config.json', text: '{\n  "rules": {},\n}\n', at: '3:1', message: /not valid JSON/ },
    { name: 'an unknown field', file: 'prikaz.config.yaml', text: 'rules: {}\nignores: []\n', at: '2:1', message: /no field "ignores"/ },
    { name: 'an unknown setting', file: 'prikaz.config.yaml', text: 'rules:\n  item/no-responsible: warning\n', at: '2:3', message: /"item\/no-responsible" must be one of off, warn, error/ },
    { name: 'an unknown rule', file: 'prikaz.config.yaml', text: 'rules:\n  item/no-responsibl: off\n', at: '2:3', message: /not a rule.*did you mean "item\/no-responsible"/ },
    { name: 'a finding that cannot be set', file: 'prikaz.config.yaml', text: 'rules:\n  yaml/syntax: off\n', at: '2:3', message: /not a rule that can be set/ },
    { name: 'ignore not a list', file: 'prikaz.config.yaml', text: 'ignore: archive\n', at: '1:1', message: /ignore must be a list/ },
    { name: 'an unknown format', file: 'prikaz.config.yaml', text: 'format: xml\n', at: '1:1', message: /format must be one of text, json, junit, github, sarif/ },
    { name: 'in package.json', file: 'package.json', text: '{\n  "name": "x",\n  "prikaz": { "rules": { "item/x": "off" } }\n}\n', at: '3:26', message: /"item\/x" is not a rule/ },
  ];
  it.each(CASES)('$name', async (c) => {
    put(c.file, c.text);
    const { code, err, out } = await validate(put('a.roadmap.yaml', MINIMAL));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(`${c.file}:${c.at}: error config/invalid: `);
    expect(err).toMatch(c.message);
  });

  it('a --config that does not exist', async () => {
    const { code, err } = await validate('--config', join(root, 'none.yaml'), put('a.roadmap.yaml', MINIMAL));
    expect(code).toBe(2);
    expect(err).toMatch(/none\.yaml: error config\/invalid: cannot be read: no such file/);
  });
});

describe('settings', () => {
  it('the rule\'s own id, then its area, then "*"', () => {
    const rules = new Map([
      ['item/no-responsible', 'error'],
      ['item/*', 'off'],
      ['*', 'warn'],
    ] as const);
    expect(settingFor(rules, 'item/no-responsible')).toBe('error');
    expect(settingFor(rules, 'item/number-order')).toBe('off');
    expect(settingFor(rules, 'schema/enum')).toBe('warn');
  });

  it('the lookup is cached per folder: a config changed during a run is read once', async () => {
    put('prikaz.config.yaml', 'rules:\n  item/*: off\n');
    const resolver = new ConfigResolver(configVocabulary(['text']));
    const first = await resolver.forFolder(join(root, 'x'));
    put('prikaz.config.yaml', 'rules: [');
    const second = await resolver.forFolder(join(root, 'x'));
    expect(first.ok && second.ok && first.config === second.config).toBe(true);
  });
});
