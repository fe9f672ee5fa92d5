import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import { testdataPath } from './test-support.js';
import { memoryIO } from '../cli/test-support.js';


const base = testdataPath('base.roadmap.yaml');
const edits = testdataPath('edits.roadmap.yaml');
const repo = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));

describe('prikaz diff', () => {
  it('exit codes as diff(1): 0 the same, 1 different, 2 trouble', async () => {
    const same = memoryIO();
    expect(await run(['diff', base, testdataPath('base.roadmap.json')], same)).toBe(0);
    expect(same.out).toContain('no differences');
    expect(same.err).toBe('');

    const different = memoryIO();
    expect(await run(['diff', base, edits], different)).toBe(1);
    expect(different.out).toContain('15 changes:');

    const missing = memoryIO();
    expect(await run(['diff', base, '/nonexistent/new.roadmap.yaml'], missing)).toBe(2);
    expect(missing.err).toBe('/nonexistent/new.roadmap.yaml: error: no such file\n');
    expect(missing.out).toBe('');

    const usage = memoryIO();
    expect(await run(['diff', base], usage)).toBe(2);
    expect(await run(['diff', base, edits, '--format', 'html'], usage)).toBe(2);
    expect(usage.err).toContain("argument 'html' is invalid");
  });

  it('a file that is no roadmap is an error, named with its message', async () => {
    const io = memoryIO();
    expect(await run(['diff', repo('package.json'), base], io)).toBe(2);
    expect(io.err).toMatch(/package\.json: error: not a roadmap file: no "roadmaps" list/);
  });

  it('--format json and markdown; --quiet prints nothing', async () => {
    const json = memoryIO();
    expect(await run(['diff', base, edits, '--format', 'json'], json)).toBe(1);
    const data = JSON.parse(json.out) as { format: string; summary: { changes: number } };
    expect(data.format).toBe('prikaz-diff/1');
    expect(data.summary.changes).toBe(15);

    const md = memoryIO();
    expect(await run(['diff', base, edits, '-f', 'markdown'], md)).toBe(1);
    expect(md.out).toMatch(/^### Roadmap diff: /);

    const quiet = memoryIO();
    expect(await run(['diff', base, edits, '-q'], quiet)).toBe(1);
    expect(quiet.out + quiet.err).toBe('');
  });

  it('colors when stdout is a terminal, none in a pipe or with NO_COLOR', async () => {
    const tty = memoryIO({ stdoutIsTTY: true });
    await run(['diff', base, edits], tty);
    expect(tty.out).toMatch(/\u001b\[/);
    const piped = memoryIO({ isTTY: true, stdoutIsTTY: false }); // `prikaz diff a b > file` at a terminal
    await run(['diff', base, edits], piped);
    expect(piped.out).not.toMatch(/\u001b\[/);
    const noColor = memoryIO({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await run(['diff', base, edits], noColor);
    expect(noColor.out).not.toMatch(/\u001b\[/);
  });

  it('compares a source document with a roadmap, converting it on the fly', async () => {
    const io = memoryIO();
    expect(await run(['diff', repo('fixtures/txt/000_72fc9603205c0c49.txt'), repo('tests/golden/000_72fc9603205c0c49.roadmap.yaml')], io)).toBe(0);
    const docx = memoryIO();
    // the Word version of a seed gives the same roadmap as its text
    expect(await run(['diff', repo('fixtures/docx/002_d8146b65e7b6d256.docx'), repo('tests/golden/002_d8146b65e7b6d256.roadmap.yaml'), '-q'], docx)).toBe(0);
  });
});
