import { strFromU8, unzipSync } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../export/flatten.js';
import { loadGolden } from '../../export/test-support.js';
import { run } from '../main.js';
import { memoryIO } from '../test-support.js';

const GOLDEN = 'tests/golden';
const NAMES = ['000_72fc9603205c0c49.roadmap.yaml', '002_d8146b65e7b6d256.roadmap.yaml', '004_5cf6f8dfe62893e0.roadmap.yaml'];
const activities = (names: string[]) => names.reduce((n, f) => n + flatten(loadGolden(f)).length, 0);

/** A folder with the three roadmaps, one in a subfolder, and a file that is not a roadmap. */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prikaz-export-batch-'));
  mkdirSync(join(dir, 'sub'));
  copyFileSync(join(GOLDEN, NAMES[0]!), join(dir, NAMES[0]!));
  copyFileSync(join(GOLDEN, NAMES[1]!), join(dir, NAMES[1]!));
  copyFileSync(join(GOLDEN, NAMES[2]!), join(dir, 'sub', NAMES[2]!));
  writeFileSync(join(dir, 'notes.txt'), 'not a roadmap');
  return dir;
}

/** Data rows of a CSV: records start at a line that begins with a source file name. */
const csvRows = (text: string, first: string) => text.split('\r\n').filter((l) => l.startsWith(first)).length;

