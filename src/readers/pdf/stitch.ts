import type { TextChunk } from './columns.js';
import { startsParagraph } from './paragraphs.js';
import type { FlowItem, PageFlow } from './layout.js';
import { startsLowercaseOrMark, cellText } from './text.js';
import { rowText, type PdfCell, type PdfRow, type PdfTable } from './table-model.js';
import { groupLines } from './lines.js';

/** A text chunk that starts after a page ended on purpose (a page break, not a full page). */
export type StitchedChunk = TextChunk & { gapBefore?: boolean };
export type StitchedItem = StitchedChunk | PdfTable;

/**
 * Joins the pages' flows into one. A table that ends a page and a table with the same
 * columns that starts the next are one table: its header row repeated at the top of
 * the page is dropped (and the first one marked a header), and a row the page break
 * cut in two is joined column by column. Text that runs on over a page break stays one
 * stretch, so that a paragraph cut by the break is one paragraph.
 */
export function stitchPages(flows: PageFlow[], lineHeight: number): StitchedItem[] {
  const areaBottom = Math.max(0, ...flows.map((f) => f.contentBottom));
  const out: StitchedItem[] = [];
  let prevFlow: PageFlow | null = null;
  for (const flow of flows) {
    const items: FlowItem[] = [...flow.items];
    const fullPage = prevFlow !== null && prevFlow.contentBottom >= areaBottom - 2.5 * lineHeight;
    const last = out[out.length - 1];
    const first = items[0];
    if (prevFlow && last && first) {
      const cutPossible = fullPage && last.kind === 'table' && last.bottom >= areaBottom - 2.5 * lineHeight;
      const across = last.kind === 'table' && first.kind === 'table' && cutPossible ? leadingRowsAcross(last, first) : 0;
      if (last.kind === 'table' && first.kind === 'table' && sameColumns(last, first)) {
        joinTables(last, first, cutPossible);
        items.shift();
      } else if (last.kind === 'table' && first.kind === 'table' && across > 0) {
        // rows of one cell across the table go on with the table that filled the page before; the rows
        // under them, in other columns, are the next table printed right under it
        joinTables(last, takeRows(first, across, last.xs), cutPossible);
        if (first.rows.length === 0) items.shift();
      } else if (last.kind === 'table' && first.kind === 'table' && first.rows[0]) {
        // a table that goes on with other columns (a ragged one): still, a page break stood before its first row
        first.rows[0].afterBreak = true;
      } else if (last.kind === 'text' && first.kind === 'text' && !last.side && !first.side && textGoesOn(last, first, (areaBottom - prevFlow.contentBottom) / lineHeight)) {
        last.lines.push(...first.lines);
        items.shift();
      } else if (first.kind === 'text' && !fullPage) {
        items[0] = { ...first, gapBefore: true } as StitchedChunk;
      }
    }
    out.push(...(items as StitchedItem[]));
    prevFlow = flow;
  }
  for (const item of out) if (item.kind === 'table') markContinuedRows(item);
  return out;
}

/**
 * Text on the next page goes on with the text that ended the page (so a paragraph cut by
 * the break stays one) when the page was full, or when it was a line or two short (a
 * paragraph's last lines kept together) and the text stopped mid-sentence.
 */
