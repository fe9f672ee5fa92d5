import type { SourceLocation } from '../../core/source.js';
import { makeCell, makeRow } from '../../document/build.js';
import type { Cell, Row } from '../../document/types.js';
import type { CellContent } from './cells.js';
import type { ParagraphFacts } from './facts.js';
import type { Item, TableItem } from './items.js';

/**
 * A table's rows → the pipeline's rows. A cell merged down over several rows keeps its
 * rowSpan in its first row and is repeated (mergedFromAbove, same text) in each row it
 * covers, at its column, so every row reads whole. A row is a header row when it is
 * one of the table's leading header rows or Word repeats it on each page (w:tblHeader);
 * it follows a page break when one falls before its cells' text or after the previous
 * row's, and a page break after the last row leaves a gap after the table.
 */

interface PendingSpan {
  cell: Cell;
  remaining: number;
  colSpan: number;
}

export interface LaidRows {
  rows: Row[];
  /** A page break follows the table's last row. */
  breakAfter: boolean;
}

export function tableRows(table: TableItem, tableSource: SourceLocation, content: (items: Item[]) => CellContent): LaidRows {
  const rows: Row[] = [];
  const pending = new Map<number, PendingSpan>();
  let breakBeforeNext = false;

  table.rows.forEach((tr, r) => {
    const rowSource: SourceLocation = { ...tableSource, row: r + 1 };
    const cells: Cell[] = [];
    const firsts: (ParagraphFacts | undefined)[] = [];
    const lasts: (ParagraphFacts | undefined)[] = [];
    let col = 0;

    const take = (at: number): void => {
      const span = pending.get(at);
      if (!span) return;
      cells.push({
        ...span.cell,
        paragraphs: span.cell.paragraphs.map((p) => ({ ...p })),
        rowSpan: 1,
        mergedFromAbove: true,
        source: { ...rowSource, cell: cells.length + 1 },
      });
      span.remaining--;
      if (span.remaining <= 0) pending.delete(at);
      col = at + span.colSpan;
    };

    for (const c of tr.cells) {
      while (pending.has(col)) take(col);
      const colSpan = clampSpan(c.colSpan);
      const rowSpan = clampSpan(c.rowSpan);
      const { paragraphs, facts } = content(c.content);
      const cell = makeCell(paragraphs, { ...rowSource, cell: cells.length + 1 }, colSpan, rowSpan);
      cells.push(cell);
      firsts.push(facts[0]);
      lasts.push(facts[facts.length - 1]);
      if (rowSpan > 1) pending.set(col, { cell, remaining: rowSpan - 1, colSpan });
      col += colSpan;
    }
    // Spans from above to the right of this row's last cell.
    for (const at of [...pending.keys()].sort((a, b) => a - b)) if (at >= col) take(at);

    const header = r < table.headerRows || firsts.some((f) => f?.headerRow);
    const afterBreak = breakBeforeNext || firsts.some((f) => f?.breakBefore);
    rows.push(makeRow(cells, rowSource, { header, afterBreak }));
    breakBeforeNext = lasts.some((f) => f?.breakAfter);
  });

  return { rows, breakAfter: breakBeforeNext };
}

function clampSpan(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), 1000) : 1;
}
