import { parse, HTMLElement, TextNode, type Node } from 'node-html-parser';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import type { SourceLocation } from '../../core/source.js';
import { makeCell, makeParagraph, makeRow, makeTable } from '../../document/build.js';
import type { Block, Cell, CellParagraph, Row } from '../../document/types.js';
import type { Segment } from './items.js';
import { lines, type Line } from './lines.js';
import { manualBullet, normalizeText } from './text.js';

/**
 * mammoth's HTML → the pipeline's blocks: the fallback for a document.xml our parser
 * rejects (see index.ts). The HTML alone is used: list items get the number of their
 * place in the HTML list, not Word's label; alignment, style-given formatting, page
 * breaks and Word's header-row marks other than <thead> are not known; block numbers
 * count the blocks made.
 */

interface Inline {
  segments: Segment[];
  nested: HTMLElement[];
}

export interface HtmlBlocksResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NOTE_ANCHOR = /^#(footnote|endnote)-/;

function tagOf(node: Node): string {
  return node instanceof HTMLElement ? (node.rawTagName ?? '').toLowerCase() : '';
}

function elementChildren(el: HTMLElement, tags: Set<string>): HTMLElement[] {
  return el.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && tags.has(tagOf(c)));
}

function isNotesList(el: HTMLElement): boolean {
  const first = elementChildren(el, new Set(['li']))[0];
  return first !== undefined && /^(footnote|endnote)-/.test(first.getAttribute('id') ?? '');
}

