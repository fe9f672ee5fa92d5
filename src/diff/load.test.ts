import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDocuments } from './changes.js';
import { loadForDiff, roadmapDocumentOf } from './load.js';
import { testdataPath } from './test-support.js';

const repo = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'prikaz-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('loadForDiff', () => {
  it('reads a roadmap as YAML or JSON, to the same document', async () => {
    const y = await loadForDiff(testdataPath('base.roadmap.yaml'));
    const j = await loadForDiff(testdataPath('base.roadmap.json'));
    expect(y.ok && j.ok).toBe(true);
    if (y.ok && j.ok) {
      expect(y.from).toBe('roadmap');
      expect(diffDocuments(y.doc, j.doc).changes).toEqual([]);
    }
  });

  it('converts an order on the fly: the seed text gives its golden roadmap', async () => {
    const source = await loadForDiff(repo('fixtures/txt/000_72fc9603205c0c49.txt'));
    const golden = await loadForDiff(repo('tests/golden/000_72fc9603205c0c49.roadmap.yaml'));
    expect(source.ok && golden.ok).toBe(true);
    if (source.ok && golden.ok) {
      expect(source.from).toBe('source');
      expect(diffDocuments(golden.doc, source.doc).changes).toEqual([]);
    }
  });

  it('a missing file is an io error', async () => {
    const r = await loadForDiff(join(tmp, 'nope.roadmap.yaml'));
    expect(r).toEqual({ ok: false, message: 'no such file', io: true });
    const s = await loadForDiff(join(tmp, 'nope.docx'));
    expect(s).toMatchObject({ ok: false, io: true });
  });

  it('bad YAML, an empty file and a file that is no roadmap are errors about the content', async () => {
    expect(await loadForDiff(write('bad.yaml', 'roadmaps: [\n  - a\n'))).toMatchObject({ ok: false, io: false, message: expect.stringMatching(/^not valid YAML.*\(line \d+\)$/) });
    expect(await loadForDiff(write('empty.yaml', '# nothing\n'))).toMatchObject({ ok: false, io: false, message: expect.stringContaining('empty') });
    expect(await loadForDiff(write('list.yaml', '- a\n- b\n'))).toMatchObject({ ok: false, io: false, message: expect.stringContaining('no "roadmaps" list') });
    expect(await loadForDiff(write('bad.json', '{"roadmaps": ['))).toMatchObject({ ok: false, io: false, message: expect.stringContaining('not valid JSON') });
  });
});

describe('roadmapDocumentOf', () => {
  it('fills in what a hand-written file leaves out, and reads numbers as text', () => {
    const r = roadmapDocumentOf({ roadmaps: [{ sections: [{ number: 1, title: 'Раздел', items: [{ number: 1.1, text: 'Совещание', deadline: 'март' }] }] }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.order).toBeNull();
    const item = r.doc.roadmaps[0]!.sections[0]!.items[0]!;
    expect(item).toMatchObject({ number: '1.1', text: 'Совещание', deadline: { raw: 'март', start: null, end: null }, responsible: { raw: '', parties: [] }, result: null });
    expect(r.doc.roadmaps[0]!.sections[0]!.number).toBe('1');
  });

  it('names the place of a value of the wrong shape', () => {
    expect(roadmapDocumentOf({ roadmaps: [{ sections: [{ title: 'x', items: 'none' }] }] })).toEqual({
      ok: false,
      message: 'not a roadmap this tool can read: /roadmaps/0/sections/0/items: expected a list, found string "none"',
    });
    expect(roadmapDocumentOf({ roadmaps: [{ items: [{ text: ['a'] }] }] })).toMatchObject({ ok: false, message: expect.stringContaining('/roadmaps/0/items/0/text: expected text, found a list') });
    expect(roadmapDocumentOf({ roadmaps: 3 })).toMatchObject({ ok: false, message: expect.stringContaining('/roadmaps: expected a list') });
  });
});
