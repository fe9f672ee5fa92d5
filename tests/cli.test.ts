import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { run } from '../src/cli/main.js';
import { memoryIO } from '../src/cli/test-support.js';

const SEED = 'fixtures/txt/002_d8146b65e7b6d256.txt';


const tmp = () => mkdtempSync(join(tmpdir(), 'prikaz-test-'));

describe('prikaz convert', () => {
  it('prints one order as YAML', async () => {
    const io = memoryIO();
    expect(await run(['convert', SEED], io)).toBe(0);
    const doc = YAML.parse(io.out);
    expect(doc.order.number).toBe('262');
    expect(doc.source).toMatchObject({ file: SEED, format: 'txt' });
  });

  it('prints JSON with --format json', async () => {
    const io = memoryIO();
    expect(await run(['convert', SEED, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).order.date).toBe('2021-06-08');
  });

  it('writes OUT/<name>.roadmap.yaml for each input and nothing else', async () => {
    const out = tmp();
    const io = memoryIO();
    expect(await run(['convert', SEED, 'fixtures/txt/004_5cf6f8dfe62893e0.txt', '-o', out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['002_d8146b65e7b6d256.roadmap.yaml', '004_5cf6f8dfe62893e0.roadmap.yaml']);
    expect(YAML.parse(readFileSync(join(out, '004_5cf6f8dfe62893e0.roadmap.yaml'), 'utf8')).order.number).toBe('01-05/504');
  });

  it('asks for --out-dir when given several inputs', async () => {
    const io = memoryIO();
    expect(await run(['convert', SEED, 'fixtures/txt/004_5cf6f8dfe62893e0.txt'], io)).toBe(2);
    expect(io.err).toMatch(/add --out-dir OUT/);
  });

  it.each([
    ['a missing file', null, 2, /no such file/],
    ['an empty file', '', 1, /input\/empty/],
    ['binary junk named .txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), 1, /input\/binary/],
    ['a text that is not an order', 'Дорогие коллеги!\n\nПоздравляем с Новым годом.\n', 1, /document\/not-an-order/],
  ])('refuses %s with one line and no output file', async (_name, content, code, message) => {
    const dir = tmp();
    const file = join(dir, 'input.txt');
    if (content !== null) writeFileSync(file, content);
    const out = join(dir, 'out');
    const io = memoryIO();
    expect(await run(['convert', file, '-o', out], io)).toBe(code);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(() => readdirSync(out)).toThrow(); // nothing written
  });

  it('goes on with the batch after a bad file, and exits 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.txt'), '');
    const out = join(dir, 'out');
    const io = memoryIO();
    expect(await run(['convert', join(dir, 'bad.txt'), SEED, '-o', out], io)).toBe(1);
    // outputs mirror the inputs' paths below their common folder (here the root)
    expect(readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.yaml'))).toEqual([join(process.cwd(), SEED).slice(1).replace(/\.txt$/, '.roadmap.yaml')]);
    expect(io.err).toMatch(/1 converted, 1 failed/);
  });

  it('reports an output folder that cannot be written, exit 2', async () => {
    // a folder below a regular file cannot be made, even by root (a read-only folder can be written by root)
    const dir = tmp();
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const io = memoryIO();
    expect(await run(['convert', SEED, '-o', join(dir, 'a-file', 'out')], io)).toBe(2);
    expect(io.err).toMatch(/io\/write/);
  });

  it('does not change its input', async () => {
    const before = readFileSync(SEED);
    await run(['convert', SEED], memoryIO());
    expect(readFileSync(SEED).equals(before)).toBe(true);
  });
});

describe('prikaz schema', () => {
  it('prints one self-contained JSON Schema', async () => {
    const io = memoryIO();
    expect(await run(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out);
    expect(schema.$id).toBe('https://prikaz-roadmap.dev/schemas/roadmap.schema.json');
    expect(io.out).not.toMatch(/"\$ref": "[a-z]+\.schema\.json/);
    expect(schema.$defs.deadline).toBeDefined();
  });
});

describe('usage', () => {
  it('exits 2 on an unknown command or option', async () => {
    const io = memoryIO();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(await run(['convert', SEED, '--format', 'xml'], memoryIO())).toBe(2);
  });
  it('exits 0 for --help and --version', async () => {
    expect(await run(['--version'], memoryIO())).toBe(0);
    expect(await run(['--help'], memoryIO())).toBe(0);
  });
});
