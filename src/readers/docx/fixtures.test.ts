import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Block, ParsedDocument, Table } from '../../document/types.js';
import { buildModel } from '../../build/model.js';
import { recognizeDocument } from '../../recognize/document.js';
import { expectWordProvenance } from '../../document/test-support.js';
import { readTxt } from '../txt/index.js';
import { readDocx } from './index.js';

/**
 * The committed .docx fixtures (made from fixtures/txt by fixtures/scripts/make-docx.mjs
 * with LibreOffice; this test does not need it): each must read without errors and give
 * the same roadmap as the text of the same order.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DOCX = join(ROOT, 'fixtures', 'docx');
const TXT = join(ROOT, 'fixtures', 'txt');
const stems = readdirSync(DOCX)
  .filter((n) => n.endsWith('.docx'))
  .map((n) => n.slice(0, -5))
  .sort();

async function read(stem: string): Promise<ParsedDocument> {
  const r = await readDocx(readFileSync(join(DOCX, `${stem}.docx`)), `fixtures/docx/${stem}.docx`);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!r.value) throw new Error(`${stem}: not read`);
  return r.value;
}

const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.kind === 'table');
const documentXml = (stem: string): string => strFromU8(unzipSync(readFileSync(join(DOCX, `${stem}.docx`)))['word/document.xml'] ?? new Uint8Array());
const find = (prefix: string): string => {
  const s = stems.find((x) => x.startsWith(prefix));
  if (!s) throw new Error(`no fixture ${prefix}`);
  return s;
};

/** The model without provenance: where things are differs between the formats, what they are must not. */
function withoutPlaces(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'source' || k === 'location' || k === 'diagnostics' ? undefined : v)));
}

async function roadmapOf(doc: ParsedDocument): Promise<{ model: unknown; codes: string[] }> {
  const recognized = recognizeDocument(doc);
  const model = buildModel(doc, recognized.value, recognized.diagnostics);
  const codes = model.value.diagnostics.map((d) => d.code).filter((c) => !c.startsWith('docx/') && !c.startsWith('input/'));
  return { model: withoutPlaces(model.value), codes: codes.sort() };
}

test('there are docx fixtures', () => {
  expect(stems.length).toBeGreaterThanOrEqual(5);
});

describe.each(stems)('%s', (stem) => {
  test('gives the same roadmap as the text of the same order', async () => {
    const docx = await read(stem);
    const txt = await readTxt(readFileSync(join(TXT, `${stem}.txt`)), `fixtures/txt/${stem}.txt`);
    if (!txt.value) throw new Error(`${stem}.txt: not read`);
    const a = await roadmapOf(docx);
    const b = await roadmapOf(txt.value);
    expect(a.model).toEqual(b.model);
    expect(a.codes).toEqual(b.codes);
  });

  test('provenance points into the document', async () => {
    const doc = await read(stem);
    expectWordProvenance(doc, `fixtures/docx/${stem}.docx`);
  });
});

describe('what the fixtures vary', () => {
  test('000: the № column is auto-numbered (1., 1.1., …) and equal deadlines are merged down', async () => {
    const stem = find('000');
    expect(documentXml(stem).match(/<w:numId w:val="90\d"\/>/g)?.length).toBeGreaterThan(20);
    const plan = tables((await read(stem)).blocks)[0];
    const numbers = plan?.rows.map((r) => r.cells[0]?.text) ?? [];
    expect(numbers.slice(0, 4)).toEqual(['№ п/п', '1. Организационные мероприятия', '1.1.', '1.2.']);
    expect(numbers).toContain('2.10');
    expect(plan?.rows.some((r) => r.cells.some((c) => c.mergedFromAbove && c.text === 'в течение года'))).toBe(true);
  });

  test('001: section rows are merged across the row', async () => {
    const stem = find('001');
    expect(documentXml(stem)).toContain('<w:gridSpan w:val="5"/>');
    const plan = tables((await read(stem)).blocks).find((t) => t.rows[0]?.cells[0]?.text === '№ п/п' && t.rows.length > 50);
    expect(plan?.rows[1]?.cells.map((c) => [c.text, c.colSpan])).toEqual([
      ['1.', 1],
      ['Организационные мероприятия', 5],
    ]);
  });

  test('002 and 003: landscape pages', () => {
    for (const p of ['002', '003']) expect(documentXml(find(p))).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });

  test('004: header rows repeat on each page; the № column and the clauses are auto-numbered', async () => {
    const stem = find('004');
    const xml = documentXml(stem);
    expect(xml).toContain('<w:tblHeader');
    const doc = await read(stem);
    const ts = tables(doc.blocks);
    expect(ts.map((t) => t.rows.filter((r) => r.header).length)).toEqual([1, 1, 1]);
    expect(ts[0]?.rows.slice(1, 4).map((r) => r.cells[0]?.text)).toEqual(['1.', '2.', '3.']);
    const clause = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('1. Утвердить'));
    expect(clause).toMatchObject({ listLabel: '1.' });
  });
});
