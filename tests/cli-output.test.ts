import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { run } from '../src/cli/main.js';
import { memoryIO } from '../src/cli/test-support.js';

/** Issue 20: where the output goes (one -o rule), pipes and streams, --jsonl. */
const BIN = resolve('bin/prikaz.js');
const SEED = 'fixtures/txt/002_d8146b65e7b6d256.txt';
const OTHER = 'fixtures/txt/000_72fc9603205c0c49.txt';
const DOCX = 'fixtures/docx/002_d8146b65e7b6d256.docx';
const tmp = () => mkdtempSync(join(tmpdir(), 'prikaz-out-'));

/** The real command in its own process, its stdin fed from a file or bytes (a pipe, never a file it could stat). */
function prikaz(args: string[], input?: Uint8Array | string, shell = false) {
  const r = shell
    ? spawnSync('bash', ['-c', args.join(' ')], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('-o: one rule across verbs', () => {
  it('one input with -o x.yaml writes that file, not a folder named x.yaml', async () => {
    const d = tmp();
    expect(await run(['convert', SEED, '-o', join(d, 'x.yaml'), '-q'], memoryIO())).toBe(0);
    expect(statSync(join(d, 'x.yaml')).isFile()).toBe(true);
    expect(YAML.parse(readFileSync(join(d, 'x.yaml'), 'utf8')).order.number).toBe('262');
  });

  it('takes the format from the extension when -f is not given, and -f over it', async () => {
    const d = tmp();
    expect(await run(['convert', SEED, '-o', join(d, 'x.json'), '-q'], memoryIO())).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'x.json'), 'utf8')).order.number).toBe('262');
    expect(await run(['convert', SEED, '-o', join(d, 'y.json'), '-f', 'yaml', '-q'], memoryIO())).toBe(0);
    expect(readFileSync(join(d, 'y.json'), 'utf8')).toMatch(/^schemaVersion: /m);
    expect(readFileSync(join(d, 'y.json'), 'utf8')).not.toMatch(/^\s*\{/);
  });

  it('several inputs with -o FILE: one usage error up front, nothing converted', async () => {
    const d = tmp();
    const io = memoryIO();
    expect(await run(['convert', SEED, OTHER, 'fixtures/txt/004_5cf6f8dfe62893e0.txt', '-o', join(d, 'x.yaml')], io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/names one file, but there are 3 inputs: .*--out-dir/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('an existing file named by -o is a file too: several inputs are refused once', async () => {
    const d = tmp();
    writeFileSync(join(d, 'out'), 'keep');
    const io = memoryIO();
    expect(await run(['convert', SEED, OTHER, '-o', join(d, 'out')], io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(d, 'out'), 'utf8')).toBe('keep');
  });

  it.each([
    ['--out-dir DIR', (d: string) => ['--out-dir', join(d, 'o')]],
    ['-o DIR/ (trailing slash)', (d: string) => ['-o', `${join(d, 'o')}/`]],
    ['-o DIR that exists', (d: string) => (mkdirSync(join(d, 'o')), ['-o', join(d, 'o')])],
    ['-o NEWDIR with several inputs (as earlier versions)', (d: string) => ['-o', join(d, 'o')]],
  ])('%s writes one file per input', async (_name, out) => {
    const d = tmp();
    expect(await run(['convert', SEED, OTHER, ...out(d), '-q', '--jobs', '1'], memoryIO())).toBe(0);
    expect(readdirSync(join(d, 'o')).sort()).toEqual(['000_72fc9603205c0c49.roadmap.yaml', '002_d8146b65e7b6d256.roadmap.yaml']);
  });

  it('one input with --out-dir or -o DIR/ goes into the folder', async () => {
    const d = tmp();
    expect(await run(['convert', SEED, '-o', `${join(d, 'o')}/`, '-q'], memoryIO())).toBe(0);
    expect(readdirSync(join(d, 'o'))).toEqual(['002_d8146b65e7b6d256.roadmap.yaml']);
  });

  it.each([['-o'], ['--out-dir']])('--jsonl with %s is a usage error, not ignored', async (flag) => {
    const d = tmp();
    const io = memoryIO();
    expect(await run(['convert', SEED, '--jsonl', flag, join(d, 'o')], io)).toBe(2);
    expect(io.err).toMatch(/--jsonl writes to standard output/);
    expect(io.out).toBe('');
    expect(existsSync(join(d, 'o'))).toBe(false);
  });

  it('validate and export -o take a file: a folder is refused in one line', async () => {
    const d = tmp();
    const io = memoryIO();
    expect(await run(['export', 'tests/golden/101_plan-school-gia.roadmap.yaml', '--to', 'csv', '-o', `${d}/`], io)).toBe(2);
    expect(io.err).toMatch(/it is a folder; -o takes a file name/);
  });
});

describe('pipes and streams', () => {
  it('convert - reads one document from standard input (a .docx, sniffed) and prints it', () => {
    const r = prikaz(['convert', '-', '-q'], readFileSync(DOCX));
    expect(r.code, r.stderr).toBe(0);
    const doc = YAML.parse(r.stdout);
    expect(doc.source).toMatchObject({ file: '<stdin>', format: 'docx' });
    expect(doc.order.number).toBe('262');
  });

  it('convert - --stdin-format txt -o FILE', async () => {
    const d = tmp();
    const io = memoryIO({ stdinText: readFileSync(SEED) });
    expect(await run(['convert', '-', '--stdin-format', 'txt', '-o', join(d, 'x.json'), '-q'], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'x.json'), 'utf8')).source).toMatchObject({ file: '<stdin>', format: 'txt' });
  });

  it('a list of paths piped into convert - is answered with --files-from -, exit 2', async () => {
    const io = memoryIO({ stdinText: `${SEED}\n${OTHER}\n` });
    expect(await run(['convert', '-'], io)).toBe(2);
    expect(io.err).toMatch(/use --files-from -/);
    expect(io.out).toBe('');
  });

  it('--files-from FILE reads a list, one a line or NUL-separated', async () => {
    const d = tmp();
    writeFileSync(join(d, 'list'), `${SEED}\0${OTHER}\0`);
    const io = memoryIO();
    expect(await run(['convert', '--files-from', join(d, 'list'), '--out-dir', join(d, 'o'), '-q', '--jobs', '1'], io)).toBe(0);
    expect(readdirSync(join(d, 'o'))).toHaveLength(2);
  });

  it('validate -, diff - NEW, diff OLD -, export - read a roadmap from standard input', () => {
    const d = tmp();
    const roadmap = join(d, 'a.roadmap.yaml');
    writeFileSync(roadmap, prikaz(['convert', SEED, '-q']).stdout);
    const text = readFileSync(roadmap);
    const v = prikaz(['validate', '-', '--format', 'json'], text);
    expect(v.code, v.stderr).toBe(0);
    expect(prikaz(['diff', '-', roadmap, '-q'], text).code).toBe(0);
    expect(prikaz(['diff', OTHER, '-', '-q'], text).code).toBe(1);
    const e = prikaz(['export', '-', '--to', 'csv'], text);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/^\ufeffДорожная карта,/);
  });

  it('a pipe from process substitution is read as a stream, not refused or seeked', () => {
    const d = tmp();
    const roadmap = join(d, 'a.roadmap.yaml');
    writeFileSync(roadmap, prikaz(['convert', SEED, '-q']).stdout);
    const r = prikaz([process.execPath, BIN, 'validate', `<(cat ${roadmap})`, '--format', 'json'], undefined, true);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files ?? JSON.parse(r.stdout)).toBeTruthy();
    const diff = prikaz([process.execPath, BIN, 'diff', roadmap, `<(cat ${roadmap})`, '-q'], undefined, true);
    expect(diff.code, diff.stderr).toBe(0);
    // an order, too: its kind sniffed from the bytes, since the pipe has no extension
    const c = prikaz([process.execPath, BIN, 'convert', `<(cat ${resolve(DOCX)})`, '-q'], undefined, true);
    expect(c.code, c.stderr).toBe(0);
    expect(YAML.parse(c.stdout).source.format).toBe('docx');
  });

  it('standard input is bounded by --max-size', async () => {
    const text = readFileSync('tests/golden/101_plan-school-gia.roadmap.yaml');
    const io = memoryIO({ stdinText: text });
    expect(await run(['validate', '-', '--max-size', '0.001'], io)).toBe(1);
    expect(io.err).toMatch(/<stdin>: error input\/too-large: standard input is over the 0\.001 MB limit/);
  });
});

describe('hints', () => {
  it('an .rtf refused names --convert-legacy', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.rtf'), '{\\rtf1\\ansi hello}');
    const io = memoryIO();
    expect(await run(['convert', join(d, 'a.rtf')], io)).toBe(1);
    expect(io.err).toMatch(/input\/unsupported: .*--convert-legacy/);
  });
});

describe('--jsonl', () => {
  it('writes one line per input, in input order, failures included', async () => {
    const d = tmp();
    writeFileSync(join(d, 'empty.txt'), '');
    const inputs = [OTHER, join(d, 'empty.txt'), join(d, 'missing.txt'), SEED];
    const io = memoryIO();
    expect(await run(['convert', ...inputs, '--jsonl', '--jobs', '2', '-q'], io)).toBe(1);
    const lines = io.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.ok])).toEqual([
      [OTHER, true],
      [join(d, 'empty.txt'), false],
      [join(d, 'missing.txt'), false],
      [SEED, true],
    ]);
    expect(lines[1].error).toMatchObject({ code: 'input/empty', message: expect.any(String) });
    expect(lines[2].error).toMatchObject({ code: 'io/read', message: 'no such file' });
    expect(lines[3].roadmap.order.number).toBe('262');
  });
});
