import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGolden } from '../../export/test-support.js';
import { run } from '../main.js';
import { memoryIO } from '../test-support.js';

const ROADMAP = 'tests/golden/002_d8146b65e7b6d256.roadmap.yaml';
const ORDER = 'fixtures/txt/002_d8146b65e7b6d256.txt';


const tmp = () => mkdtempSync(join(tmpdir(), 'prikaz-export-'));

describe('prikaz export', () => {
  it('writes CSV to stdout, with the delimiter asked for', async () => {
    const io = memoryIO();
    expect(await run(['export', ROADMAP, '--to', 'csv', '--delimiter', ';'], io)).toBe(0);
    expect(io.out.startsWith('\uFEFFДорожная карта;№ раздела;Раздел;№ п/п;')).toBe(true);
    expect(io.out.split('\r\n').filter(Boolean)).toHaveLength(9);
    expect(io.err).toBe('');
    const tab = memoryIO();
    expect(await run(['export', ROADMAP, '--to', 'csv', '--delimiter', 'tab'], tab)).toBe(0);
    expect(tab.out.split('\r\n')[0]).toContain('Дорожная карта\t№ раздела');
  });

  it('writes each format to a file with -o', async () => {
    const dir = tmp();
    for (const to of ['csv', 'ics', 'md', 'html']) {
      const io = memoryIO();
      const out = join(dir, 'sub', `plan.${to}`);
      expect(await run(['export', ROADMAP, '--to', to, '-o', out], io)).toBe(0);
      expect(io.out).toBe('');
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    const cal = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'sub', 'plan.ics'), 'utf8')));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(8);
    expect(readFileSync(join(dir, 'sub', 'plan.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect(readFileSync(join(dir, 'sub', 'plan.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('converts a source document on the fly', async () => {
    const io = memoryIO();
    expect(await run(['export', ORDER, '--to', 'md'], io)).toBe(0);
    expect(io.out).toContain('# Об утверждении планов мероприятий');
    expect(io.out).toContain('| Документ | Приказ от 8 июня 2021 г. № 262 |');
  });

  it('reads a roadmap written as JSON', async () => {
    const file = join(tmp(), 'plan.roadmap.json');
    writeFileSync(file, JSON.stringify(loadGolden('002_d8146b65e7b6d256.roadmap.yaml')));
    const io = memoryIO();
    expect(await run(['export', file, '--to', 'md'], io)).toBe(0);
    expect(io.out).toContain('Мероприятий: 8, с датами: 8, без дат: 0.');
  });

  it.each([
    [['export', 'no/such.roadmap.yaml', '--to', 'md'], 2, 'no/such.roadmap.yaml: error io/read: no such file'],
    [['export', 'no/such.txt', '--to', 'md'], 2, 'no/such.txt'],
    [['export', 'package.json', '--to', 'md'], 1, 'export/not-a-roadmap'],
    [['export', ROADMAP, '--to', 'pdf'], 2, "argument 'pdf' is invalid"],
    [['export', ROADMAP], 2, "required option '-t, --to <format>' not specified"],
    [['export', ROADMAP, '--to', 'md', '--delimiter', ';'], 2, '--delimiter is for --to csv only'],
    [['export', ROADMAP, '--to', 'csv', '--delimiter', '|'], 2, '--delimiter takes "," ";" or "tab"'],
  ])('%j exits %i', async (argv, code, message) => {
    const io = memoryIO();
    expect(await run(argv, io)).toBe(code);
    expect(io.err).toContain(message);
    expect(io.out).toBe('');
  });

  it('exits 1 on a file that is not YAML', async () => {
    const file = join(tmp(), 'bad.roadmap.yaml');
    writeFileSync(file, 'a: [unclosed\n');
    const io = memoryIO();
    expect(await run(['export', file, '--to', 'csv'], io)).toBe(1);
    expect(io.err).toMatch(/bad\.roadmap\.yaml:\d+:\d+: error yaml\/syntax/);
  });

  it('exits 2 when the output cannot be written', async () => {
    const dir = tmp();
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    const io = memoryIO();
    expect(await run(['export', ROADMAP, '--to', 'md', '-o', join(blocker, 'out.md')], io)).toBe(2);
    expect(io.err).toContain('io/write');
  });
});
