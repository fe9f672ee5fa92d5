import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/main.js';
import { memoryIO } from '../src/cli/test-support.js';

/** Issue 20, the terminal: the progress bar and diagnostics share stderr; colors; the summary in words. */

/** A terminal's stderr: everything written, bar and diagnostics, in one stream. */
class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns = 120;
  raw = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.raw += chunk.toString();
    done();
  }
  say = (text: string): void => void (this.raw += text);
}

/**
 * What the screen shows once the raw output has been drawn: carriage return, line feed,
 * cursor to a column, clear the line or its rest, save and restore the cursor; other
 * sequences (colors, cursor shown or hidden) draw nothing.
 */
function screen(raw: string): string[] {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  let saved = { row: 0, col: 0 };
  const line = (): string[] => (rows[row] ??= []);
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\x1b') {
      const m = /^\x1b(?:\[(\??)(\d*)([A-Za-z])|([78]))/.exec(raw.slice(i));
      if (!m) continue;
      i += m[0].length - 1;
      if (m[4] === '7') saved = { row, col };
      else if (m[4] === '8') ({ row, col } = saved);
      else if (m[1] === '' && m[3] === 'G') col = Math.max(0, Number(m[2] || 1) - 1);
      else if (m[1] === '' && m[3] === 'K') {
        const n = Number(m[2] || 0);
        if (n === 2) rows[row] = [];
        else if (n === 0) line().length = Math.min(line().length, col);
        else for (let k = 0; k <= col; k++) line()[k] = ' ';
      }
      continue;
    }
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row++;
      col = 0;
      line();
    } else line()[col++] = ch;
  }
  return rows.map((r) => Array.from(r, (c) => c ?? ' ').join('').trimEnd()).filter((r) => r !== '');
}

/** Three orders, one with warnings, and one empty file (a failure). */
function batch(): string {
  const d = mkdtempSync(join(tmpdir(), 'prikaz-tty-'));
  mkdirSync(join(d, 'in'));
  for (const f of ['000_72fc9603205c0c49', '002_d8146b65e7b6d256', '004_5cf6f8dfe62893e0']) copyFileSync(`fixtures/txt/${f}.txt`, join(d, 'in', `${f}.txt`));
  writeFileSync(join(d, 'in', 'empty.txt'), '');
  return d;
}

describe('the progress bar and diagnostics on one terminal', () => {
  it('diagnostics are printed above the bar, each on a line of its own, and the bar is gone at the end', async () => {
    const d = batch();
    const term = new FakeTerminal();
    const io = memoryIO({ isTTY: true, progressStream: term, stderr: term.say });
    expect(await run(['convert', join(d, 'in'), '--out-dir', join(d, 'out'), '--jobs', '1'], io)).toBe(1);
    expect(term.raw).toMatch(/converting \[/); // the bar was drawn on this terminal
    const shown = screen(term.raw);
    const diagnostics = shown.filter((l) => / (warning|error) /.test(l));
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const l of diagnostics) expect(l).toMatch(new RegExp(`^${join(d, 'in')}/\\S+: (warning|error) `));
    expect(shown.some((l) => l.includes('converting ['))).toBe(false);
    expect(shown).toContain('3 converted (2 with warnings), 1 failed'); // 000 uses 6.6 twice, 004 has undefined abbreviations
  });

  it.each([
    ['TERM=dumb', { isTTY: true, env: { TERM: 'dumb' } }],
    ['stderr not a terminal', { isTTY: false, env: {} }],
  ])('draws no bar with %s', async (_name, over) => {
    const d = batch();
    const term = new FakeTerminal();
    const io = memoryIO({ ...over, progressStream: term, stderr: term.say });
    await run(['convert', join(d, 'in'), '--out-dir', join(d, 'out'), '--jobs', '1'], io);
    expect(term.raw).not.toMatch(/converting \[/);
    expect(term.raw).not.toMatch(/\x1b\[/);
  });
});

describe('colors', () => {
  const seed = 'fixtures/txt/004_5cf6f8dfe62893e0.txt';
  const colored = /\x1b\[\d+m/;
  it.each([
    ['FORCE_COLOR=1 into a pipe', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, [], false],
    ['NO_COLOR over FORCE_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, [], false],
    ['--no-color over FORCE_COLOR', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['--no-color before the verb', { FORCE_COLOR: '1' }, ['--no-color'], false],
  ])('%s', async (name, env, flags, expected) => {
    const io = memoryIO({ env, isTTY: name.includes('terminal') });
    const args = name.includes('before') ? [...flags, 'convert', seed] : ['convert', seed, ...flags];
    expect(await run(args, io)).toBe(0);
    expect(io.err).toMatch(/warning/);
    expect(colored.test(io.err)).toBe(expected);
  });
});

describe('the summary', () => {
  it('says what happened in words, and names the report only when there is one', async () => {
    const d = batch();
    const args = ['convert', join(d, 'in'), '--out-dir', join(d, 'out'), '--jobs', '1', '--skip-existing'];
    await run(args, memoryIO());
    const again = memoryIO();
    await run([...args, '--report', join(d, 'report.json')], again);
    expect(again.err).toContain(`0 converted, 3 skipped (unchanged), 1 failed — see ${join(d, 'report.json')}\n`);
    const plain = memoryIO();
    await run(args, plain);
    expect(plain.err).toContain('0 converted, 3 skipped (unchanged), 1 failed\n');
  });
});
