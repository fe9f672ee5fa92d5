import { describe, expect, it } from 'vitest';
import type { Rule, Run } from './geometry.js';
import { findGrids, type Grid } from './grid.js';
import type { PageFlow } from './layout.js';
import { makeLine } from './lines.js';
import { stitchPages } from './stitch.js';
import type { PdfCell, PdfRow, PdfTable } from './table-model.js';
import { cellText } from './text.js';

/**
 * Report tables as Word prints them: ragged (rows ending in other columns), printed right
 * under one another, and continued on the next page. Geometry built by hand.
 */

const h = (at: number, from: number, to: number): Rule => ({ dir: 'h', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ dir: 'v', at, from, to });
const shape = (g: Grid): number[][] => g.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);

describe('ruled grids: slots outside a ragged table\'s lines, tables stacked with rows of one cell between them', () => {
  it('an empty cell over the first column above a header of four: the slots beside it (no line above, none at their sides) are no part of the table', () => {
    const rules = [h(100, 50, 100), h(120, 50, 100), h(150, 50, 250), v(50, 100, 150), v(100, 100, 150), ...[150, 200, 250].map((x) => v(x, 120, 150))];
    const [grid, ...more] = findGrids(rules);
    expect(more).toEqual([]);
    expect(grid!.xs).toEqual([50, 100, 150, 200, 250]);
    // before: the slots beside the empty cell, with no line between them, were one cell over the header's last three columns
    expect(shape(grid!)).toEqual([
      [0, 0, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [1, 3, 1, 1],
    ]);
  });

  it('rows of one cell across, then rows in other columns sharing an edge by chance: two tables, the rows across with the one above', () => {
    const ys = [100, 120, 140, 160, 180, 200, 220];
    const rules = [
      ...ys.map((y) => h(y, 50, 250)),
      v(50, 100, 220),
      v(250, 100, 220),
      ...[90, 130, 175, 215].map((x) => v(x, 100, 140)),
      ...[110, 150, 175, 230].map((x) => v(x, 180, 220)),
    ];
    const grids = findGrids(rules);
    expect(grids.map((g) => [g.top, g.bottom])).toEqual([
      [100, 180],
      [180, 220],
    ]);
    expect(grids[0]!.xs).toEqual([50, 90, 130, 175, 215, 250]);
    expect(grids[1]!.xs).toEqual([50, 110, 150, 175, 230, 250]);
    expect(shape(grids[0]!).slice(-2)).toEqual([
      [2, 0, 1, 5],
      [3, 0, 1, 5],
    ]);
  });

  it('a head over some of the columns below it, with a row across between them, is one table', () => {
    const ys = [100, 120, 140, 160];
    const rules = [...ys.map((y) => h(y, 50, 250)), v(50, 100, 160), v(250, 100, 160), v(130, 100, 120), ...[90, 130, 175, 215].map((x) => v(x, 140, 160))];
    expect(findGrids(rules)).toHaveLength(1);
  });
});

const run = (text: string, x0: number, baseline: number): Run => ({ text, x0, x1: x0 + text.length * 6, top: baseline - 10, bottom: baseline + 2, baseline, size: 12, bold: false, italic: false });
const cell = (text: string, col: number, colSpan: number, xs: number[], top: number, page: number): PdfCell => ({
  col,
  colSpan,
  rowSpan: 1,
  left: xs[col]! + 2,
  right: xs[col + colSpan]! - 2,
  lines: text ? [makeLine([run(text, xs[col]! + 2, top + 14)], page)] : [],
});
/** A ruled table: each row its texts, one per cell, the last cell running to the right edge. */
function table(xs: number[], texts: string[][], top: number, page: number): PdfTable {
  const rows: PdfRow[] = texts.map((t, r) => {
    const y = top + 20 * r;
    const cells = t.map((x, c) => cell(x, c, c === t.length - 1 ? xs.length - 1 - c : 1, xs, y, page));
    return { cells, page, top: y, bottom: y + 20 };
  });
  return { kind: 'table', xs, rows, page, top, bottom: top + 20 * texts.length };
}

describe('stitching: rows of one cell across at the top of a page', () => {
  const wide = [50, 100, 150, 200, 250];
  const other = [50, 120, 180, 250];
  const head = ['Предмет', 'Всего', '%', 'Итог'];
  const next = (): PdfTable => table(other, [['Химия'], ['Биология'], ['Математика базовая', 'Всего', '%'], ['2015 год', '5', '40%']], 60, 2);

  it('go on with the table that filled the page before; the rows under them, in other columns, are the next table', () => {
    const first = table(wide, [head, ['Физика', '1', '0', '0']], 740, 1);
    const flows: PageFlow[] = [
      { page: 1, items: [first], contentBottom: 780 },
      { page: 2, items: [next()], contentBottom: 780 },
    ];
    const out = stitchPages(flows, 14) as PdfTable[];
    expect(out).toHaveLength(2);
    expect(out[0]!.rows.map((r) => r.cells.map(cellText))).toEqual([head, ['Физика', '1', '0', '0'], ['Химия'], ['Биология']]);
    expect(out[0]!.rows[2]!.cells[0]).toMatchObject({ col: 0, colSpan: 4 });
    expect(out[1]!.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['Математика базовая', 'Всего', '%'],
      ['2015 год', '5', '40%'],
    ]);
    expect(out[1]!.top).toBe(100);
  });

  it('stay with the table under them when the table before ended well above the page\'s end, or has other outer edges', () => {
    const short = table(wide, [head, ['Физика', '1', '0', '0']], 400, 1);
    const narrow = table([50, 100, 150, 200, 230], [head, ['Физика', '1', '0', '0']], 740, 1);
    for (const first of [short, narrow]) {
      const flows: PageFlow[] = [
        { page: 1, items: [first], contentBottom: first.bottom },
        { page: 2, items: [next()], contentBottom: 780 },
      ];
      const out = stitchPages(flows, 14) as PdfTable[];
      expect(out.map((t) => t.rows.length)).toEqual([2, 4]);
    }
  });
});
