import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Block, ParsedDocument, Table } from '../../document/types.js';
import { buildModel } from '../../build/model.js';
import { recognizeDocument } from '../../recognize/document.js';
import { expectWordProvenance } from '../../document/test-support.js';
import { readDocx } from '../docx/index.js';
import { readDoc } from './index.js';

/**
 * The committed .doc fixtures (made from fixtures/docx by fixtures/scripts/make-doc.mjs
 * with LibreOffice; this test does not need it): each must read without errors and give
 * the same roadmap as the .docx it was saved from.
 *
 * KNOWN lists the differences that LibreOffice's conversion makes, not the reader: the
 * test checks that each is still there (so that the list stays true) and that the roadmaps
 * agree everywhere else.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DOC = join(ROOT, 'fixtures', 'doc');
const DOCX = join(ROOT, 'fixtures', 'docx');
const stems = readdirSync(DOC)
  .filter((n) => n.endsWith('.doc'))
  .map((n) => n.slice(0, -4))
  .sort();

async function read(stem: string): Promise<ParsedDocument> {
  const r = await readDoc(readFileSync(join(DOC, `${stem}.doc`)), `fixtures/doc/${stem}.doc`);
  expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  if (!r.value) throw new Error(`${stem}: not read`);
  return r.value;
}

const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.kind === 'table');

function withoutPlaces(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'source' || k === 'location' || k === 'diagnostics' ? undefined : v)));
}

function roadmapOf(doc: ParsedDocument): { model: unknown; codes: string[] } {
  const recognized = recognizeDocument(doc);
  const model = buildModel(doc, recognized.value, recognized.diagnostics);
  const codes = model.value.diagnostics.map((d) => d.code).filter((c) => !/^(docx?|input)\//.test(c));
  return { model: withoutPlaces(model.value), codes: codes.sort() };
}

/**
 * LibreOffice drops a page break before a paragraph inside a table cell when it saves a
 * .doc (Writer has no such break inside a table), and the .docx fixtures mark rows cut by
 * a page break that way: so rows after a page break are compared as if unbroken, on both sides.
 */
function withoutRowBreaks(doc: ParsedDocument): ParsedDocument {
  return { ...doc, blocks: doc.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: b.rows.map(({ afterBreak: _, ...r }) => r) } : b)) };
}

/**
 * Fixtures whose .doc differs from the .docx because of the conversion, and why: for
 * these the roadmaps must agree and the other tables must differ (so the note stays true).
 */
const KNOWN: Record<string, string> = {
  // The .docx has two tables of exam results one right after the other; the .doc has them
  // with no paragraph between, which Word (and this reader) shows as one table.
  '001_9a5414332806af39': 'adjacent tables become one',
};

test('there are doc fixtures, one per docx fixture', () => {
  const docx = readdirSync(DOCX).filter((n) => n.endsWith('.docx')).map((n) => n.slice(0, -5)).sort();
  expect(stems).toEqual(docx);
});

describe.each(stems)('%s', (stem) => {
  test('gives the same roadmap as the .docx it was saved from', async () => {
    const doc = await read(stem);
    const docx = await readDocx(readFileSync(join(DOCX, `${stem}.docx`)), `fixtures/docx/${stem}.docx`);
    if (!docx.value) throw new Error(`${stem}.docx: not read`);
    const a = roadmapOf(withoutRowBreaks(doc));
    const b = roadmapOf(withoutRowBreaks(docx.value));
    const ma: Record<string, unknown> = { ...(a.model as Record<string, unknown>), source: undefined };
    const mb: Record<string, unknown> = { ...(b.model as Record<string, unknown>), source: undefined };
    if (stem in KNOWN) {
      expect(ma.tables).not.toEqual(mb.tables);
      expect({ ...ma, tables: undefined }).toEqual({ ...mb, tables: undefined });
    } else {
      expect(ma).toEqual(mb);
      expect(a.codes).toEqual(b.codes);
    }
  });

  test('provenance points into the document', async () => {
    const doc = await read(stem);
    expect(doc.format).toBe('doc');
    expectWordProvenance(doc, `fixtures/doc/${stem}.doc`);
  });
});

describe('what the fixtures carry over', () => {
  test('000: the auto-numbered № column (1., 1.1., …) and deadlines merged down', async () => {
    const plan = tables((await read(stems.find((s) => s.startsWith('000'))!)).blocks)[0];
    const numbers = plan?.rows.map((r) => r.cells[0]?.text) ?? [];
    expect(numbers.slice(0, 4)).toEqual(['№ п/п', '1. Организационные мероприятия', '1.1.', '1.2.']);
    expect(numbers).toContain('2.10');
    expect(plan?.rows.some((r) => r.cells.some((c) => c.mergedFromAbove && c.text === 'в течение года'))).toBe(true);
  });

  test('001: section rows merged across the row', async () => {
    const plan = tables((await read(stems.find((s) => s.startsWith('001'))!)).blocks).find((t) => t.rows[0]?.cells[0]?.text === '№ п/п' && t.rows.length > 50);
    expect(plan?.rows[1]?.cells.map((c) => [c.text, c.colSpan])).toEqual([
      ['1.', 1],
      ['Организационные мероприятия', 5],
    ]);
  });

  test('004: header rows and the auto-numbered clauses', async () => {
    const doc = await read(stems.find((s) => s.startsWith('004'))!);
    const ts = tables(doc.blocks);
    expect(ts.map((t) => t.rows.filter((r) => r.header).length)).toEqual([1, 1, 1]);
    expect(ts[0]?.rows.slice(1, 4).map((r) => r.cells[0]?.text)).toEqual(['1.', '2.', '3.']);
    expect(doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('1. Утвердить'))).toMatchObject({ listLabel: '1.' });
  });
});