describe('prikaz export of several roadmaps', () => {
  it('makes one CSV of a folder: every activity, each with its order\'s columns', async () => {
    const dir = batch();
    const io = memoryIO();
    expect(await run(['export', dir, '--to', 'csv'], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out.startsWith('\uFEFFИсточник,Вид документа,Дата документа,№ документа,Орган,Дорожная карта,')).toBe(true);
    expect(csvRows(io.out, 'fixtures/txt/')).toBe(activities(NAMES));
  });

  it('takes files and patterns together, each file once', async () => {
    const dir = batch();
    const io = memoryIO();
    const args = ['export', join(dir, NAMES[0]!), join(dir, '*.roadmap.yaml'), join(dir, 'sub'), '--to', 'csv', '--delimiter', ';'];
    expect(await run(args, io)).toBe(0);
    expect(csvRows(io.out, 'fixtures/txt/')).toBe(activities(NAMES));
  });

  it('combines a folder even when it holds one roadmap, so a script always gets the same columns', async () => {
    const dir = batch();
    const io = memoryIO();
    expect(await run(['export', join(dir, 'sub'), '--to', 'csv'], io)).toBe(0);
    expect(io.out.startsWith('\uFEFFИсточник,')).toBe(true);
    const one = memoryIO();
    expect(await run(['export', join(dir, 'sub', NAMES[2]!), '--to', 'csv'], one)).toBe(0);
    expect(one.out.startsWith('\uFEFFДорожная карта,')).toBe(true);
  });

  it('writes one calendar of all', async () => {
    const dir = batch();
    const out = join(dir, 'all.ics');
    expect(await run(['export', dir, '--to', 'ics', '-o', out], memoryIO())).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.match(/^BEGIN:VCALENDAR/gm)).toHaveLength(1);
    expect(text).toContain('X-WR-CALNAME:Дорожные карты: 3');
  });

  it('leaves out a roadmap it cannot read, says which, writes the rest and exits 1', async () => {
    const dir = batch();
    writeFileSync(join(dir, 'broken.roadmap.yaml'), 'schemaVersion: "1.0"\nroadmaps: [\n');
    const out = join(dir, 'all.csv');
    const io = memoryIO();
    expect(await run(['export', dir, '--to', 'csv', '-o', out], io)).toBe(1);
    expect(io.err).toContain('broken.roadmap.yaml');
    expect(csvRows(readFileSync(out, 'utf8'), 'fixtures/txt/')).toBe(activities(NAMES));
  });

  it('reports a folder without roadmaps and a pattern that matches nothing (exit 2)', async () => {
    const dir = batch();
    mkdirSync(join(dir, 'empty'));
    const io = memoryIO();
    expect(await run(['export', dir, join(dir, 'empty'), join(dir, 'nothing-*.yaml'), '--to', 'csv'], io)).toBe(2);
    expect(io.err).toContain('io/no-inputs');
    expect(io.err.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('refuses md and html for several roadmaps, in one line, before reading any', async () => {
    const dir = batch();
    for (const to of ['md', 'html']) {
      const io = memoryIO();
      expect(await run(['export', dir, '--to', to], io)).toBe(2);
      expect(io.err).toMatch(/describes one roadmap; export several to csv, ics, xlsx/);
      expect(io.out).toBe('');
    }
  });
});

describe('prikaz export --to xlsx', () => {
  it('needs -o: a workbook is not written to a terminal', async () => {
    const io = memoryIO();
    expect(await run(['export', join(GOLDEN, NAMES[1]!), '--to', 'xlsx'], io)).toBe(2);
    expect(io.err).toContain('-o FILE.xlsx');
    const tty = memoryIO({ stdoutIsTTY: true });
    expect(await run(['export', join(GOLDEN, NAMES[1]!), '--to', 'xlsx', '-o', '-'], tty)).toBe(2);
    expect(tty.err).toContain('terminal');
    expect(tty.out).toBe('');
  });

  it('writes a workbook of a folder that reads back with its frozen header, filter and date cells', async () => {
    const dir = batch();
    const out = join(dir, 'plans.xlsx');
    const io = memoryIO();
    expect(await run(['export', dir, '--to', 'xlsx', '-o', out], io)).toBe(0);
    const files = unzipSync(readFileSync(out));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
    expect(sheet).toMatch(/<c r="C2" s="1"><v>\d+<\/v><\/c>/); // the order's date, a date cell
    expect(sheet.match(/<row r="/g)).toHaveLength(activities(NAMES) + 1);
  });

  it('writes the bytes to a pipe with -o -', async () => {
    let bytes: Uint8Array | null = null;
    const io = memoryIO({ stdoutBytes: (b: Uint8Array) => void (bytes = b) });
    expect(await run(['export', join(GOLDEN, NAMES[1]!), '--to', 'xlsx', '-o', '-'], io)).toBe(0);
    expect(bytes).not.toBeNull();
    expect(Object.keys(unzipSync(bytes!))).toContain('xl/worksheets/sheet1.xml');
  });
});

describe('no output names the absolute local path of its source', () => {
  it('convert, and export of the order and of its roadmap in every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prikaz-private-'));
    const order = join(dir, 'order.txt');
    copyFileSync('fixtures/txt/002_d8146b65e7b6d256.txt', order);
    const outs: string[] = [];

    const converted = memoryIO();
    expect(await run(['convert', order, '-q'], converted)).toBe(0);
    outs.push(converted.out);
    expect(converted.out).toContain('file: order.txt');
    const roadmap = join(dir, 'order.roadmap.yaml');
    writeFileSync(roadmap, converted.out);
    expect(await run(['convert', order, '-q', '-o', join(dir, 'out')], memoryIO())).toBe(0);
    for (const f of readdirSync(join(dir, 'out'))) outs.push(readFileSync(join(dir, 'out', f), 'utf8'));

    for (const input of [order, roadmap]) {
      for (const to of ['csv', 'ics', 'md', 'html']) {
        const io = memoryIO();
        expect(await run(['export', input, '--to', to, '-q'], io)).toBe(0);
        outs.push(io.out);
      }
    }
    const batchCsv = memoryIO();
    expect(await run(['export', roadmap, order, '--to', 'csv', '-q'], batchCsv)).toBe(0);
    outs.push(batchCsv.out);
    const xlsx = join(dir, 'x.xlsx');
    expect(await run(['export', roadmap, '--to', 'xlsx', '-o', xlsx], memoryIO())).toBe(0);
    outs.push(...Object.values(unzipSync(readFileSync(xlsx))).map((b) => strFromU8(b)));

    expect(outs.length).toBeGreaterThan(15);
    for (const text of outs) {
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toContain(dir);
    }
  });
});
