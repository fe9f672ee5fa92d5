import type { Cell, Row, Table } from '../../document/types.js';
import { makeCell, makeRow, makeTable } from '../../document/build.js';
import { markupToParagraphs } from './markup.js';

/**
 * Tables as legal databases' web pages give them when copied as text: one cell per
 * line, each cell closed by a "|" — at the end of its line ("1 |") or on a line of its
 * own — and, in some exports, each row closed by a line of bars ("||||", "| | |").
 *
 *   N п/п            1 |
 *   |                Проведение … |
 *   Мероприятие      до 01.12.2020 |
 *   |                |            ← an empty cell
 *
 * Without row lines the rows are found from the item numbers: the cells that hold an
 * outline number ("1", "2.1") recur once a row, so the commonest distance between
 * them is the table's width; a cell between rows that the width does not account for
 * is a heading across the table ("II. Организационные мероприятия").
 */

export interface TextLine {
  text: string;
  number: number;
}

interface RawCell {
  lines: TextLine[];
  text: string;
}

/** "|" alone: closes a cell. */
const BAR = /^\s*\|\s*$/;
/** "||||", "| | | |": closes a row. */
const ROW_BARS = /^\s*\|(?:\s*\|)+\s*$/;
/** "текст |": a cell closed on its own line (no other bar in it: a line of a Markdown table is not this). */
const CLOSED = /^([^|]*\S)\s*\|\s*$/;

const isBarLine = (t: string): boolean => BAR.test(t) || ROW_BARS.test(t) || CLOSED.test(t);

/** Where such a table stands: [first, end) line indexes, with at least two rows' worth of closed cells. */
export function findPipeRegions(lines: readonly TextLine[]): [number, number][] {
  const regions: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isBarLine(lines[i]!.text)) {
      i++;
      continue;
    }
    // extend while bar lines come at most three text lines apart
    let last = i;
    let bars = 1;
    let j = i + 1;
    while (j < lines.length && j - last <= 4) {
      if (isBarLine(lines[j]!.text)) {
        last = j;
        bars++;
      } else if (lines[j]!.text.includes('|') || lines[j]!.text.includes('\t')) break;
      j++;
    }
    // the first cell of the "|"-on-its-own-line layout stands on the line before the first bar
    const startsWithBar = BAR.test(lines[i]!.text) || ROW_BARS.test(lines[i]!.text);
    const first = startsWithBar && i > 0 && lines[i - 1]!.text.trim() !== '' && !isBarLine(lines[i - 1]!.text) ? i - 1 : i;
    if (bars >= 6) regions.push([first, last + 1]);
    i = last + 1;
  }
  return regions;
}

/** The cells (and row ends) of a region, in order. */
function readCells(lines: readonly TextLine[]): { cells: RawCell[]; rowEnds: Set<number> } {
  const cells: RawCell[] = [];
  const rowEnds = new Set<number>();
  let pending: TextLine[] = [];
  for (const l of lines) {
    if (ROW_BARS.test(l.text)) {
      if (pending.some((p) => p.text.trim())) cells.push(cellOf(pending));
      pending = [];
      if (cells.length) rowEnds.add(cells.length);
      continue;
    }
    const closed = CLOSED.exec(l.text);
    if (closed) {
      cells.push(cellOf([...pending, { text: closed[1]!, number: l.number }]));
      pending = [];
    } else if (BAR.test(l.text)) {
      cells.push(cellOf(pending.length ? pending : [{ text: '', number: l.number }]));
      pending = [];
    } else if (l.text.trim()) pending.push(l);
  }
  if (pending.some((p) => p.text.trim())) cells.push(cellOf(pending)); // a cell the text cut off before its bar
  return { cells, rowEnds };
}

function cellOf(lines: TextLine[]): RawCell {
  return { lines, text: lines.map((l) => l.text.trim()).filter(Boolean).join('\n') };
}

