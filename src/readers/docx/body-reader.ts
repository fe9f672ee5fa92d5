import type { ParagraphFacts } from './facts.js';
import type { CellItem, Item, ParagraphItem, RowItem, TableItem } from './items.js';
import type { ListLayout } from './layout.js';
import type { MammothMessage } from './messages.js';
import type { ElementNames } from './names.js';
import type { Styles } from './styles.js';
import { BlockSink, CheckboxSink, ParagraphSink, PLAIN, RowSink, TableSink, type Format, type RowBuild, type Sink } from './sinks.js';
import { symbolText } from './symbols.js';
import { child, type XmlElement, type XmlNode } from './xml.js';

/**
 * WordprocessingML content (a body, a cell, a note) → items (items.ts).
 *
 * What is shown is what Word shows, by the rules the reader had when mammoth read the
 * XML for us, so that documents read the same: w:t, tabs, symbols, hyphens, line
 * breaks (w:br, w:cr); the content of hyperlinks, smart tags, content controls (w:sdt),
 * custom XML, insertions and moves-to; the fallback of mc:AlternateContent; the result
 * of a complex field (its instruction text is dropped); the paragraphs of VML text
 * boxes, right after the paragraph they are anchored in. Deleted text and moves-from
 * are not shown; a row marked deleted is dropped; a paragraph whose mark is deleted
 * runs on into the next one. Elements not known here are reported (as mammoth
 * reported them: see messages.ts) and skipped with their content.
 */

/** Containers whose content is read as if they were not there. */
const TRANSPARENT = new Set([
  'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:object', 'w:drawing', 'w:txbxContent',
  'w:moveFromRangeStart', 'w:moveFromRangeEnd', 'w:moveToRangeStart', 'w:moveToRangeEnd',
  'v:roundrect', 'v:shape', 'v:textbox', 'v:group', 'v:rect',
]);

/**
 * Containers read through in document.xml only. The reader used to rewrite them in
 * document.xml before mammoth saw it (mammoth skips them); notes were not rewritten.
 */
const TRANSPARENT_IN_DOCUMENT = new Set(['w:fldSimple', 'w:dir', 'w:bdo']);

/** Elements with nothing to show, skipped without a word. */
const IGNORED = new Set([
  'office-word:wrap', 'v:shadow', 'v:shapetype', 'w:annotationRef', 'w:bookmarkEnd', 'w:sectPr', 'w:proofErr',
  'w:lastRenderedPageBreak', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:del', 'w:footnoteRef', 'w:endnoteRef',
  'w:moveFrom', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr',
  'w:commentReference', 'w:fldChar', 'w:instrText',
]);

const NOTE_LINK = /^#(footnote|endnote)-/;
const HYPERLINK_FIELD = /^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/;

export interface ReaderContext {
  names: ElementNames;
  styles: Styles;
  layout: ListLayout;
  /** Paragraph facts by element; empty for notes. */
  facts: Map<XmlElement, ParagraphFacts>;
  /** document.xml (true) or a notes part. */
  document: boolean;
  messages: MammothMessage[];
}

/** One reader per body, note or comment: complex fields and deleted paragraph marks carry across its paragraphs. */
export class BodyReader {
  /** Facts of the paragraphs read, in the order their text is shown. */
  private readonly shownFacts: ParagraphFacts[] = [];
  /** Complex fields open: "hidden" for a link to a note, "begin" before its instruction is known. */
  private readonly fields: ('begin' | 'hidden' | 'shown')[] = [];
  private instruction: string[] = [];
  private deleted: XmlNode[] = [];
  private deletedFacts: ParagraphFacts[] = [];
  /** Inside a paragraph of document.xml, where the reader once rewrote w:cr, w:ptab and w:fldSimple/w:dir/w:bdo. */
  private inParagraph = 0;

  constructor(private readonly ctx: ReaderContext) {}

  readBlocks(nodes: XmlNode[]): Item[] {
    const sink = new BlockSink();
    this.readAll(nodes, sink, PLAIN);
    return sink.items;
  }

  private readAll(nodes: XmlNode[], sink: Sink, f: Format): void {
    for (const n of nodes) if (n.type === 'element') this.read(n, sink, f);
  }

