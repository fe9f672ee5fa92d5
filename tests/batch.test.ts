import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import { run } from '../src/cli/main.js';
import { inShard, parseShard } from '../src/batch/shard.js';
import { memoryIO } from '../src/cli/test-support.js';

const SEEDS = readdirSync('fixtures/txt').filter((f) => f.endsWith('.txt')).sort();


/** A small archive: the seeds in nested folders, plus one empty file. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prikaz-batch-'));
  SEEDS.forEach((f, i) => {
    const sub = join(dir, 'in', i % 2 ? 'a' : 'b/c');
    mkdirSync(sub, { recursive: true });
    copyFileSync(join('fixtures/txt', f), join(sub, f));
  });
  writeFileSync(join(dir, 'in', 'a', 'broken.txt'), '');
  return dir;
}

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('batch conversion', () => {
  it.each([1, 2])('mirrors the input tree with --jobs %i, goes on after a bad file and exits 1', async (jobs) => {
    const dir = archive();
    const io = memoryIO();
    const code = await run(['convert', join(dir, 'in'), '-o', join(dir, 'out'), '--jobs', String(jobs), '--report', join(dir, 'report.json')], io);
    expect(code).toBe(1);
    expect(files(join(dir, 'out'))).toEqual(
      SEEDS.map((f, i) => join(i % 2 ? 'a' : 'b/c', f.replace('.txt', '.roadmap.yaml'))).sort(),
    );
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ converted: SEEDS.length, failed: 1, skipped: 0 });
    expect(report.files.find((f: { input: string }) => f.input.endsWith('broken.txt'))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/input\/empty/) });
    expect(io.err).toMatch(new RegExp(`${SEEDS.length} converted \\(\\d with warnings\\), 1 failed`));
    for (const f of files(join(dir, 'out'))) expect(YAML.parse(readFileSync(join(dir, 'out', f), 'utf8')).schemaVersion).toBe('1.0');
  });

  it('counts the documents that converted with no activities, in the summary and the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prikaz-noplan-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync('fixtures/txt/002_d8146b65e7b6d256.txt', join(dir, 'in', 'plan.txt'));
    // an order with no activity table: converted, but nothing to plan
    writeFileSync(join(dir, 'in', 'order.txt'), 'ПРИКАЗ\n\nот 01.02.2025 № 7\n\nО назначении ответственного\n\nПРИКАЗЫВАЮ:\n1. Назначить ответственным Иванова И.И.\n\nДиректор\nП.П. Петров\n');
    const io = memoryIO();
    expect(await run(['convert', join(dir, 'in'), '-o', join(dir, 'out'), '--jobs', '1', '--report', join(dir, 'report.json')], io)).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ converted: 2, convertedWithoutActivities: 1 });
    expect(report.files.find((f: { input: string }) => f.input.endsWith('order.txt'))).toMatchObject({ activities: 0 });
    expect(report.files.find((f: { input: string }) => f.input.endsWith('plan.txt'))).toMatchObject({ activities: 8 });
    expect(io.err).toMatch(/2 converted \(\d with warnings\), 1 with no activities, 0 failed/);
  });

  it('--skip-existing converts only what is missing or changed', async () => {
    const dir = archive();
    const args = ['convert', join(dir, 'in'), '-o', join(dir, 'out'), '--jobs', '1', '--skip-existing', '--report', join(dir, 'r.json')];
    await run(args, memoryIO());
    const changed = join(dir, 'in', 'a', SEEDS[1]!);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Организационные', 'Организационные (изм.)'));
    await run(args, memoryIO());
    const r = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect([r.converted, r.skipped, r.failed]).toEqual([1, SEEDS.length - 1, 1]);
    expect(r.files.find((f: { status: string }) => f.status === 'converted').input).toBe(changed);
  });

  it('--jsonl reads the list from stdin (--files-from -) and writes one roadmap a line in input order', async () => {
    const list = SEEDS.map((f) => join('fixtures/txt', f)).reverse();
    const io = memoryIO({ stdinText: `${list.join('\n')}\n` });
    expect(await run(['convert', '--files-from', '-', '--jsonl', '--jobs', '2'], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).roadmap.source.file)).toEqual(list);
  });

  it('keeps the extension in the name when two inputs would write the same output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prikaz-batch-'));
    copyFileSync('fixtures/txt/002_d8146b65e7b6d256.txt', join(dir, 'order.txt'));
    copyFileSync('fixtures/docx/002_d8146b65e7b6d256.docx', join(dir, 'order.docx'));
    expect(await run(['convert', dir, '-o', join(dir, 'out'), '--jobs', '1'], memoryIO())).toBe(0);
    expect(files(join(dir, 'out'))).toEqual(['order.docx.roadmap.yaml', 'order.txt.roadmap.yaml']);
  });

  it('expands glob patterns', async () => {
    const io = memoryIO();
    expect(await run(['convert', 'fixtures/txt/00[12]_*.txt', '--jsonl', '--jobs', '1'], io)).toBe(0);
    expect(io.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it.each([
    ['--jobs', '0', /--jobs takes a whole number/],
    ['--shard', '3/2', /--shard takes I\/N/],
  ])('refuses %s %s', async (flag, value, message) => {
    const io = memoryIO();
    expect(await run(['convert', 'fixtures/txt', '--jsonl', flag, value], io)).toBe(2);
    expect(io.err).toMatch(message);
  });
});

describe('shards', () => {
  it('splits any list into N disjoint parts that together hold every file', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `dir${i % 7}/order-${i}`);
    const n = 4;
    const parts = Array.from({ length: n }, (_, i) => keys.filter((k) => inShard(k, parseShard(`${i + 1}/${n}`)!)));
    expect(parts.flat().sort()).toEqual([...keys].sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(80); // roughly even
  });
  it.each(['0/3', '4/3', 'a/b', '1', '1/0'])('rejects %s', (s) => expect(parseShard(s)).toBeNull());
});

describe('an interrupted batch', () => {
  it('leaves only complete outputs and no temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prikaz-batch-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 60; i++) copyFileSync(join('fixtures/txt', SEEDS[i % SEEDS.length]!), join(dir, 'in', `${i}.txt`));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['bin/prikaz.js', 'convert', join(dir, 'in'), '-o', out, '--jobs', '2', '-q'], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.yaml'))) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 5);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect([0, 130]).toContain(code); // 130: stopped by Ctrl-C (0 if it had finished)
    const written = readdirSync(out);
    expect(written.every((f) => f.endsWith('.roadmap.yaml'))).toBe(true); // no .tmp left behind
    for (const f of written) expect(YAML.parse(readFileSync(join(out, f), 'utf8')).diagnostics).toBeDefined();
  });
});
