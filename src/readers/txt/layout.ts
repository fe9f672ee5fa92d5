import type { Block, Cell, CellParagraph, Row, Table } from '../../document/types.js';
import { makeCell, makeParagraph, makeRow, makeTable } from '../../document/build.js';
import { collapse, markupToParagraphs } from './markup.js';
import { isPageNumber } from '../page-number.js';
import { findPipeRegions, pipeTable, type TextLine } from './pipes.js';
import { boxTable, findBoxRegions } from './box.js';

/**
 * The shape of a text extraction, line by line. Two table layouts occur:
 *  - a row per line, cells separated by tabs ("1.1.\tАнализ…\tдо 01.12.2020\tОО"),
 *    where an empty line inside a table is a page break;
 *  - a cell per line, each cell line starting with one tab, rows separated by empty
 *    lines, and lines without a tab continuing the cell above.
 * Everything else is a paragraph, one per line.
 */
type LineKind = 'blank' | 'row' | 'cell' | 'text';

interface Line {
  text: string;
  number: number;
  kind: LineKind;
}

function classify(text: string, number: number): Line {
  // a page number the extraction kept on its own line ("- 2 -", "Страница 3 из 5") marks a page break, as an empty line does
  if ((text.trim() === '' && !text.includes('\t')) || (!text.includes('\t') && isPageNumber(text, { marked: true }))) return { text, number, kind: 'blank' };
  const tabs = text.split('\t').length - 1;
  if (tabs === 0) return { text, number, kind: 'text' };
  if (tabs === 1 && text.startsWith('\t')) return { text, number, kind: 'cell' };
  return { text, number, kind: 'row' };
}

/** Splits on blank lines, keeping the lines' numbers. */
function chunks(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.kind === 'blank') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * A tab line with no table line before or after it (blank lines aside) is a line of text
 * laid out with tabs: "от 12.02.2024\t\t\t№ 315-п", "Глава округа\t\t\tИ.И. Петров".
 * Word users align a header's date and number, or a signature, that way. It stays a row
 * when it has as many cells as the table before it: a table's last row alone after a
 * section heading written as a paragraph, or after a page break.
 */
function demoteLoneTabLines(lines: Line[]): void {
  const tabular = (l: Line | undefined): boolean => l !== undefined && (l.kind === 'row' || l.kind === 'cell');
  const cells = (l: Line): number => l.text.split('\t').length;
  const filled = lines.filter((l) => l.kind !== 'blank');
  let tableWidth = 0;
  const afterBlank = new Set<Line>(lines.filter((_, k) => k > 0 && lines[k - 1]!.kind === 'blank'));
  filled.forEach((l, i) => {
    if (l.kind !== 'row') return;
    const lone = !tabular(filled[i - 1]) && !tabular(filled[i + 1]) && !headsRowsAfterHeading(filled, i);
    // a line alone after a table's last row and an empty line, not as wide as the table: the signature under it
    const trailing = afterBlank.has(l) && !tabular(filled[i + 1]) && tableWidth > 0 && cells(l) !== tableWidth && !headsRowsAfterHeading(filled, i);
    if (!lone && !trailing) tableWidth = cells(l);
    else if (cells(l) !== tableWidth) l.kind = 'text';
  });
}

/**
 * A tab line, then a line without tabs (a day or section heading: "I. Организационные
 * мероприятия", "14 мая 2021 г."), then a row as wide as the first: the first line is the
 * table's header, not a line of text — the heading is a row across the table.
 */
function headsRowsAfterHeading(filled: Line[], i: number): boolean {
  const next = filled[i + 1];
  const after = filled[i + 2];
  return next?.kind === 'text' && isHeadingLine(next) && after?.kind === 'row' && cellCount(after) === cellCount(filled[i]!);
}

/** A line that can be a heading row inside a tab table: short, and neither empty nor a page number. */
function isHeadingLine(l: Line): boolean {
  const t = l.text.trim();
  return t.length > 0 && t.length <= 200;
}

function cellCount(l: Line): number {
  return l.text.split('\t').length;
}

