import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../document/types.js';
import { readPdf } from './index.js';

/**
 * What pdf-parse's own table extraction (PDFParse.getTable, 2.4.5) gives on the test
 * PDFs, next to the reader's tables. It finds grids from stroked lines per page and
 * fills their cells with the text inside, one "\n" per printed line. Where it is right
 * (a fully ruled table on one page, no merged cells) the reader gives the same cell
 * texts; these tests pin down where it is not, and what the reader does instead.
 */

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));

async function theirs(name: string): Promise<string[][][][]> {
  const parser = new PDFParse({ data: bytes(name) });
  try {
    const result = await parser.getTable();
    return result.pages.map((p) => p.tables);
  } finally {
    await parser.destroy();
  }
}

async function ours(name: string): Promise<Table[]> {
  const r = await readPdf(bytes(name), name);
  return (r.value?.blocks ?? []).filter((b): b is Table => b.kind === 'table');
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('pdf-parse getTable, measured', () => {
  it('merged cells: it gives no spans, so a merged row cannot be told from a row of empty cells, and a row under a vertical merge loses a column', async () => {
    const [[table]] = (await theirs('merged.pdf')) as [[string[][]]];
    expect(table).toEqual([
      ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1. Организационные мероприятия', '', '', ''], // one cell across the row
      ['1.1.', 'Первое мероприятие', 'март', 'ОО'],
      ['Второе мероприятие', 'апрель', 'Ресурсный центр'], // "1.1." spans this row: which column is missing is lost
      ['1.2.', 'Собеседование по вопросам:\n• анализа результатов;\n• планирования работы.', 'май', 'ОО'],
      ['1.3.', 'Последнее мероприятие', 'до 01.12.2020'], // the deadline spans two columns
    ]);
    const [mine] = await ours('merged.pdf');
    expect(mine!.rows[1]!.cells.map((c) => c.colSpan)).toEqual([4]);
    expect(mine!.rows[3]!.cells.map((c) => c.text)).toEqual(['1.1.', 'Второе мероприятие', 'апрель', 'Ресурсный центр']);
    expect(mine!.rows[5]!.cells.map((c) => [c.text, c.colSpan])).toEqual([
      ['1.3.', 1],
      ['Последнее мероприятие', 1],
      ['до 01.12.2020', 2],
    ]);
  });

  it('missing borders: a table with its outer frame only, or none, is not found at all', async () => {
    expect((await theirs('unruled.pdf')).flat()).toEqual([]);
    expect((await ours('unruled.pdf')).map((t) => t.rows.length)).toEqual([4, 3]);
  });

  it('a table over several pages: one table per page, the header repeated on each, a row cut by a page break in two rows', async () => {
    const pages = await theirs('basic.pdf');
    expect(pages.map((p) => p.length)).toEqual([1, 1, 1, 1, 1]);
    const rows = pages.flatMap((p) => p[0] ?? []);
    expect(rows.filter((r) => r[0] === '№ п/п')).toHaveLength(5);
    // the rest of a cut row: a row with no number whose text goes on mid-sentence
    const rests = rows.filter((r) => r[0] === '' && /^[а-яё]/.test(r[1] ?? ''));
    expect(rests.length).toBeGreaterThanOrEqual(3);
    const [mine] = await ours('basic.pdf');
    expect(mine!.rows).toHaveLength(40);
    expect(mine!.rows.filter((r) => r.cells[0]!.text === '' && /^[а-яё]/.test(r.cells[1]?.text ?? ''))).toEqual([]);
  });

  it('where it is right (ruled rows on one page, no merges), the reader has the same cell texts', async () => {
    const pages = await theirs('basic.pdf');
    const [mine] = await ours('basic.pdf');
    const byNumber = new Map(mine!.rows.map((r) => [r.cells[0]!.text, r.cells.map((c) => flat(c.text))]));
    let compared = 0;
    for (const row of pages.flatMap((p) => p[0] ?? [])) {
      const number = row[0] ?? '';
      if (!/^\d\.\d+\.$/.test(number)) continue;
      const other = byNumber.get(number);
      // rows not cut by a page break: a cut row's first part is only part of ours
      if (!other || other[1] !== flat(row[1] ?? '')) continue;
      expect(other).toEqual(row.map(flat));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });
});