function textGoesOn(last: TextChunk, first: TextChunk, linesLeft: number): boolean {
  if (linesLeft < 0.8) return true;
  if (linesLeft >= 2.5) return false;
  const end = last.lines[last.lines.length - 1]!.text;
  const start = first.lines[0]!.text;
  return !(/[.:;!?»)]$/.test(end) && /^[\p{Lu}\d«"(]/u.test(start));
}

/**
 * The table on the next page goes on with this one when its column edges are the same,
 * or when one's edges begin with the other's (rows that end early or run on into an
 * extra column, as ragged Word tables have). When they are only nearly the same (edges
 * a few points off, one column split or merged), `b`'s cells are laid onto `a`'s columns
 * by position: that is still one table.
 */
function sameColumns(a: PdfTable, b: PdfTable): boolean {
  const n = Math.min(a.xs.length, b.xs.length);
  if (n < 2) return false;
  // an unruled table's right edge is where its text ends: compare the column starts only
  const m = (a.unruled || b.unruled) && a.xs.length === b.xs.length ? n - 1 : n;
  let same = true;
  for (let k = 0; k < m; k++) if (Math.abs(a.xs[k]! - b.xs[k]!) > 4) same = false;
  if (same) return true;
  const map = columnMap(a, b);
  if (!map) return false;
  relayColumns(b, a.xs, map);
  return true;
}

/**
 * `b`'s columns as `a`'s, by position: the column of `a` each of `b`'s columns overlaps
 * most. Null unless the outer edges match and all edges but one pair up (within a letter
 * or two; more for tables found by alignment, whose edges are where their text stands),
 * and each column of `a` gets one of `b`'s at most but for that one.
 */
export function columnMap(a: PdfTable, b: PdfTable): number[] | null {
  const tol = a.unruled || b.unruled ? 14 : 9;
  const ax = a.xs;
  const bx = b.xs;
  if (ax.length < 3 || bx.length < 3) return null;
  if (Math.abs(ax[0]! - bx[0]!) > tol) return null;
  // (an unruled table's right edge is where its text ends)
  if (!(a.unruled || b.unruled) && Math.abs(ax[ax.length - 1]! - bx[bx.length - 1]!) > tol) return null;
  const unmatched = (xs: number[], other: number[]): number => xs.slice(1, -1).filter((x) => !other.some((y) => Math.abs(x - y) <= tol)).length;
  if (unmatched(ax, bx) + unmatched(bx, ax) > 1) return null;
  const map: number[] = [];
  for (let k = 0; k + 1 < bx.length; k++) {
    let best = -1;
    let most = 0;
    for (let j = 0; j + 1 < ax.length; j++) {
      const overlap = Math.min(bx[k + 1]!, ax[j + 1]!) - Math.max(bx[k]!, ax[j]!);
      if (overlap > most) {
        most = overlap;
        best = j;
      }
    }
    if (best < 0) return null;
    map.push(best);
  }
  return map;
}

/** Lays `b`'s rows onto the columns `xs` by `map` (from `columnMap`); cells that fall in one column are joined. */
function relayColumns(b: PdfTable, xs: number[], map: number[]): void {
  for (const row of b.rows) {
    const cells: PdfCell[] = [];
    for (const c of row.cells) {
      const col = map[c.col] ?? c.col;
      const end = map[Math.min(map.length - 1, c.col + c.colSpan - 1)] ?? col;
      const same = cells.find((x) => x.col === col);
      if (same) {
        // (pieces of one line in the two columns are one line again)
        same.lines = groupLines([...same.lines, ...c.lines].flatMap((l) => l.runs), row.page);
        same.colSpan = Math.max(same.colSpan, end - col + 1);
        continue;
      }
      cells.push({ ...c, col, colSpan: Math.max(1, end - col + 1), left: Math.min(c.left, xs[col]! + 2), right: Math.max(c.right, xs[end + 1]! - 2) });
    }
    row.cells = cells;
  }
  b.xs = xs;
}

/**
 * How many rows at the top of `b` are one cell across it, where `b` has the outer edges of
 * `a` but other columns: such rows fit any columns, and at the top of a page they go on
 * with the table that filled the page before (the rows under them, in other columns, being
 * another table printed right under it). 0 when `b` has no such rows.
 */
export function leadingRowsAcross(a: PdfTable, b: PdfTable): number {
  const C = b.xs.length - 1;
  if (a.unruled || b.unruled || a.xs.length < 3 || C < 1) return 0;
  if (Math.abs(a.xs[0]! - b.xs[0]!) > 4 || Math.abs(a.xs[a.xs.length - 1]! - b.xs[C]!) > 4) return 0;
  let k = 0;
  while (k < b.rows.length) {
    const cells = b.rows[k]!.cells;
    if (cells.length !== 1 || cells[0]!.mergedFromAbove || cells[0]!.rowSpan !== 1 || cells[0]!.col !== 0 || cells[0]!.colSpan !== C) break;
    k++;
  }
  return k;
}

/** The first `k` rows of `b`, taken out of it, as a table on the columns `xs` (their one cell across all of them). */
function takeRows(b: PdfTable, k: number, xs: number[]): PdfTable {
  const rows = b.rows.splice(0, k).map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, colSpan: xs.length - 1 })) }));
  const part: PdfTable = { kind: 'table', xs, rows, page: b.page, top: b.top, bottom: rows[rows.length - 1]!.bottom };
  if (b.rows[0]) b.top = b.rows[0].top;
  return part;
}