const ITEM_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/** The table's width from the distances between cells that hold item numbers, or 0 when they do not recur. */
function widthFromNumbers(cells: RawCell[]): number {
  const at = cells.flatMap((c, i) => (ITEM_NUMBER.test(c.text) ? [i] : []));
  const gaps = new Map<number, number>();
  for (let k = 1; k < at.length; k++) {
    const g = at[k]! - at[k - 1]!;
    if (g >= 2) gaps.set(g, (gaps.get(g) ?? 0) + 1);
  }
  let best = 0;
  let count = 0;
  for (const [g, n] of gaps) if (n > count || (n === count && g < best)) [best, count] = [g, n];
  return count >= 1 ? best : 0;
}

interface RawRow {
  cells: RawCell[];
  /** A heading across the table (one cell where the rows have `width`). */
  across?: boolean;
}

/** Rows of `width` cells starting at the numbered cells; the cells between that the width leaves over are rows across. */
function rowsByNumbers(cells: RawCell[], width: number): RawRow[] {
  const numbered = (i: number): boolean => ITEM_NUMBER.test(cells[i]?.text ?? '');
  const rows: RawRow[] = [];
  const first = cells.findIndex((_, i) => numbered(i) && (numbered(i + width) || i + width >= cells.length - 1));
  const start = first < 0 ? cells.findIndex((_, i) => numbered(i)) : first;
  // the header: the cells before the first row, the ones past its width being headings across
  const head = cells.slice(0, start);
  if (head.length) rows.push({ cells: head.slice(0, Math.min(width, head.length)) });
  for (const c of head.slice(width)) rows.push({ cells: [c], across: true });
  let i = start;
  while (i < cells.length) {
    let next = i + 1;
    while (next < cells.length && !numbered(next)) next++;
    const between = next - i;
    // between this number and the next: whole rows and, before the next number, headings across
    const extra = next < cells.length ? between % width : 0;
    const whole = between - extra;
    for (let k = 0; k < whole; k += width) rows.push({ cells: cells.slice(i + k, Math.min(i + k + width, i + whole)) });
    for (let k = i + whole; k < next; k++) rows.push({ cells: [cells[k]!], across: true });
    i = next;
  }
  return rows;
}

/** Rows closed by the row lines. */
function rowsByBars(cells: RawCell[], rowEnds: Set<number>): RawRow[] {
  const rows: RawRow[] = [];
  let from = 0;
  for (const end of [...rowEnds].sort((a, b) => a - b)) {
    if (end > from) rows.push({ cells: cells.slice(from, end), across: end - from === 1 });
    from = end;
  }
  if (from < cells.length) rows.push({ cells: cells.slice(from) });
  return rows;
}

/** A region of the layout as a table, or null when its rows cannot be told apart. */
export function pipeTable(lines: readonly TextLine[], file: string): Table | null {
  const { cells, rowEnds } = readCells(lines);
  let raw: RawRow[];
  if (rowEnds.size >= 2) raw = rowsByBars(cells, rowEnds);
  else {
    const width = widthFromNumbers(cells);
    if (width < 2) return null;
    raw = rowsByNumbers(cells, width);
  }
  const width = Math.max(...raw.map((r) => r.cells.length));
  if (width < 2 || raw.length < 2) return null;
  const rows: Row[] = raw.map(({ cells: r, across }) => {
    const cs: Cell[] = r.map((c, k) => {
      const line = c.lines[0]?.number ?? lines[0]!.number;
      const endLine = c.lines[c.lines.length - 1]?.number ?? line;
      const span = across ? width : 1;
      return makeCell(c.text.split('\n').flatMap((t) => markupToParagraphs(t)), { file, line, column: 1, endLine, cell: k + 1 }, span);
    });
    const first = r[0]?.lines[0]?.number ?? lines[0]!.number;
    const lastCell = r[r.length - 1]!;
    return makeRow(cs, { file, line: first, column: 1, endLine: lastCell.lines[lastCell.lines.length - 1]?.number ?? first });
  });
  return makeTable(rows, { file, line: lines[0]!.number, endLine: lines[lines.length - 1]!.number });
}
