import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

/** The package's entry as a user imports it: the built dist/index.js (npm test builds it first). */
type Library = typeof import('../src/index.js');
const lib = (await import(pathToFileURL(resolve('dist/index.js')).href)) as Library;

const ORDER = 'fixtures/txt/002_d8146b65e7b6d256.txt';
const ROADMAP = 'tests/golden/002_d8146b65e7b6d256.roadmap.yaml';
const OTHER = 'tests/golden/000_72fc9603205c0c49.roadmap.yaml';

describe('the library, from the built entry', () => {
  it('converts a file and the same bytes alike', async () => {
    const fromFile = await lib.convertFile(ORDER);
    expect(fromFile.value).not.toBeNull();
    const fromBytes = await lib.convertBytes(readFileSync(ORDER), 'order.txt');
    expect(fromBytes.value?.source.file).toBe('order.txt');
    expect(fromBytes.value?.roadmaps).toEqual(fromFile.value?.roadmaps);
    const named = await lib.convertBytes(readFileSync(ORDER), '/srv/uploads/x.txt', { sourceName: 'upload-17.txt' });
    expect(named.value?.source.file).toBe('upload-17.txt');
  });

  it('validates a roadmap as text and as a file', async () => {
    const doc = (await lib.convertFile(ORDER)).value!;
    const checked = lib.validateText(lib.serialize(doc, 'yaml'), 'x.roadmap.yaml');
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const file = await lib.validateFile(ROADMAP);
    expect(file.ioError).toBe(false);
    expect(file.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('diffs two roadmaps', async () => {
    const before = await lib.loadRoadmap(ROADMAP);
    if (!before.ok) throw new Error(before.message);
    const after = structuredClone(before.doc);
    after.roadmaps[0]!.sections[0]!.items[0]!.text += ' (в новой редакции)';
    expect(lib.diffDocuments(before.doc, before.doc).changes).toEqual([]);
    const diff = lib.diffDocuments(before.doc, after);
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(lib.DIFF_FORMATTERS.text).toBeTypeOf('function');
  });

  it('exports one roadmap or several, in text and as a workbook', async () => {
    const a = await lib.loadRoadmap(ROADMAP);
    const b = await lib.loadRoadmap(OTHER);
    if (!a.ok || !b.ok) throw new Error('golden roadmaps do not load');
    expect(lib.exportDocument(a.doc, 'md')).toMatch(/^# /);
    const csv = await lib.exportDocuments([a.doc, b.doc], 'csv');
    expect(typeof csv === 'string' && csv.startsWith('\uFEFFИсточник,')).toBe(true);
    const xlsx = await lib.exportDocuments([a.doc, b.doc], 'xlsx');
    expect(xlsx).toBeInstanceOf(Uint8Array);
    expect(strFromU8(unzipSync(xlsx as Uint8Array)['xl/worksheets/sheet1.xml']!)).toContain('state="frozen"');
    expect(lib.EXPORT_FORMATS).toContain('xlsx');
  });

  it("README's typed example compiles against the package's own types", () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Library API'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toBeDefined();
    // inside the package folder, so that 'prikaz-roadmap' resolves to this package (self-reference through "exports")
    const dir = mkdtempSync(join(resolve('tests'), '.readme-example-'));
    try {
      writeFileSync(join(dir, 'example.ts'), code!);
      const tsc = resolve('node_modules/typescript/bin/tsc');
      const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--skipLibCheck', join(dir, 'example.ts')];
      let out = '';
      try {
        execFileSync(process.execPath, [tsc, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? e);
      }
      expect(out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