/** Appends `b` (the table's part on the next page) to `a`. */
function joinTables(a: PdfTable, b: PdfTable, cutPossible: boolean): void {
  const rows = [...b.rows];
  if (b.xs.length > a.xs.length) a.xs = b.xs;
  // the header repeated at the top of the page, compared on the columns the first part's row has
  // (a ragged table may run on into another column on the next page)
  const same = (x: PdfRow, header: PdfRow): boolean => {
    const cols = Math.max(0, ...header.cells.filter((c) => cellText(c) !== '').map((c) => c.col + c.colSpan));
    return ocrDigits(rowText(x, cols)) === ocrDigits(rowText(header, cols)) && rowText(header, cols).trim() !== '';
  };
  let k = 0;
  while (k < rows.length && k < a.rows.length && k < 3 && same(rows[k]!, a.rows[k]!)) k++;
  // or the header's last rows only (a "1 2 3 4" row under the header, repeated alone on each page)
  if (k === 0) {
    const at = a.rows.slice(1, 3).findIndex((h) => same(rows[0]!, h)) + 1;
    if (at > 0 && a.rows.slice(0, at).every((h) => !h.afterBreak)) {
      while (k < rows.length && at + k < a.rows.length && at + k < 3 && same(rows[k]!, a.rows[at + k]!)) k++;
      if (k > 0 && k < a.rows.length && keepUnderHeader(rows, k, a.rows.slice(at))) {
        for (let h = 0; h < at + k; h++) a.rows[h]!.header = true;
        rows.splice(0, k);
      }
      k = 0;
    }
  }
  if (k > 0 && k < a.rows.length && keepUnderHeader(rows, k, a.rows)) {
    for (let h = 0; h < k; h++) a.rows[h]!.header = true;
    rows.splice(0, k);
  }
  const last = a.rows[a.rows.length - 1];
  const next = rows[0];
  continueMerges(last, rows);
  // the table's header row again, in other columns (a ragged table): not the rest of a row, and nothing goes on from it
  const texts = (r: PdfRow): string => r.cells.map((c) => cellText(c).replace(/\s+/g, '')).filter((t) => t !== '').join('\t');
  const isHead = (r: PdfRow | undefined): boolean => r !== undefined && a.rows[0] !== undefined && r !== a.rows[0] && texts(r) === texts(a.rows[0]);
  if (cutPossible && last && next && !last.header && !isHead(next) && !isHead(last) && isCut(last, next, () => hasOwnUnnumberedRows(a.rows))) {
    for (const c of next.cells) {
      if (c.mergedFromAbove) continue;
      const into = last.cells.find((x) => x.col <= c.col && c.col < x.col + x.colSpan);
      if (!into) continue;
      if (into.rowSpan > 1 || into.mergedFromAbove) into.lines.push(...c.lines); // shared by the merge's rows
      else into.lines = [...into.lines, ...c.lines];
    }
    last.endPage = next.page;
    rows.shift();
  } else if (next) {
    // a page break stood before this row: whether it goes on with the row above is left to the recognizer, as for text
    next.afterBreak = true;
  }
  a.rows.push(...rows);
  a.bottom = b.bottom;
}

/**
 * The header repeated at the top of the page (its first `k` rows, equal to the first
 * page's header in the header's columns) is dropped; but a ragged table's rows may run
 * on into a column the header does not have, and a cell there may reach up into the
 * header's band (no line closes it above the first row): that text is the rest of a row,
 * not the header's. It is handed to the first row under the header, where it stands.
 * False (keep the rows) when there is no row under the header to take it.
 */
function keepUnderHeader(rows: PdfRow[], k: number, first: PdfRow[]): boolean {
  const under = rows[k];
  const moves: { from: PdfCell; to: PdfCell | undefined }[] = [];
  for (let h = 0; h < k; h++) {
    const header = first[h]!;
    const cols = Math.max(0, ...header.cells.filter((c) => cellText(c) !== '').map((c) => c.col + c.colSpan));
    for (const c of rows[h]!.cells) {
      if (c.mergedFromAbove || c.col < cols || cellText(c) === '') continue;
      moves.push({ from: c, to: under?.cells.find((x) => x.col === c.col) });
    }
  }
  if (moves.some((m) => m.to === undefined)) return false;
  for (const { from, to } of moves) {
    if (!to) continue;
    if (to.mergedFromAbove && to.lines === from.lines) {
      // the cell merged down from the header's band is the row's own cell
      to.mergedFromAbove = false;
      to.rowSpan = Math.max(1, from.rowSpan - (rows.indexOf(under!) - rows.findIndex((r) => r.cells.includes(from))));
    } else to.lines = [...from.lines, ...to.lines];
  }
  return true;
}

