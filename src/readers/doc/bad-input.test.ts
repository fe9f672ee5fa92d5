import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDocument } from '../index.js';
import { readDoc } from './index.js';
import { HOSTILE_DOCS, SAMPLE_DOC } from './test-support.js';

describe('the sample Word 97 file', () => {
  test('is read natively, named .doc or .docx', async () => {
    for (const name of ['sample.doc', 'sample.docx']) {
      const r = await readDocument(readFileSync(SAMPLE_DOC), name);
      expect(r.value?.format).toBe('doc');
      expect(r.value?.blocks.some((b) => b.kind === 'table')).toBe(true);
    }
  });
});

describe.each(HOSTILE_DOCS)('$name', ({ bytes, code }) => {
  test(`is refused with ${code}, in one line`, async () => {
    const r = await readDoc(bytes(), 'x.doc');
    expect(r.value).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code });
    expect(r.diagnostics[0]!.message).not.toMatch(/\n/);
  });
});

test('Word 6/95 is refused with the way round', async () => {
  const word6 = HOSTILE_DOCS.find((h) => h.code === 'doc/word6')!;
  const r = await readDoc(word6.bytes(), 'x.doc');
  expect(r.diagnostics[0]!.hint).toMatch(/--convert-legacy/);
});
