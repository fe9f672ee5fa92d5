import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import type { JsonFinding } from './formatters/json.js';
import { validateFile } from './validate.js';
import { memoryIO } from '../cli/test-support.js';

const MINIMAL = readFileSync(new URL('./fixtures/minimal.roadmap.yaml', import.meta.url), 'utf8');


const BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`;

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prikaz-validate-'));
  writeFileSync(file('1-good.roadmap.yaml'), MINIMAL);
  writeFileSync(file('2-malformed.roadmap.yaml'), 'schemaVersion: "1.0"\nroadmaps: [\n  { title: a\nglossary: []\n');
  writeFileSync(file('3-bomb.roadmap.yaml'), BOMB);
  writeFileSync(file('4-huge.roadmap.yaml'), '');
  truncateSync(file('4-huge.roadmap.yaml'), 300 * 1024 * 1024); // sparse: 300 MB on paper, nothing on disk
  writeFileSync(file('5-binary.roadmap.yaml'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x01]));
  writeFileSync(file('6-empty.roadmap.yaml'), '# nothing here\n');
  writeFileSync(file('7-duplicate.roadmap.yaml'), MINIMAL.replace('number: "1.2"', 'number: "1.1"'));
  writeFileSync(file('8-latin1.roadmap.yaml'), Buffer.from('title: \xe9t\xe9\n', 'latin1'));
  writeFileSync(file('9-bad.roadmap.json'), '{\n  "schemaVersion": "1.0",\n  "roadmaps": [1, 2,]\n}\n');
  mkdirSync(file('empty-dir'));
  mkdirSync(file('no-roadmaps'));
  writeFileSync(join(file('no-roadmaps'), 'config.yaml'), 'a: 1\n');
});

async function validate(...args: string[]): Promise<{ code: number; findings: JsonFinding[]; err: string }> {
  const io = memoryIO();
  const code = await run(['validate', '--format', 'json', ...args], io);
  return { code, findings: io.out ? (JSON.parse(io.out) as JsonFinding[]) : [], err: io.err };
}

const short = (f: JsonFinding) => `${f.file.replace(dir + '/', '')}${f.line ? `:${f.line}:${f.column}` : ''} ${f.ruleId}`;

describe('bad input: each file one clear finding, and the others still checked', () => {
  it('reports every bad file in a folder and goes on', async () => {
    const { code, findings } = await validate(dir);
    expect(findings.map(short)).toEqual([
      '2-malformed.roadmap.yaml:4:1 yaml/syntax',
      '3-bomb.roadmap.yaml yaml/alias-limit',
      '4-huge.roadmap.yaml input/too-large',
      '5-binary.roadmap.yaml input/binary',
      '6-empty.roadmap.yaml input/empty',
      expect.stringMatching(/^7-duplicate\.roadmap\.yaml:\d+:\d+ item\/duplicate-number$/),
      '8-latin1.roadmap.yaml input/binary',
      '9-bad.roadmap.json:3:21 yaml/syntax',
    ]);
    expect(code).toBe(1);
  });

  it('says what is wrong in plain words', async () => {
    const { findings } = await validate(dir);
    const msg = (name: string) => findings.find((f) => f.file.endsWith(name))!;
    expect(msg('2-malformed.roadmap.yaml').message).toMatch(/^not valid YAML: /);
    expect(msg('3-bomb.roadmap.yaml').message).toBe('the YAML aliases (*name) would expand past 100 copies; the file was not read further');
    expect(msg('4-huge.roadmap.yaml').message).toBe('the file is 300 MB, over the 256 MB limit, and was not read');
    expect(msg('4-huge.roadmap.yaml').hint).toMatch(/--max-size 301/);
    expect(msg('5-binary.roadmap.yaml').message).toMatch(/NUL bytes/);
    expect(msg('8-latin1.roadmap.yaml').message).toBe('it is not UTF-8 text');
    expect(msg('9-bad.roadmap.json').message).toMatch(/^not valid JSON: /);
  });

  it('a missing file and a folder without roadmaps are I/O errors (exit code 2), the rest still checked', async () => {
    const { code, findings } = await validate(file('nope.roadmap.yaml'), file('empty-dir'), file('no-roadmaps'), file('7-duplicate.roadmap.yaml'));
    expect(findings.map(short)).toEqual([
      'empty-dir io/no-inputs',
      'no-roadmaps io/no-inputs',
      'nope.roadmap.yaml io/read',
      expect.stringMatching(/^7-duplicate\.roadmap\.yaml:\d+:\d+ item\/duplicate-number$/),
    ]);
    expect(findings[1]!.hint).toMatch(/1 other \.yaml\/\.json file/);
    expect(findings[2]!.message).toBe('no such file');
    expect(code).toBe(2);
  });

  it('a document nested thousands of levels deep is one finding, not a crash', async () => {
    const open = '{"number":"1","title":"t","items":[],"sections":[';
    const n = 20000;
    writeFileSync(file('deep.json'), `{"schemaVersion":"1.0","roadmaps":[{"sections":[${open.repeat(n)}${']}'.repeat(n)}]}]}`);
    writeFileSync(file('deep.yaml'), `a: ${'['.repeat(100000)}${']'.repeat(100000)}\n`);
    const { code, findings } = await validate(file('deep.json'), file('deep.yaml'), file('1-good.roadmap.yaml'));
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['input/too-deep', 'the document nests too deeply to be checked'],
      ['yaml/syntax', expect.stringMatching(/^not valid YAML: it nests too deeply to be parsed/)],
    ]);
    expect(code).toBe(1);
  });

  it('a folder named as a file is an I/O error', async () => {
    const r = await validateFile(file('empty-dir'));
    expect(r.ioError).toBe(true);
    expect(r.findings[0]!.message).toBe('it is a folder, not a file');
  });

  it('the size limit can be lowered and raised', async () => {
    writeFileSync(file('big.yaml'), `a: "${'x'.repeat(1024 * 1024)}"\n`);
    expect((await validate('--max-size', '0.5', file('big.yaml'))).findings.map((f) => f.ruleId)).toEqual(['input/too-large']);
    expect((await validate('--max-size', '2', file('big.yaml'))).findings.map((f) => f.ruleId)).not.toContain('input/too-large');
  });

  it('a malformed file reports the parser\'s position, not a stack trace', async () => {
    const { err, findings } = await validate(file('2-malformed.roadmap.yaml'));
    expect(err).toBe('');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 4, column: 1, severity: 'error' });
  });
});
