import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** README quotes every verb's --help from the tool (scripts/readme-help.mjs keeps them in step). */
const script = (args: string[]) => spawnSync(process.execPath, ['scripts/readme-help.mjs', ...args], { encoding: 'utf8' });
const README = readFileSync('README.md', 'utf8');

describe("README's --help blocks", () => {
  it('match what the tool prints, for every verb it lists', () => {
    const r = script(['--check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const verb of ['prikaz', 'convert', 'validate', 'export', 'diff', 'explain', 'schema']) expect(README).toContain(`<!-- help:${verb} -->`);
  });

  it('a block edited by hand is found, and rewritten back; a second run changes nothing', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'prikaz-readme-')), 'README.md');
    writeFileSync(copy, README.replace(/(<!-- help:diff -->[\s\S]*?)--max-size <MB>/, '$1--max-size <GB>'));
    const check = script(['--check', '--readme', copy]);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/--help of diff differs/);
    expect(script(['--readme', copy]).status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(README);
    expect(script(['--readme', copy]).stdout).toBe('');
  });

  it("a verb without a block gets one after the others", () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'prikaz-readme-')), 'README.md');
    writeFileSync(copy, README.replace(/\n\n<!-- help:schema -->[\s\S]*?<!-- \/help:schema -->/, ''));
    expect(script(['--readme', copy]).stdout).toMatch(/rewrote the help of schema/);
    const text = readFileSync(copy, 'utf8');
    expect(text).toMatch(/<!-- \/help:diff -->\n\n<!-- help:schema -->\n```text\n\$ prikaz schema --help\nUsage: prikaz schema/);
  });
});