export function layoutBlocks(text: string, file: string): Block[] {
  const raw: TextLine[] = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, number: i + 1 }));
  // tables drawn with bars, or laid out a cell per line closed by "|", are read apart from the rest
  const drawn: { from: number; to: number; table: Table }[] = [];
  for (const [a, b] of [...findBoxRegions(raw), ...findPipeRegions(raw)]) {
    if (drawn.some((d) => d.from < b && a < d.to)) continue;
    const table = findBoxRegions(raw.slice(a, b)).length ? boxTable(raw.slice(a, b), file) : pipeTable(raw.slice(a, b), file);
    if (table) drawn.push({ from: a, to: b, table });
  }
  drawn.sort((x, y) => x.from - y.from);
  const blocks: Block[] = [];
  let from = 0;
  for (const d of drawn) {
    blocks.push(...layoutPlain(raw.slice(from, d.from), file, from > 0));
    blocks.push(d.table);
    from = d.to;
  }
  blocks.push(...layoutPlain(raw.slice(from), file, from > 0));
  return blocks;
}

function layoutPlain(raw: TextLine[], file: string, gapAtStart: boolean): Block[] {
  const lines = raw.map((l) => classify(l.text, l.number));
  demoteLoneTabLines(lines);
  const blocks: Block[] = [];
  let rows: Row[] = [];
  let tableStart = 0;
  let bold = false;
  let gap = gapAtStart;

  const closeTable = (): void => {
    for (const part of splitByWidth(rows)) {
      const first = part[0]!.source.line ?? tableStart;
      const last = part[part.length - 1]!.source;
      blocks.push(makeTable(part, { file, line: first, endLine: last.endLine ?? last.line ?? first }));
    }
    rows = [];
  };
  const addParagraph = (l: Line): void => {
    closeTable();
    const md = markdownBold(l.text, bold);
    bold = md.openAfter;
    const paras = markupToParagraphs(md.text);
    const text = paras.map((p) => p.text).join('\n');
    if (text === '') return;
    const allItalic = paras.every((p) => p.italic);
    blocks.push(
      makeParagraph(text, { file, line: l.number, column: 1 }, {
        bold: md.bold || paras.every((p) => p.bold),
        italic: allItalic,
        centered: /<p[^>]*align="?center/i.test(l.text),
        gapBefore: gap,
      }),
    );
    gap = false;
  };
  let width = 0;
  const addRow = (row: Row): void => {
    if (rows.length === 0) {
      tableStart = row.source.line ?? 0;
      width = 0;
    }
    const prev = rows[rows.length - 1];
    if (prev && isCutCellRow(prev, row, width)) {
      // a cell-per-line row cut by a page break: its remaining cells come after the break
      prev.cells.push(...row.cells.map((c, i) => ({ ...c, source: { ...c.source, cell: prev.cells.length + i + 1 } })));
      prev.source.endLine = row.source.endLine ?? row.source.line;
      return;
    }
    width = Math.max(width, row.cells.length);
    rows.push(row);
  };

  for (const chunk of chunks(lines)) {
    const hasRow = chunk.some((l) => l.kind === 'row');
    const hasCell = chunk.some((l) => l.kind === 'cell');
    if (!hasRow && !hasCell) {
      for (const l of chunk) addParagraph(l);
      gap = true;
      continue;
    }
    if (hasRow) {
      // a row per line; a chunk that is not the table's first follows a page break
      chunk.forEach((l, i) => {
        if (l.kind === 'text') {
          // a heading line between rows of the table's width: a row across the table (a merged cell the extraction wrote without tabs)
          const next = chunk[i + 1];
          if (rows.length > 0 && isHeadingLine(l) && next?.kind === 'row' && cellCount(next) === width) return addRow(spanningRow(l, file, width));
          return addParagraph(l);
        }
        if (isRuleRow(l.text)) return; // a Markdown table rule ("--\t---\t--") draws, it holds nothing
        const continuing = rows.length > 0;
        addRow(tabRow(l, file, continuing && i === 0));
      });
    } else {
      // a cell per line: leading text lines are paragraphs (a table's title), then one row
      let i = 0;
      while (i < chunk.length && chunk[i]!.kind === 'text') addParagraph(chunk[i++]!);
      const cellLines: Line[][] = [];
      for (; i < chunk.length; i++) {
        const l = chunk[i]!;
        if (l.kind === 'cell') cellLines.push([l]);
        else cellLines[cellLines.length - 1]!.push(l);
      }
      addRow(cellPerLineRow(cellLines, file));
    }
    gap = true;
  }
  closeTable();
  return blocks;
}

