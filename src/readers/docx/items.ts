import type { ParagraphFacts } from './facts.js';
import type { ListPlace } from './layout.js';

/**
 * What body-reader.ts reads out of the XML and xml-blocks.ts lays out as blocks: the
 * document as a person sees it (paragraphs with their text, tables with merged cells
 * already resolved), before the pipeline's rules about gaps, labels and spans apply.
 */

/** A stretch of a paragraph between line breaks, with how many of its visible characters are bold or italic. */
export interface Segment {
  text: string;
  /** Characters other than white space. */
  chars: number;
  boldChars: number;
  italicChars: number;
}

export interface ParagraphItem {
  kind: 'paragraph';
  /**
   * Facts (facts.ts) of the Word paragraphs this one shows, in order: its own last. A
   * paragraph whose mark was deleted (tracked changes) has its content shown at the
   * start of the next paragraph, so there can be more than one.
   */
  facts: ParagraphFacts[];
  /** Set when laid out as a list item (layout.ts). */
  list?: ListPlace;
  /** At least one. */
  segments: Segment[];
  /** Pictures in it (counted only for what is shown: a merged-away cell's are not). */
  images: number;
  /** Note references in it, in order: notes are numbered by where they are referenced. */
  notes: NoteReference[];
}

export interface NoteReference {
  type: 'footnote' | 'endnote';
  id: string;
}

export interface CellItem {
  colSpan: number;
  rowSpan: number;
  content: Item[];
}

export interface RowItem {
  /** Cells that continue a vertical merge are gone; the cell they continue has the rowSpan. */
  cells: CellItem[];
}

export interface TableItem {
  kind: 'table';
  rows: RowItem[];
  /** How many of the first rows are header rows (w:tblHeader), before the first that is not. */
  headerRows: number;
  /** Facts of the first paragraph shown inside the table (at any depth). */
  first?: ParagraphFacts;
  /** Content found between rows or cells: not shown, but its pictures and note references count. */
  strays: Item[];
}

/** Something without text between paragraphs (a bookmark, a picture, a line break outside a paragraph). */
export interface EmptyItem {
  kind: 'empty';
  images?: number;
  notes?: NoteReference[];
}

/** Text found outside any paragraph. */
export interface TextItem {
  kind: 'text';
  text: string;
}

export type Item = ParagraphItem | TableItem | EmptyItem | TextItem;

export function newSegment(): Segment {
  return { text: '', chars: 0, boldChars: 0, italicChars: 0 };
}
