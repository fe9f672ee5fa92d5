import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'prikaz-inputs-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f);
  }
  return dir;
}

describe('inputs and where their outputs go', () => {
  it("mirrors each input's path below the inputs' common folder", async () => {
    const d = tree(['a/x.txt', 'b/x.txt', 'b/c/y.docx']);
    const r = await expandInputs([join(d, 'a/x.txt'), join(d, 'b')]);
    expect(r.files.map((f) => f.outputStem)).toEqual(['a/x', 'b/c/y', 'b/x']);
    expect(r.problems).toEqual([]);
  });

  it('a single folder is mirrored below itself, and --shard keys are the paths below each input folder', async () => {
    const d = tree(['2024/x.txt', '2025/y.pdf']);
    const r = await expandInputs([d]);
    expect(r.files.map((f) => [f.outputStem, f.shardKey])).toEqual([
      ['2024/x', '2024/x'],
      ['2025/y', '2025/y'],
    ]);
  });

  it('names that still collide get a suffix from their own path, with a warning', async () => {
    const d = tree(['x.txt', 'x.text', 'x.txt.text']);
    const r = await expandInputs([d]);
    const stems = r.files.map((f) => f.outputStem);
    expect(stems.slice(0, 2)).toEqual(['x.text', 'x.txt']);
    expect(stems[2]).toMatch(/^x\.txt~[0-9a-f]{8}$/);
    expect(r.problems.map((p) => [p.code, p.location?.file])).toEqual([['io/output-collision', join(d, 'x.txt.text')]]);
    expect((await expandInputs([d])).files.map((f) => f.outputStem)).toEqual(stems); // the same every run
  });

  it('the same file named twice, or reached through a link, is one input', async () => {
    const d = tree(['x.txt']);
    symlinkSync(join(d, 'x.txt'), join(d, 'link.txt'));
    const r = await expandInputs([join(d, 'x.txt'), d, `${d}/./x.txt`]);
    expect(r.files.map((f) => f.path)).toEqual([join(d, 'x.txt')]);
    expect(r.ids.size).toBe(1);
  });

  it("never climbs: a pattern with '..' after a wildcard stays below the common folder", async () => {
    const d = tree(['jobs/in1/keep.txt', 'victim/v.txt']);
    const r = await expandInputs([`${d}/jobs/i*/../../victim/*.txt`]);
    expect(r.files.map((f) => f.outputStem)).toEqual(['victim/v']);
    for (const f of r.files) expect(f.outputStem.startsWith('..')).toBe(false);
  });
});
