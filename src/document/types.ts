import type { SourceLocation } from '../core/source.js';

/**
 * The seam between readers and recognizers: a document as a flat list of blocks.
 * Readers (txt, docx, pdf) produce it; nothing after a reader knows the input format.
 *
 * Text is plain: markup (HTML fragments, **bold**) is resolved by the reader into the
 * flags below. A paragraph is one line of the source as a person would see it; for
 * formats with real paragraphs (Word) it is one paragraph, soft breaks kept as "\n".
 */
export interface Paragraph {
  kind: 'paragraph';
  text: string;
  bold?: boolean;
  italic?: boolean;
  centered?: boolean;
  /** An empty line (or empty paragraph, or a page break) stood before this one. */
  gapBefore?: boolean;
  /** The label of an automatic list item ("1.", "2.3.") the reader rendered, when the format numbers it. */
  listLabel?: string;
  source: SourceLocation;
}

/** One paragraph or list entry inside a table cell. */
export interface CellParagraph {
  text: string;
  /** Set when this entry was an item of a list inside the cell ("•", "-", <li>). */
  listItem?: boolean;
  bold?: boolean;
  italic?: boolean;
}

export interface Cell {
  /** The cell's paragraphs joined with "\n". */
  text: string;
  paragraphs: CellParagraph[];
  colSpan: number;
  rowSpan: number;
  /** A vertically merged cell repeated into a row it spans: same text as the cell above. */
  mergedFromAbove?: boolean;
  source: SourceLocation;
}

export interface Row {
  cells: Cell[];
  /** The format marks this row as a header row (Word's "repeat as header row", <thead>). */
  header?: boolean;
  /** A page break (or, in text, an empty line) stood before this row inside the table. */
  afterBreak?: boolean;
  /** Text readers only: the row was written a cell per line (so a page break may cut it). */
  cellPerLine?: boolean;
  source: SourceLocation;
}

export interface Table {
  kind: 'table';
  rows: Row[];
  source: SourceLocation;
}

export type Block = Paragraph | Table;

export type InputFormat = 'txt' | 'docx' | 'doc' | 'pdf';

export interface ParsedDocument {
  file: string;
  format: InputFormat;
  sha256: string;
  blocks: Block[];
  /** Pages read by OCR (scanned pages without a text layer), and the engine that read them. */
  ocr?: { engine: string; pages: number[] };
}