  private read(el: XmlElement, sink: Sink, f: Format): void {
    const name = this.ctx.names.of(el);
    switch (name) {
      case 'w:p':
        return this.paragraph(el, sink);
      case 'w:r':
        return this.run(el, sink, f);
      case 'w:t':
        return sink.text(textOf(el), f);
      case 'w:tab':
        return sink.text('\t', f, true);
      case 'w:noBreakHyphen':
        return sink.text('\u2011', f);
      case 'w:softHyphen':
        return sink.text('\u00AD', f);
      case 'w:sym': {
        const s = symbolText(el.attrs['w:font'], el.attrs['w:char']);
        if (s !== undefined) sink.text(s, f);
        return;
      }
      case 'w:br': {
        const type = el.attrs['w:type'];
        if (type === undefined || type === 'textWrapping') sink.lineBreak();
        return;
      }
      case 'w:fldChar':
        return this.fieldChar(el.attrs['w:fldCharType']);
      case 'w:instrText':
        this.instruction.push(textOf(el));
        return;
      case 'w:hyperlink': {
        const anchor = el.attrs['w:anchor'];
        const toNote = el.attrs['r:id'] === undefined && anchor !== undefined && NOTE_LINK.test(`#${anchor}`);
        return this.readAll(el.children, sink, toNote ? { ...f, hidden: true } : f);
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        return sink.noteReference({ type: name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: el.attrs['w:id'] ?? '' });
      case 'w:bookmarkStart':
        if (el.attrs['w:name'] !== '_GoBack') sink.empty();
        return;
      case 'w:tbl':
        return sink.item(this.table(el));
      case 'w:tr':
        return this.row(el, sink);
      case 'w:tc':
        return this.cell(el, sink);
      case 'w:sdt':
        return this.contentControl(el, sink, f);
      case 'mc:AlternateContent': {
        const fallback = el.children.find((c): c is XmlElement => c.type === 'element' && this.ctx.names.of(c) === 'mc:Fallback');
        if (fallback) this.readAll(fallback.children, sink, f);
        return;
      }
      case 'w:pict': {
        const inner = new BlockSink(true);
        this.readAll(el.children, inner, f);
        for (const item of inner.items) sink.extra(item);
        return;
      }
      case 'wp:inline':
      case 'wp:anchor':
        return this.drawing(el, sink);
      case 'v:imagedata':
        if (Object.keys(el.attrs).some((k) => k === 'r:id' || k.endsWith(':id'))) this.picture(sink);
        return;
    }
    if (this.ctx.document && this.inParagraph > 0) {
      if (name === 'w:cr') return sink.lineBreak();
      if (name === 'w:ptab') return sink.text('\t', f, true);
      if (TRANSPARENT_IN_DOCUMENT.has(name)) return this.readAll(el.children, sink, f);
    }
    if (TRANSPARENT.has(name)) return this.readAll(el.children, sink, f);
    if (IGNORED.has(name)) return;
    this.ctx.messages.push({ type: 'warning', message: `An unrecognised element was ignored: ${name}` });
  }

  private paragraph(p: XmlElement, sink: Sink): void {
    const pPr = child(p, 'w:pPr');
    const own = this.ctx.facts.get(p);
    if (child(child(pPr, 'w:rPr'), 'w:del')) {
      // A deleted paragraph mark: this paragraph's content opens the next paragraph.
      this.deleted.push(...p.children);
      if (own) this.deletedFacts.push(own);
      return;
    }
    const nodes = this.deleted.length > 0 ? [...this.deleted, ...p.children] : p.children;
    const facts = own ? [...this.deletedFacts, own] : this.deletedFacts;
    this.deleted = [];
    this.deletedFacts = [];
    this.shownFacts.push(...facts);

    const content = new ParagraphSink();
    this.inParagraph++;
    this.readAll(nodes, content, PLAIN);
    this.inParagraph--;
    const item: ParagraphItem = { kind: 'paragraph', facts, segments: content.segments, images: content.images, notes: content.notes };
    const list = this.ctx.layout.place(pPr);
    if (list) item.list = list;
    sink.item(item);
    for (const x of content.extras) sink.item(x);
  }

  private run(r: XmlElement, sink: Sink, outer: Format): void {
    const rPr = child(r, 'w:rPr');
    const style = child(rPr, 'w:rStyle')?.attrs['w:val'];
    const bold = isOn(child(rPr, 'w:b')) || (style ? this.ctx.styles.name('character', style)?.toUpperCase() === 'STRONG' : false);
    const f: Format = { bold, italic: isOn(child(rPr, 'w:i')), hidden: outer.hidden || this.linkHidden() };
    this.readAll(r.children, sink, f);
  }

  /** The innermost open hyperlink field points at a note. */
  private linkHidden(): boolean {
    for (let i = this.fields.length - 1; i >= 0; i--) {
      const k = this.fields[i];
      if (k === 'hidden') return true;
      if (k === 'shown') return false;
    }
    return false;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push('begin');
      this.instruction = [];
    } else if (type === 'separate') {
      if (this.fields.length === 0) return;
      this.fields.pop();
      this.fields.push(this.fieldKind());
    } else if (type === 'end') {
      this.fields.pop();
    }
  }

