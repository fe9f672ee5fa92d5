import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from './discover.js';
import { expandGlob, hasGlobMagic } from './glob.js';

describe('glob patterns', () => {
  it('tells a pattern from a path', () => {
    expect(hasGlobMagic('out/*.yaml')).toBe(true);
    expect(hasGlobMagic('out/**/x.{yaml,json}')).toBe(true);
    expect(hasGlobMagic('out/a.yaml')).toBe(false);
  });
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prikaz-discover-'));
  for (const f of ['b.roadmap.yaml', 'a.roadmap.json', 'c.roadmap.yml', 'notes.yaml', 'sub/d.roadmap.yaml', 'sub/deeper/e.roadmap.yaml', '.hidden/f.roadmap.yaml', 'node_modules/g.roadmap.yaml', '.h.roadmap.yaml']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'a: 1\n');
  }
});

describe('finding the files to check', () => {
  const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));

  it('walks a folder for roadmap files, skipping hidden folders and node_modules', async () => {
    const { files, problems } = await discoverInputs([dir]);
    expect(rel(files)).toEqual(['.h.roadmap.yaml', 'a.roadmap.json', 'b.roadmap.yaml', 'c.roadmap.yml', 'sub/d.roadmap.yaml', 'sub/deeper/e.roadmap.yaml']);
    expect(problems).toEqual([]);
  });

  it('takes a file by name whatever its name, and each file once', async () => {
    const { files } = await discoverInputs([join(dir, 'notes.yaml'), join(dir, 'sub'), join(dir, 'sub/d.roadmap.yaml'), `${dir}/./notes.yaml`]);
    expect(rel(files)).toEqual(['notes.yaml', 'sub/d.roadmap.yaml', 'sub/deeper/e.roadmap.yaml']);
  });

  it('expands a pattern the shell left alone', async () => {
    expect(rel(await expandGlob(`${dir}/*.yaml`))).toEqual(['b.roadmap.yaml', 'notes.yaml']);
    // like a shell's, a pattern skips hidden names but not node_modules
    expect(rel(await expandGlob(`${dir}/**/*.roadmap.yaml`))).toEqual(['b.roadmap.yaml', 'node_modules/g.roadmap.yaml', 'sub/d.roadmap.yaml', 'sub/deeper/e.roadmap.yaml']);
    expect(rel((await discoverInputs([`${dir}/sub/*/*.yaml`])).files)).toEqual(['sub/deeper/e.roadmap.yaml']);
  });

  it('reports a pattern that matches nothing, and leaves a missing file to the reader', async () => {
    const { files, problems } = await discoverInputs([`${dir}/*.pdf`, join(dir, 'missing.yaml')]);
    expect(rel(files)).toEqual(['missing.yaml']);
    expect(problems.map((p) => [p.ruleId, p.message])).toEqual([['io/no-inputs', 'the pattern matches no file']]);
  });
});
