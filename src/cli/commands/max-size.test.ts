import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { run } from '../main.js';
import { memoryIO } from '../test-support.js';
import { DEFAULT_MAX_MB } from '../../validate/read.js';

/** Every verb that reads roadmap files takes --max-size, with one default, and its refusal names that option. */
const ROADMAP = 'tests/golden/101_plan-school-gia.roadmap.yaml';
const underSize = (statSync(ROADMAP).size / 1024 / 1024) * 0.5; // in MB: half the file

const verbs: [string, (limit: string[]) => string[]][] = [
  ['validate', (limit) => ['validate', ROADMAP, ...limit]],
  ['diff', (limit) => ['diff', ROADMAP, ROADMAP, ...limit]],
  ['export', (limit) => ['export', ROADMAP, '--to', 'csv', ...limit]],
];

describe('--max-size', () => {
  it('has one default for every verb, large enough for a plan of 100,000 activities', () => {
    expect(DEFAULT_MAX_MB).toBeGreaterThanOrEqual(128);
  });

  it.each(verbs)('%s refuses a roadmap over the limit, and its hint names an option the verb has', async (verb, args) => {
    const io = memoryIO();
    const code = await run(args(['--max-size', String(underSize)]), io);
    expect(code).toBe({ validate: 1, diff: 2, export: 1 }[verb]);
    expect(io.err).toMatch(/over the .* limit/);
    const hint = /--max-size (\d+)/.exec(io.err);
    expect(hint).not.toBeNull();
    const again = memoryIO();
    expect(await run(args(['--max-size', hint![1]!]), again)).toBe(0);
    expect(again.err).not.toMatch(/too-large|over the/);
  });

  it.each(verbs)('%s rejects a --max-size that is not a number', async (_verb, args) => {
    const io = memoryIO();
    expect(await run(args(['--max-size', 'lots']), io)).toBe(2);
    expect(io.err).toMatch(/--max-size takes a number of megabytes, not "lots"/);
  });
});
