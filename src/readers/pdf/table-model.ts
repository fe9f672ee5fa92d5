import type { Line } from './lines.js';

/**
 * A table while the reader still works on it: cells keep their lines (not yet
 * paragraphs), so that a row cut by a page break can be joined line by line and its
 * paragraphs found across the cut.
 */
export interface PdfCell {
  col: number;
  colSpan: number;
  rowSpan: number;
  /** Left and right of the room the cell's text is set in. */
  left: number;
  right: number;
  lines: Line[];
  /** Copy of a cell merged down from the row above (text repeated, as the Word reader does). */
  mergedFromAbove?: boolean;
}

export interface PdfRow {
  cells: PdfCell[];
  page: number;
  top: number;
  bottom: number;
  header?: boolean;
  /** The first row of a table's part on a new page, not found to be the rest of a cut row: the recognizer may still join it. */
  afterBreak?: boolean;
  /** The row was found cut by a page break and joined: the pages it spans. */
  endPage?: number;
}

export interface PdfTable {
  kind: 'table';
  /** Column edges (for telling whether a table on the next page goes on with this one). */
  xs: number[];
  rows: PdfRow[];
  page: number;
  top: number;
  bottom: number;
  /** Found by alignment, not by drawn lines. */
  unruled?: boolean;
}

/** The row's text, cell by cell; only the cells that start in the first `columns` columns when given. */
export function rowText(row: PdfRow, columns = Infinity): string {
  return row.cells
    .filter((c) => c.col < columns)
    .map((c) => c.lines.map((l) => l.text).join(' '))
    .join('\t');
}
