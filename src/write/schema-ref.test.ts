import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import { memoryIO } from '../cli/test-support.js';
import { bundledSchema } from '../model/schema.js';
import { convertFile } from '../pipeline/convert.js';
import { validateText } from '../validate/validate.js';
import { VERSION } from '../version.js';
import { SCHEMA_FILE_IN_PACKAGE, schemaUrl } from './schema-ref.js';
import { serialize } from './serialize.js';

const SEED = 'fixtures/txt/002_d8146b65e7b6d256.txt';
const URL_ = `https://unpkg.com/prikaz-roadmap@${VERSION}/dist/roadmap.schema.json`;
let yaml: string;
let json: string;
let dir: string;

beforeAll(async () => {
  const doc = (await convertFile(SEED)).value!;
  yaml = serialize(doc, 'yaml');
  json = serialize(doc, 'json');
  dir = mkdtempSync(join(tmpdir(), 'prikaz-schema-ref-'));
});

describe('roadmap files name their schema, for editors', () => {
  it('convert writes the modeline first in YAML and $schema first in JSON, at this version', () => {
    expect(schemaUrl()).toBe(URL_);
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${URL_}`);
    expect(Object.keys(JSON.parse(json) as object)[0]).toBe('$schema');
    expect((JSON.parse(json) as { $schema: string }).$schema).toBe(URL_);
  });

  it('validate accepts both forms and a $schema key in YAML', () => {
    expect(validateText(yaml, 'a.roadmap.yaml').findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(validateText(json, 'a.roadmap.json', 'json').findings.filter((f) => f.severity === 'error')).toEqual([]);
    const keyed = yaml.replace(/^# yaml-language-server: \$schema=(\S+)\n/, '$schema: $1\n');
    expect(keyed).not.toBe(yaml);
    expect(validateText(keyed, 'a.roadmap.yaml').findings.filter((f) => f.ruleId.startsWith('schema/'))).toEqual([]);
  });

  it('diff and export ignore it', async () => {
    const bare = join(dir, 'bare.roadmap.yaml');
    const named = join(dir, 'named.roadmap.json');
    writeFileSync(bare, yaml.split('\n').slice(1).join('\n'));
    writeFileSync(named, json.replace('"$schema": "https://unpkg.com/', '"$schema": "https://example.org/'));
    const diff = memoryIO();
    expect(await run(['diff', bare, named], diff)).toBe(0);
    const csv = async (file: string) => {
      const io = memoryIO();
      await run(['export', file, '--to', 'csv'], io);
      return io.out;
    };
    expect(await csv(named)).toBe(await csv(bare));
  });

  it('the schema it points at is built self-contained, with no reference outside itself', () => {
    const built = new URL(`../../${SCHEMA_FILE_IN_PACKAGE}`, import.meta.url);
    expect(existsSync(built), 'run npm run build').toBe(true);
    const text = readFileSync(built, 'utf8');
    expect(JSON.parse(text)).toEqual(bundledSchema());
    const refs = [...text.matchAll(/"\$ref":\s*"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !r.startsWith('#'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(SCHEMA_FILE_IN_PACKAGE.split('/')[0]);
  });
});