function tabRow(l: Line, file: string, afterBreak: boolean): Row {
  const cells: Cell[] = [];
  let column = 1;
  l.text.split('\t').forEach((raw, i) => {
    cells.push(makeCell(markupToParagraphs(raw), { file, line: l.number, column, cell: i + 1 }));
    column += raw.length + 1;
  });
  return makeRow(cells, { file, line: l.number, column: 1 }, { afterBreak });
}

function spanningRow(l: Line, file: string, width: number): Row {
  const cell = makeCell(markupToParagraphs(l.text), { file, line: l.number, column: 1, cell: 1 }, width);
  return makeRow([cell], { file, line: l.number, column: 1 });
}

function cellPerLineRow(cellLines: Line[][], file: string): Row {
  const cells = cellLines.map((ls, i) => {
    const paragraphs: CellParagraph[] = ls.flatMap((l) => markupToParagraphs(l.kind === 'cell' ? l.text.slice(1) : l.text));
    const first = ls[0]!;
    return makeCell(paragraphs, { file, line: first.number, column: 2, endLine: ls[ls.length - 1]!.number, cell: i + 1 });
  });
  const first = cellLines[0]![0]!;
  const last = cellLines[cellLines.length - 1]!;
  const row = makeRow(cells, { file, line: first.number, column: 1, endLine: last[last.length - 1]!.number });
  row.cellPerLine = true;
  return row;
}

/** "**bold**" may open on one line and close on a later one. */
function markdownBold(text: string, openBefore: boolean): { text: string; bold: boolean; openAfter: boolean } {
  const count = (text.match(/\*\*/g) ?? []).length;
  const stripped = text.replace(/\*\*/g, '');
  const wholeLine = openBefore || /^\s*\*\*/.test(text);
  const openAfter = count % 2 === 1 ? !openBefore : openBefore;
  return { text: stripped, bold: wholeLine && collapse(stripped) !== '', openAfter };
}

/**
 * In the cell-per-line layout a page break can fall inside a row: the first part has
 * too few cells and the rest follow after empty lines. The parts add up to the table's
 * width, and either the first part has no number or the rest holds no text.
 */
function isCutCellRow(prev: Row, next: Row, width: number): boolean {
  if (prev.cellPerLine !== true || next.cellPerLine !== true) return false;
  if (prev.cells.length >= width || prev.cells.length + next.cells.length !== width) return false;
  return prev.cells[0]?.text === '' || next.cells.every((c) => c.text === '');
}

function isRuleRow(text: string): boolean {
  return /--/.test(text) && text.split('\t').every((c) => /^[\s:|-]*$/.test(c));
}

/**
 * In the cell-per-line layout tables that stood one after another run together. Where a
 * run of at least three rows of one width gives way to a run of at least three rows of a
 * clearly different width, a new table starts. (Shorter runs are split headers or cut rows.)
 */
function splitByWidth(rows: Row[]): Row[][] {
  if (rows.length === 0) return [];
  if (!rows.every((r) => r.cellPerLine)) return [rows];
  const runs: Row[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.cells.length === r.cells.length) last.push(r);
    else runs.push([r]);
  }
  const tables: Row[][] = [[]];
  runs.forEach((run, i) => {
    const prev = runs[i - 1];
    const nonEmpty = (rs: Row[]): number => rs.filter((r) => r.cells.some((c) => c.text !== '')).length;
    if (prev && nonEmpty(prev) >= 3 && nonEmpty(run) >= 3 && Math.abs(prev[0]!.cells.length - run[0]!.cells.length) >= 2) tables.push([]);
    const into = tables[tables.length - 1]!;
    for (const r of run) into.push(r); // not push(...run): a run may be the whole of a long table
  });
  return tables;
}