  /** "hidden" for a hyperlink field to a note, "shown" for another hyperlink, "begin" for other fields. */
  private fieldKind(): 'begin' | 'hidden' | 'shown' {
    const m = HYPERLINK_FIELD.exec(this.instruction.join(''));
    if (!m) return 'begin';
    const location = m[2] ?? m[3] ?? '';
    const href = m[1] === undefined ? location : `#${location}`;
    return NOTE_LINK.test(href) ? 'hidden' : 'shown';
  }

  private contentControl(sdt: XmlElement, sink: Sink, f: Format): void {
    const props = child(sdt, 'w:sdtPr');
    const isCheckbox = props?.children.some((c) => c.type === 'element' && this.ctx.names.of(c) === 'wordml:checkbox') ?? false;
    const content = child(sdt, 'w:sdtContent')?.children ?? [];
    if (!isCheckbox) return this.readAll(content, sink, f);
    const box = new CheckboxSink();
    this.readAll(content, box, f);
    box.replay(sink);
  }

  private drawing(el: XmlElement, sink: Sink): void {
    // Only pictures are read from DrawingML: a:graphic/a:graphicData/pic:pic/pic:blipFill/a:blip.
    const path = ['a:graphic', 'a:graphicData', 'pic:pic', 'pic:blipFill', 'a:blip'];
    let level: XmlElement[] = [el];
    for (const step of path) {
      const next: XmlElement[] = [];
      for (const e of level) for (const c of e.children) if (c.type === 'element' && this.ctx.names.of(c) === step) next.push(c);
      level = next;
    }
    for (const blip of level) {
      if (Object.keys(blip.attrs).some((k) => /(^|:)(embed|link)$/.test(k))) this.picture(sink);
    }
  }

  private picture(sink: Sink): void {
    sink.picture();
  }

  private table(tbl: XmlElement): TableItem {
    const firstShown = this.shownFacts.length;
    const sink = new TableSink();
    this.readAll(tbl.children, sink, PLAIN);
    const stray = sink.stray || sink.rows.some((r) => r.stray);
    if (stray) {
      this.ctx.messages.push({
        type: 'warning',
        message: sink.stray
          ? 'unexpected non-row element in table, cell merging may be incorrect'
          : 'unexpected non-cell element in table row, cell merging may be incorrect',
      });
    }
    const strays = [...sink.strays, ...sink.rows.flatMap((r) => r.strays)];
    const item: TableItem = { kind: 'table', rows: stray ? unmerged(sink.rows) : mergeVertically(sink.rows), headerRows: sink.headerRows, strays };
    const first = this.shownFacts[firstShown];
    if (first) item.first = first;
    return item;
  }

  private row(tr: XmlElement, sink: Sink): void {
    const trPr = child(tr, 'w:trPr');
    if (child(trPr, 'w:del')) return;
    const cells = new RowSink();
    this.readAll(tr.children, cells, PLAIN);
    sink.row({ header: child(trPr, 'w:tblHeader') !== undefined, cells: cells.cells, stray: cells.stray, strays: cells.strays });
  }

  private cell(tc: XmlElement, sink: Sink): void {
    const tcPr = child(tc, 'w:tcPr');
    const span = child(tcPr, 'w:gridSpan')?.attrs['w:val'];
    const vMerge = child(tcPr, 'w:vMerge');
    const val = vMerge?.attrs['w:val'];
    const content = new BlockSink();
    this.readAll(tc.children, content, PLAIN);
    sink.cell({
      colSpan: span ? Number.parseInt(span, 10) : 1,
      vMerge: vMerge ? val === 'continue' || !val : null,
      content: content.items,
    });
  }
}

/** An on/off run property as the HTML mapping read it: present, and not "0" or "false". */
function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs['w:val'];
  return v !== 'false' && v !== '0';
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += c.text;
  return s;
}

function unmerged(rows: RowBuild[]): RowItem[] {
  return rows.map((r) => ({ cells: r.cells.map((c): CellItem => ({ colSpan: c.colSpan, rowSpan: 1, content: c.content })) }));
}

/**
 * Vertical merges: a cell that continues one at the same grid position (the sum of the
 * spans before it) in the row above adds a row to that cell's rowSpan and is dropped.
 */
function mergeVertically(rows: RowBuild[]): RowItem[] {
  const columns = new Map<number, CellItem>();
  return rows.map((r) => {
    const cells: CellItem[] = [];
    let at = 0;
    for (const c of r.cells) {
      const above = columns.get(at);
      if (c.vMerge === true && above) {
        above.rowSpan++;
      } else {
        const cell: CellItem = { colSpan: c.colSpan, rowSpan: 1, content: c.content };
        columns.set(at, cell);
        cells.push(cell);
      }
      at += c.colSpan;
    }
    return { cells };
  });
}