/** The inline content of a paragraph-like element, split at <br>, with nested lists/tables set aside. */
function collectInline(el: HTMLElement): Inline {
  const out: Inline = { segments: [{ text: '', chars: 0, boldChars: 0, italicChars: 0 }], nested: [] };
  const walk = (node: Node, bold: boolean, italic: boolean): void => {
    if (node instanceof TextNode) {
      const text = node.text;
      const seg = out.segments[out.segments.length - 1];
      if (!seg) return;
      seg.text += text;
      const visible = text.replace(/\s+/g, '').length;
      seg.chars += visible;
      if (bold) seg.boldChars += visible;
      if (italic) seg.italicChars += visible;
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = tagOf(node);
    if (tag === 'br') {
      out.segments.push({ text: '', chars: 0, boldChars: 0, italicChars: 0 });
      return;
    }
    if (tag === 'ol' || tag === 'ul' || tag === 'table') {
      out.nested.push(node);
      return;
    }
    // Footnote references ("[1]") and the notes' back links ("↑") are not text.
    if (tag === 'a' && NOTE_ANCHOR.test(node.getAttribute('href') ?? '')) return;
    const b = bold || tag === 'strong' || tag === 'b';
    const i = italic || tag === 'em' || tag === 'i';
    // A paragraph nested in a list item (notes) starts a new line.
    if (PARAGRAPH_TAGS.has(tag) && out.segments[out.segments.length - 1]?.text.trim()) {
      out.segments.push({ text: '', chars: 0, boldChars: 0, italicChars: 0 });
    }
    for (const c of node.childNodes) walk(c, b, i);
  };
  for (const c of el.childNodes) walk(c, false, false);
  return out;
}

interface PendingSpan {
  cell: Cell;
  remaining: number;
  colSpan: number;
}

export function htmlToBlocks(html: string, file: string): HtmlBlocksResult {
  const root = parse(html, { comment: false });
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  const notes: HTMLElement[] = [];
  let pendingGap = false;
  let lastBlock = 0;
  let tableCount = 0;
  let nestedTables = 0;

  // ---- paragraphs and lists ------------------------------------------------------

  function paragraph(el: HTMLElement, fallbackLabel?: string): void {
    const inline = collectInline(el);
    const ls = lines(inline.segments);
    if (ls.length === 0) {
      pendingGap = true;
    } else {
      const block = ++lastBlock;
      // The label is part of the text a person sees ("1. Утвердить…"); listLabel says which part it is.
      const label = fallbackLabel;
      const text = ls.map((l) => l.text).join('\n');
      blocks.push(
        makeParagraph(label === undefined ? text : `${label} ${text}`, { file, block }, {
          // A gap separates blocks: empty paragraphs at the very start separate nothing.
          gapBefore: pendingGap && blocks.length > 0,
          bold: ls.every((l) => l.bold),
          italic: ls.every((l) => l.italic),
          listLabel: label,
        }),
      );
      pendingGap = false;
    }
    for (const n of inline.nested) {
      if (tagOf(n) === 'table') table(n);
      else list(n);
    }
  }

  function list(el: HTMLElement): void {
    const ordered = tagOf(el) === 'ol';
    elementChildren(el, new Set(['li'])).forEach((li, i) => paragraph(li, ordered ? `${i + 1}.` : '•'));
  }

  // ---- tables -------------------------------------------------------------------

  function directRows(el: HTMLElement): { tr: HTMLElement; thead: boolean }[] {
    const rows: { tr: HTMLElement; thead: boolean }[] = [];
    for (const c of el.childNodes) {
      const tag = tagOf(c);
      if (!(c instanceof HTMLElement)) continue;
      if (tag === 'tr') rows.push({ tr: c, thead: false });
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
        for (const tr of elementChildren(c, new Set(['tr']))) rows.push({ tr, thead: tag === 'thead' });
      }
    }
    return rows;
  }

  /** Paragraphs of a cell: one per Word paragraph, soft line break and list item. */
  function cellContent(td: HTMLElement): CellParagraph[] {
    const paragraphs: CellParagraph[] = [];
    /** Entries that are auto-numbered paragraphs with text ("1) провести…"). */
    const numbered: CellParagraph[] = [];

    const addParagraph = (el: HTMLElement, listFallback?: { label: string; bullet: boolean }): void => {
      const inline = collectInline(el);
      const ls = lines(inline.segments);
      const label = listFallback?.label;
      const bullet = !!listFallback?.bullet;
      const entry = (text: string, l: Line | undefined, listItem: boolean): CellParagraph => {
        const p: CellParagraph = { text };
        if (listItem) p.listItem = true;
        if (l?.bold) p.bold = true;
        if (l?.italic) p.italic = true;
        return p;
      };
      if (label !== undefined && !bullet) {
        // An auto-numbered paragraph: the number is part of what the cell shows.
        if (ls.length === 0) paragraphs.push(entry(label, undefined, false));
        ls.forEach((l, i) => {
          const p = i === 0 ? entry(`${label} ${l.text}`, l, true) : entry(l.text, l, false);
          if (i === 0) numbered.push(p);
          paragraphs.push(p);
        });
      } else if (label !== undefined) {
        ls.forEach((l, i) => paragraphs.push(entry(l.text, l, i === 0)));
      } else {
        for (const l of ls) {
          const manual = manualBullet(l.text);
          paragraphs.push(manual === null ? entry(l.text, l, false) : entry(manual, l, true));
        }
      }
      for (const n of inline.nested) walk(n);
    };

    const walkList = (el: HTMLElement): void => {
      const ordered = tagOf(el) === 'ol';
      elementChildren(el, new Set(['li'])).forEach((li, i) =>
        addParagraph(li, ordered ? { label: `${i + 1}.`, bullet: false } : { label: '•', bullet: true }),
      );
    };

    const walk = (el: HTMLElement): void => {
      const tag = tagOf(el);
      if (tag === 'ol' || tag === 'ul') {
        walkList(el);
      } else if (tag === 'table') {
        // A table inside a cell: its cells' paragraphs, in reading order.
        nestedTables++;
        for (const { tr } of directRows(el)) {
          for (const c of elementChildren(tr, new Set(['td', 'th']))) for (const x of c.childNodes) visit(x);
        }
      } else {
        addParagraph(el);
      }
    };

    const visit = (node: Node): void => {
      if (node instanceof HTMLElement) {
        walk(node);
      } else if (node instanceof TextNode) {
        const t = normalizeText(node.text);
        if (t !== '') paragraphs.push({ text: t });
      }
    };

    for (const c of td.childNodes) visit(c);
    // One numbered paragraph on its own ("1. Организационные мероприятия") is text, not a list.
    if (numbered.length === 1) for (const p of numbered) delete p.listItem;
    return paragraphs;
  }

  function table(el: HTMLElement): void {
    const tableSource: SourceLocation = { file, block: ++lastBlock, table: ++tableCount };
    const rows: Row[] = [];
    const pending = new Map<number, PendingSpan>();

    directRows(el).forEach(({ tr, thead }, r) => {
      const rowNo = r + 1;
      const rowSource: SourceLocation = { ...tableSource, row: rowNo };
      const cells: Cell[] = [];
      let col = 0;

      const take = (at: number): void => {
        const span = pending.get(at);
        if (!span) return;
        const copy: Cell = {
          ...span.cell,
          paragraphs: span.cell.paragraphs.map((p) => ({ ...p })),
          rowSpan: 1,
          mergedFromAbove: true,
          source: { ...rowSource, cell: cells.length + 1 },
        };
        cells.push(copy);
        span.remaining--;
        if (span.remaining <= 0) pending.delete(at);
        col = at + span.colSpan;
      };

      for (const td of elementChildren(tr, new Set(['td', 'th']))) {
        while (pending.has(col)) take(col);
        const colSpan = clampSpan(td.getAttribute('colspan'));
        const rowSpan = clampSpan(td.getAttribute('rowspan'));
        const source: SourceLocation = { ...rowSource, cell: cells.length + 1 };
        const cell = makeCell(cellContent(td), source, colSpan, rowSpan);
        cells.push(cell);
        if (rowSpan > 1) pending.set(col, { cell, remaining: rowSpan - 1, colSpan });
        col += colSpan;
      }
      // Spans from above to the right of this row's last cell.
      for (const at of [...pending.keys()].sort((a, b) => a - b)) if (at >= col) take(at);

      rows.push(makeRow(cells, rowSource, { header: thead }));
    });

    blocks.push(makeTable(rows, tableSource));
    pendingGap = false;
  }

  // ---- notes ----------------------------------------------------------------------

  function emitNotes(): void {
    let n = 0;
    let first = true;
    for (const ol of notes) {
      for (const li of elementChildren(ol, new Set(['li']))) {
        n++;
        const text = lines(collectInline(li).segments).map((l) => l.text).join(' ');
        if (text === '') continue;
        blocks.push(makeParagraph(`[${n}] ${text}`, { file }, { gapBefore: first }));
        first = false;
      }
    }
  }

  for (const node of root.childNodes) {
    if (node instanceof TextNode) {
      const t = normalizeText(node.text);
      if (t !== '') {
        blocks.push(makeParagraph(t, { file, block: ++lastBlock }, { gapBefore: pendingGap && blocks.length > 0 }));
        pendingGap = false;
      }
      continue;
    }
    if (!(node instanceof HTMLElement)) continue;
    const tag = tagOf(node);
    if (tag === 'table') table(node);
    else if (tag === 'ol' || tag === 'ul') {
      if (isNotesList(node)) notes.push(node);
      else list(node);
    } else if (tag === 'dl') continue; // comments
    else paragraph(node);
  }
  emitNotes();

  const images = root.querySelectorAll('img').length;
  if (images > 0) {
    diagnostics.push(diagnostic('info', 'docx/images-ignored', `${images} image${images === 1 ? '' : 's'} in the document ignored`, { file }));
  }
  if (nestedTables > 0) {
    diagnostics.push(
      diagnostic('info', 'docx/nested-table', `${nestedTables} table${nestedTables === 1 ? '' : 's'} inside table cells read as cell text`, { file }),
    );
  }
  return { blocks, diagnostics };
}

function clampSpan(raw: string | undefined): number {
  const n = raw === undefined ? 1 : parseInt(raw, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