/**
 * A cell merged down over rows that the page break cut: on the new page it goes on as
 * a cell merged over the rows there, empty or with the rest of the text (starting in
 * lower case). The text is put together and every row the cell covers, on both pages,
 * gets it, marked as repeated, as the rows above have.
 */
function continueMerges(last: PdfRow | undefined, rows: PdfRow[]): void {
  const first = rows[0];
  if (!last || !first) return;
  for (const upper of last.cells) {
    if (upper.lines.length === 0) continue;
    const merged = upper.rowSpan > 1 || upper.mergedFromAbove === true;
    const below = first.cells.find((c) => c.col === upper.col && c.colSpan === upper.colSpan);
    if (!below || below.mergedFromAbove) continue;
    const rest = cellText(below);
    // text goes on only when the cell above was filled to the page's end, mid-sentence
    if (rest !== '' && !(startsLowercaseOrMark(rest) && (merged || below.rowSpan > 1) && filledToEnd(upper, last))) continue;
    // an empty cell goes on with the cell above when it is merged over rows itself, or in an
    // item row under a merged cell (not in a section row that happens to start the page)
    const others = first.cells.filter((c) => c !== below && c.lines.length > 0).length;
    if (rest === '' && below.rowSpan === 1 && !(merged && others >= 2)) continue;
    // the cells of one merge share their lines: adding to them adds to every row above
    upper.lines.push(...below.lines);
    const span = below.rowSpan;
    for (let r = 0; r < span && r < rows.length; r++) {
      const cell = rows[r]!.cells.find((c) => c.col === upper.col);
      if (!cell || (r > 0 && !cell.mergedFromAbove)) break;
      cell.lines = upper.lines;
      cell.rowSpan = 1;
      cell.mergedFromAbove = true;
    }
  }
}

/** The cell's text on the row's page reaches down to the row's bottom (the page cut it). */
function filledToEnd(cell: PdfCell, row: PdfRow): boolean {
  const onPage = cell.lines.filter((l) => l.page === row.page);
  const lastLine = onPage[onPage.length - 1];
  if (!lastLine) return false;
  return row.bottom - lastLine.bottom < 1.5 * (lastLine.bottom - lastLine.top);
}

/**
 * The first row on the new page goes on with the last row of the page before: each of
 * its filled cells goes on from the cell above (mid-sentence, or after a line that was
 * wrapped: the first word below would not have fit after it), or it has no number where
 * the row above has one.
 */
function isCut(last: PdfRow, next: PdfRow, unnumbered: () => boolean = () => false): boolean {
  const filled = next.cells.filter((c) => cellText(c) !== '' && !c.mergedFromAbove);
  if (filled.length === 0) return false;
  // the number after the row's own in the first column: the next entry ("11." / "12.", "3.1." / "3.1.1."),
  // not the rest of a number broken at the page's end ("3.2." / "1.")
  const label = (r: PdfRow): string => {
    const c = r.cells.find((x) => x.col === 0 && !x.mergedFromAbove);
    return c ? cellText(c).replace(/\s+/g, '') : '';
  };
  if (numberFollows(label(last), label(next))) return false;
  if (filled.every((c) => goesOn(last, c))) return true;
  // a section title in a cell across the table is followed by items, numbered or not
  if (last.cells.some((c) => c.colSpan > 1)) return false;
  // in a table whose entries go without a number elsewhere too, no number says nothing: only a row with
  // nothing of its own in the second column either is the rest of the row above
  const second = next.cells.find((c) => c.col === 1 && !c.mergedFromAbove);
  // (asked last: it looks at every row of the table so far, at every page it runs over)
  if (second !== undefined && cellText(second) !== '' && unnumbered()) return false;
  const lastFirst = last.cells.find((c) => c.col === 0);
  const nextFirst = next.cells.find((c) => c.col === 0);
  return lastFirst !== undefined && cellText(lastFirst) !== '' && (nextFirst === undefined || cellText(nextFirst) === '') && (nextFirst?.colSpan ?? 1) === 1;
}

/**
 * Rows below a numbered row that have no number but a text of their own in the next
 * column (a capital: "Анализ, адресные рекомендации"), not found to be the rest of a row:
 * the table has entries without numbers.
 */
