import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../document/types.js';
import { extractPage } from './extract.js';
import { readPdf } from './index.js';
import { layoutPages } from './layout.js';
import { openPdf } from './open.js';
import { columnMap, numberFollows } from './stitch.js';
import type { PdfTable } from './table-model.js';
import { cellText } from './text.js';

/** Tables stitched over page breaks, on the small PDFs of testdata/specs.mjs. */

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'testdata');

async function tablesOf(name: string): Promise<Table[]> {
  const r = await readPdf(new Uint8Array(readFileSync(join(DIR, name))), `testdata/${name}`);
  expect(r.diagnostics).toEqual([]);
  return (r.value?.blocks ?? []).filter((b): b is Table => b.kind === 'table');
}

/** The result the spec writes for item n (see raggedPlan in testdata/specs.mjs). */
const result = (n: number): string => `результат ${n}: ${'достигнуты показатели качества подготовки обучающихся по программам '.repeat(1 + (n % 3))}итог мероприятия ${n}`.replace(/\s+/g, ' ');

describe('ragged.pdf: four header cells over five-cell rows, the header repeated on each page', () => {
  it('the end of a result cut by a page break, under the repeated header, is kept with its row', async () => {
    const [plan, ...more] = await tablesOf('ragged.pdf');
    expect(more).toEqual([]);
    expect(plan!.rows[0]!.header).toBe(true);
    expect(plan!.rows[0]!.cells.map((c) => c.text).slice(0, 4)).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственный']);
    const items = plan!.rows.slice(1);
    // the header once (the repeats dropped), then the fourteen items, each whole
    expect(items.map((r) => r.cells[0]!.text)).toEqual(Array.from({ length: 14 }, (_x, i) => `${i + 1}.`));
    expect(items.map((r) => r.cells[4]!.text)).toEqual(Array.from({ length: 14 }, (_x, i) => result(i + 1)));
    expect(items.every((r) => /^Мероприятие \d+: подготовка и проведение методических семинаров для педагогов$/.test(r.cells[1]!.text))).toBe(true);
  });

  it('the PDF does cut a result under the header: on page 2 its end opens into the header band, whose fifth slot (no line above it nor at its right) is outside the table', async () => {
    const doc = (await openPdf(new Uint8Array(readFileSync(join(DIR, 'ragged.pdf'))), 'ragged.pdf')).value!;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await extractPage(await doc.getPage(n)));
    await doc.destroy();
    const page2 = layoutPages(pages).flows[1]!.items[0]!;
    if (page2.kind !== 'table') throw new Error('page 2 starts with no table');
    expect(page2.rows[0]!.cells.map(cellText)).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственный']);
    const under = page2.rows[1]!.cells.find((c) => c.col === 4)!;
    expect(under.rowSpan).toBe(1);
    expect(result(6).endsWith(cellText(under))).toBe(true);
  });
});

describe('numberFollows: the next entry\'s number', () => {
  it('the next at its level, or the first under it', () => {
    expect(numberFollows('11.', '12.')).toBe(true);
    expect(numberFollows('3.1.5.', '3.1.6.')).toBe(true);
    expect(numberFollows('3.1.', '3.1.1.')).toBe(true);
    expect(numberFollows('3', '4')).toBe(true);
  });
  it('not the rest of a number broken at a page end, nor other numbers', () => {
    expect(numberFollows('3.2.', '1.')).toBe(false);
    expect(numberFollows('3.2.', '2.')).toBe(false);
    expect(numberFollows('11.', '11.')).toBe(false);
    expect(numberFollows('1.', '3.')).toBe(false);
    expect(numberFollows('', '1.')).toBe(false);
    expect(numberFollows('1.', 'итог')).toBe(false);
  });
});

describe('a table on the next page with edges a few points off, or a column split or merged, maps by position', () => {
  const table = (xs: number[], unruled = false): PdfTable => ({ kind: 'table', xs, rows: [], page: 1, top: 0, bottom: 10, unruled });
  it('edges 6 points off: column by column', () => {
    expect(columnMap(table([55, 83, 240, 347, 435, 787]), table([55, 83, 240, 341, 435, 787]))).toEqual([0, 1, 2, 3, 4]);
  });
  it('one column split in two on the next page: both halves go to the column they lie in', () => {
    expect(columnMap(table([50, 100, 300, 400]), table([50, 100, 200, 300, 400]))).toEqual([0, 1, 1, 2]);
  });
  it('other columns altogether, or other outer edges: not the same table', () => {
    expect(columnMap(table([50, 100, 300, 400]), table([50, 150, 250, 400]))).toBeNull();
    expect(columnMap(table([50, 100, 300, 400]), table([80, 100, 300, 400]))).toBeNull();
  });
});
