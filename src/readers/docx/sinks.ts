import { newSegment, type Item, type NoteReference, type Segment } from './items.js';

/**
 * Where the body reader (body-reader.ts) puts what it reads from an element, by the
 * context the element is in: a block context (body, cell, note, text box), a paragraph,
 * a table, a row, a check box content control. Each context keeps what it can show and
 * notes what does not belong there (a table's stray content turns cell merging off).
 */

export interface Format {
  bold: boolean;
  italic: boolean;
  /** Inside a link to a note ("#footnote-1"): not text (the note is listed at the end). */
  hidden: boolean;
}

export const PLAIN: Format = { bold: false, italic: false, hidden: false };

/** Where the content read from an element goes. */
export interface Sink {
  /** `tab`: a tab, which a check box does not replace (see CheckboxSink). */
  text(s: string, f: Format, tab?: boolean): void;
  lineBreak(): void;
  /** An element shown without text: a bookmark, a check box. */
  empty(): void;
  picture(): void;
  noteReference(ref: NoteReference): void;
  item(item: Item): void;
  /** Content of a VML picture (w:pict): shown after the paragraph it is in. */
  extra(item: Item): void;
  row(row: RowBuild): void;
  cell(cell: CellBuild): void;
}

export interface CellBuild {
  /** w:gridSpan as an integer, NaN when it is not one: vertical merging (body-reader.ts) adds it up as mammoth did. */
  colSpan: number;
  /** w:vMerge: true = continues the cell above; false = restarts; null = none. */
  vMerge: boolean | null;
  content: Item[];
}

export interface RowBuild {
  header: boolean;
  cells: CellBuild[];
  /** Something other than a cell sits in the row: cells are not merged. */
  stray: boolean;
  strays: Item[];
}

/**
 * Content in a block context: a body, a cell, a note, a text box. A picture's content
 * (`extra`) found outside a paragraph is not shown, unless this sink collects a picture.
 */
export class BlockSink implements Sink {
  readonly items: Item[] = [];
  constructor(private readonly keepExtras = false) {}
  text(s: string, f: Format): void {
    if (f.hidden || s === '') return;
    const last = this.items[this.items.length - 1];
    if (last?.kind === 'text') last.text += s;
    else this.items.push({ kind: 'text', text: s });
  }
  lineBreak(): void {
    this.items.push({ kind: 'empty' });
  }
  empty(): void {
    this.items.push({ kind: 'empty' });
  }
  picture(): void {
    this.items.push({ kind: 'empty', images: 1 });
  }
  noteReference(ref: NoteReference): void {
    this.items.push({ kind: 'empty', notes: [ref] });
  }
  item(item: Item): void {
    this.items.push(item);
  }
  extra(item: Item): void {
    if (this.keepExtras) this.items.push(item);
  }
  row(row: RowBuild): void {
    // A row outside a table: its cells' content, in order.
    for (const c of row.cells) this.items.push(...c.content);
    this.items.push(...row.strays);
  }
  cell(cell: CellBuild): void {
    this.items.push(...cell.content);
  }
}

export class ParagraphSink implements Sink {
  readonly segments: Segment[] = [newSegment()];
  readonly extras: Item[] = [];
  images = 0;
  readonly notes: NoteReference[] = [];
  text(s: string, f: Format): void {
    if (s === '' || f.hidden) return;
    const seg = this.segments[this.segments.length - 1];
    if (!seg) return;
    seg.text += s;
    const visible = s.replace(/\s+/g, '').length;
    seg.chars += visible;
    if (f.bold) seg.boldChars += visible;
    if (f.italic) seg.italicChars += visible;
  }
  lineBreak(): void {
    this.segments.push(newSegment());
  }
  empty(): void {}
  picture(): void {
    this.images++;
  }
  noteReference(ref: NoteReference): void {
    this.notes.push(ref);
  }
  item(item: Item): void {
    this.extras.push(item);
  }
  extra(item: Item): void {
    this.extras.push(item);
  }
  row(): void {}
  cell(): void {}
}

export class TableSink implements Sink {
  readonly rows: RowBuild[] = [];
  readonly strays: Item[] = [];
  /** Header rows before the first row that is not one, or anything that is not a row. */
  headerRows = 0;
  private leading = true;
  stray = false;
  private other(): void {
    this.stray = true;
    this.leading = false;
  }
  text(s: string, f: Format): void {
    if (!f.hidden && s !== '') this.other();
  }
  lineBreak(): void {
    this.other();
  }
  empty(): void {
    this.other();
  }
  picture(): void {
    this.other();
    this.strays.push({ kind: 'empty', images: 1 });
  }
  noteReference(ref: NoteReference): void {
    this.other();
    this.strays.push({ kind: 'empty', notes: [ref] });
  }
  item(item: Item): void {
    this.other();
    this.strays.push(item);
  }
  extra(): void {}
  row(row: RowBuild): void {
    this.rows.push(row);
    if (this.leading && row.header) this.headerRows++;
    else this.leading = false;
  }
  cell(cell: CellBuild): void {
    this.other();
    this.strays.push(...cell.content);
  }
}

export class RowSink implements Sink {
  readonly cells: CellBuild[] = [];
  readonly strays: Item[] = [];
  stray = false;
  text(s: string, f: Format): void {
    if (!f.hidden && s !== '') this.stray = true;
  }
  lineBreak(): void {
    this.stray = true;
  }
  empty(): void {
    this.stray = true;
  }
  picture(): void {
    this.stray = true;
    this.strays.push({ kind: 'empty', images: 1 });
  }
  noteReference(ref: NoteReference): void {
    this.stray = true;
    this.strays.push({ kind: 'empty', notes: [ref] });
  }
  item(item: Item): void {
    this.stray = true;
    this.strays.push(item);
  }
  extra(): void {}
  row(row: RowBuild): void {
    this.stray = true;
    for (const c of row.cells) this.strays.push(...c.content);
  }
  cell(cell: CellBuild): void {
    this.cells.push(cell);
  }
}

/**
 * A check box content control: the box takes the place of its first text. Its
 * content is recorded and passed on without that text; with no text at all, only
 * the box is shown.
 */
export class CheckboxSink implements Sink {
  private readonly calls: ((s: Sink) => void)[] = [];
  private replaced = false;
  text(s: string, f: Format, tab = false): void {
    if (!tab && s !== '' && !this.replaced) this.replaced = true;
    else this.calls.push((t) => t.text(s, f, tab));
  }
  lineBreak(): void {
    this.calls.push((t) => t.lineBreak());
  }
  empty(): void {
    this.calls.push((t) => t.empty());
  }
  picture(): void {
    this.calls.push((t) => t.picture());
  }
  noteReference(ref: NoteReference): void {
    this.calls.push((t) => t.noteReference(ref));
  }
  item(item: Item): void {
    // A paragraph's text is inside it; keep the content (see contentControl).
    this.replaced = true;
    this.calls.push((t) => t.item(item));
  }
  extra(item: Item): void {
    this.extras.push(item);
  }
  row(row: RowBuild): void {
    this.calls.push((t) => t.row(row));
  }
  cell(cell: CellBuild): void {
    this.calls.push((t) => t.cell(cell));
  }
  /** A picture's content (extra) is not part of the control's content: it is always passed on. */
  private readonly extras: Item[] = [];
  replay(to: Sink): void {
    if (this.replaced) for (const c of this.calls) c(to);
    else to.empty();
    for (const x of this.extras) to.extra(x);
  }
}