function hasOwnUnnumberedRows(rows: PdfRow[]): boolean {
  const text = (r: PdfRow, col: number): string => {
    const c = r.cells.find((x) => x.col === col && !x.mergedFromAbove && x.colSpan === 1);
    return c ? cellText(c) : '';
  };
  const texts = (r: PdfRow): string => r.cells.map((c) => cellText(c).replace(/\s+/g, '')).filter((t) => t !== '').join('\t');
  const head = rows[0] ? texts(rows[0]) : '';
  let seen = 0;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    // (the header again in other columns is no entry)
    if (r.header || r.afterBreak || r.endPage !== undefined || texts(r) === head) continue;
    if (text(rows[i - 1]!, 0) !== '' && text(r, 0) === '' && /^\p{Lu}/u.test(text(r, 1))) seen++;
  }
  return seen >= 2;
}

const NUMBER_LABEL = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/** `b` is the number that comes after `a`: the next at its level ("2.3." → "2.4."), or the first under it ("2.3." → "2.3.1."). */
export function numberFollows(a: string, b: string): boolean {
  if (!NUMBER_LABEL.test(a) || !NUMBER_LABEL.test(b)) return false;
  const pa = a.replace(/\.$/, '').split('.').map(Number);
  const pb = b.replace(/\.$/, '').split('.').map(Number);
  if (pb.length === pa.length + 1) return pa.every((x, i) => pb[i] === x) && pb[pa.length] === 1;
  if (pb.length !== pa.length) return false;
  const n = pa.length - 1;
  return pa.slice(0, n).every((x, i) => pb[i] === x) && pb[n] === pa[n]! + 1;
}

function goesOn(last: PdfRow, c: PdfCell): boolean {
  if (startsLowercaseOrMark(cellText(c))) return true;
  const upper = last.cells.find((x) => x.col === c.col && x.colSpan === c.colSpan);
  const above = upper?.lines[upper.lines.length - 1];
  return upper !== undefined && above !== undefined && !startsParagraph(above, c.lines[0]!, { left: upper.left, right: upper.right }, upper.lines[0]!);
}

/**
 * A header row repeated inside the table marks a page break of the document the PDF
 * was printed from. Rows that are visibly the rest of the row above although no page
 * break stands between them any more: no number, and every filled cell goes on mid-sentence ("сти по
 * повышению…"). The document the PDF was printed from had a page break there (a
 * conversion kept the two parts as two rows); like a row after a page break they are
 * marked, and the recognizer joins them as it joins rows cut by a break in a text file.
 */
export function markContinuedRows(t: PdfTable): void {
  const texts = (r: PdfRow): string => r.cells.map((c) => cellText(c).replace(/\s+/g, '')).filter((x) => x !== '').join('\t');
  const head = t.rows[0] ? texts(t.rows[0]) : '';
  for (let i = 1; i < t.rows.length; i++) {
    const row = t.rows[i]!;
    const above = t.rows[i - 1]!;
    // the header again inside the table (perhaps in other columns): the document this was printed from broke the page there
    if (head !== '' && texts(row) === head) {
      row.afterBreak = true;
      continue;
    }
    if (row.afterBreak || row.header || above.header) continue;
    const text = (col: number): string | null => {
      const c = row.cells.find((x) => x.col === col && !x.mergedFromAbove);
      return c ? cellText(c) : null;
    };
    const filled = row.cells.filter((c) => cellText(c) !== '' && !c.mergedFromAbove);
    if (filled.length === 0) continue;
    const first = text(0) ?? '';
    const second = text(1) ?? '';
    // no number, and the text beside it goes on mid-sentence, or is empty too (only the rest of other columns: "2020г."
    // under "с ноября"); what other columns hold does not matter ("«ГЦРО» ГЦППМС" under "ДО, МОО")
    const continued = first === '' && (second === '' || startsLowercaseOrMark(second));
    if (continued) row.afterBreak = true;
  }
}

/** Letters OCR reads for digits in a cell that holds one ("з" for 3 in a "1 2 3 4" row): the digit. */
function ocrDigits(row: string): string {
  return row
    .split('\t')
    .map((cell) => (/^[зЗ]$/.test(cell.trim()) ? '3' : /^[оОoO]$/.test(cell.trim()) ? '0' : /^[lI|]$/.test(cell.trim()) ? '1' : /^б$/.test(cell.trim()) ? '6' : cell))
    .join('\t');
}
