import type { Cell, CellParagraph, Paragraph, Row, Table } from './types.js';
import type { SourceLocation } from '../core/source.js';

/** Helpers for readers: build blocks with the invariants recognizers rely on. */

export function makeCell(paragraphs: CellParagraph[], source: SourceLocation, colSpan = 1, rowSpan = 1): Cell {
  const kept = paragraphs.filter((p) => p.text.trim() !== '');
  return { text: kept.map((p) => p.text).join('\n'), paragraphs: kept, colSpan, rowSpan, source };
}

export function makeRow(cells: Cell[], source: SourceLocation, flags: { header?: boolean; afterBreak?: boolean } = {}): Row {
  const row: Row = { cells, source };
  if (flags.header) row.header = true;
  if (flags.afterBreak) row.afterBreak = true;
  return row;
}

export function makeTable(rows: Row[], source: SourceLocation): Table {
  return { kind: 'table', rows, source };
}

export function makeParagraph(text: string, source: SourceLocation, flags: Omit<Paragraph, 'kind' | 'text' | 'source'> = {}): Paragraph {
  const p: Paragraph = { kind: 'paragraph', text, source };
  for (const [k, v] of Object.entries(flags)) if (v !== undefined && v !== false) (p as unknown as Record<string, unknown>)[k] = v;
  return p;
}
