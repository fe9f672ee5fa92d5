import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BAD_INPUTS, BAD_YAML } from './generate.js';

/**
 * Every hostile input goes through the real command in its own process, with a bounded
 * heap and a time limit: the expected outcome, never a stack trace, never a hang, never a
 * partial output file, never a change to the input.
 */
const LIMITS = { heapMiB: 512, seconds: 60 };
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prikaz-bad-'));
});

function prikaz(args: string[]) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${LIMITS.heapMiB}`, 'bin/prikaz.js', ...args], {
    encoding: 'utf8',
    timeout: LIMITS.seconds * 1000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stderr: r.stderr, stdout: r.stdout };
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('hostile and broken inputs to convert', () => {
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = c.make(join(dir, 'in'));
    const before = sha(input);
    const out = mkdtempSync(join(dir, 'out-'));
    const r = prikaz(['convert', input, '-o', out, '--jobs', '1', ...(c.args ?? [])]);
    expect(r.signal, 'ended by the time limit').toBeNull();
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(r.stderr).not.toMatch(/internal error/);
    expect(sha(input)).toBe(before);
    const written = readdirSync(out);
    if (c.expect.kind === 'refused') {
      expect(r.code).toBe(c.expect.exit);
      expect(r.stderr).toContain(c.expect.code);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(written).toEqual([]);
    } else {
      expect(r.code, r.stderr).toBe(0);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/\.roadmap\.yaml$/);
      for (const code of c.expect.warnings ?? []) expect(r.stderr).toContain(code);
    }
  });

  it('converts the rest of a batch around every bad file', () => {
    const out = mkdtempSync(join(dir, 'out-'));
    // (without OCR: whether a scan converts would depend on tesseract being installed)
    const r = prikaz(['convert', join(dir, 'in'), '-o', out, '--jobs', '2', '--ocr', 'never', '--report', join(dir, 'report.json')]);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const converted = BAD_INPUTS.filter((c) => c.expect.kind === 'converted').length;
    expect(report.converted).toBe(converted);
    expect(report.failed).toBe(BAD_INPUTS.length - converted);
  });

  it('reports an output folder that cannot be written, writes nothing, exits 2', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const r = prikaz(['convert', 'fixtures/txt/002_d8146b65e7b6d256.txt', '-o', join(blocker, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/io\/write/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(blocker, 'out'))).toBe(false);
  });
});

describe('hostile YAML to validate', () => {
  it.each(BAD_YAML.map((c) => [c.name, c] as const))('%s is one clear finding, and the next file is still checked', (_name, c) => {
    const file = join(dir, `${c.code.replace('/', '-')}.roadmap.yaml`);
    writeFileSync(file, c.text());
    const good = join(dir, 'good.roadmap.yaml');
    writeFileSync(good, prikaz(['convert', 'fixtures/txt/002_d8146b65e7b6d256.txt']).stdout);
    const r = prikaz(['validate', file, good, '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; ruleId: string }[];
    expect(findings.filter((f) => f.file === file).map((f) => f.ruleId)).toEqual([c.code]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
