import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import type { SourceLocation } from '../../core/source.js';
import { makeParagraph, makeTable } from '../../document/build.js';
import type { Block } from '../../document/types.js';
import { cellBlocks } from './cells.js';
import type { ParagraphFacts } from './facts.js';
import { newSegment, type Item, type NoteReference, type ParagraphItem, type Segment, type TableItem } from './items.js';
import type { ListPlace } from './layout.js';
import { lines } from './lines.js';
import { tableRows } from './rows.js';
import { normalizeText } from './text.js';

/**
 * Items read from the XML (body-reader.ts) → the pipeline's blocks.
 *
 * Each paragraph takes from its facts (facts.ts) its list label, which is part of its
 * text ("1. Утвердить…"), alignment, style-given bold/italic, page breaks and its
 * place (block, table) in the document. Empty paragraphs, page breaks and content shown
 * without text between paragraphs mark a gap before the next block; so does the empty
 * outer item before a list item that opens a list below its first level (see layout.ts).
 * Notes follow the document, numbered in the order they are referenced.
 */

export interface XmlBlocksInput {
  file: string;
  body: Item[];
  /** Footnotes and endnotes by "footnote:1", "endnote:2". */
  notes: Map<string, Item[]>;
}

export interface XmlBlocksResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

export function xmlToBlocks(input: XmlBlocksInput): XmlBlocksResult {
  const { file } = input;
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let pendingGap = false;
  let lastBlock = 0;
  let tableCount = 0;
  let nestedTables = 0;
  /** The lists open at the end of what was laid out so far, outermost first (see opensWithEmptyItem). */
  let openLists: ('ol' | 'ul')[] = [];

  /**
   * Place a list item: it joins the lists open at each level above its own (any kind)
   * and at its own level (the same kind); where a level has none open, a new list with
   * an empty item opens there, except at the item's own level. True when it did.
   */
  function opensWithEmptyItem(place: ListPlace): boolean {
    const tag = place.ordered ? 'ol' : 'ul';
    let k = 0;
    while (k <= place.level && k < openLists.length && (k < place.level || openLists[k] === tag)) k++;
    if (k > place.level) {
      openLists = openLists.slice(0, place.level + 1);
      return false;
    }
    openLists = openLists.slice(0, k);
    for (let i = k; i < place.level; i++) openLists.push('ul');
    openLists.push(tag);
    return k < place.level;
  }

  function paragraph(item: ParagraphItem): void {
    const f: ParagraphFacts | undefined = item.facts[item.facts.length - 1];
    const ls = lines(item.segments);
    if (f?.breakBefore) pendingGap = true;
    if (ls.length === 0) {
      pendingGap = true;
    } else {
      const block = f?.block ?? lastBlock + 1;
      lastBlock = Math.max(lastBlock, block);
      const label = f?.label;
      const text = ls.map((l) => l.text).join('\n');
      blocks.push(
        makeParagraph(label === undefined ? text : `${label} ${text}`, { file, block }, {
          // A gap separates blocks: empty paragraphs at the very start separate nothing.
          gapBefore: pendingGap && blocks.length > 0,
          bold: !!f?.bold || ls.every((l) => l.bold),
          italic: !!f?.italic || ls.every((l) => l.italic),
          centered: f?.centered,
          listLabel: label,
        }),
      );
      pendingGap = false;
    }
    if (f?.breakAfter) pendingGap = true;
  }

  function table(item: TableItem): void {
    const tableIndex = item.first?.table ?? tableCount + 1;
    tableCount = Math.max(tableCount, tableIndex);
    const block = item.first?.block ?? lastBlock + 1;
    lastBlock = Math.max(lastBlock, block);
    const source: SourceLocation = { file, block, table: tableIndex };
    const laid = tableRows(item, source, (content) => {
      const c = cellBlocks(content);
      nestedTables += c.nestedTables;
      return c;
    });
    blocks.push(makeTable(laid.rows, source));
    pendingGap = laid.breakAfter;
  }

  for (const item of input.body) {
    if (item.kind === 'paragraph') {
      if (!item.list) openLists = [];
      else if (opensWithEmptyItem(item.list)) pendingGap = true;
      paragraph(item);
      continue;
    }
    openLists = [];
    if (item.kind === 'table') {
      table(item);
    } else if (item.kind === 'empty') {
      pendingGap = true;
    } else {
      const t = normalizeText(item.text);
      if (t !== '') {
        blocks.push(makeParagraph(t, { file, block: ++lastBlock }, { gapBefore: pendingGap && blocks.length > 0 }));
        pendingGap = false;
      }
    }
  }

  // Pictures and note references count where they are shown: in the body, then in each note listed.
  const shown = { images: 0, notes: [] as NoteReference[] };
  tally(input.body, shown);
  let n = 0;
  let first = true;
  for (const ref of shown.notes) {
    const note = input.notes.get(`${ref.type}:${ref.id}`);
    if (!note) continue;
    n++;
    tally(note, { images: 0, notes: [] }, shown);
    const text = lines(noteSegments(note)).map((l) => l.text).join(' ');
    if (text === '') continue;
    blocks.push(makeParagraph(`[${n}] ${text}`, { file }, { gapBefore: first }));
    first = false;
  }

  if (shown.images > 0) {
    diagnostics.push(diagnostic('info', 'docx/images-ignored', `${shown.images} image${shown.images === 1 ? '' : 's'} in the document ignored`, { file }));
  }
  if (nestedTables > 0) {
    diagnostics.push(
      diagnostic('info', 'docx/nested-table', `${nestedTables} table${nestedTables === 1 ? '' : 's'} inside table cells read as cell text`, { file }),
    );
  }
  return { blocks, diagnostics };
}

interface Tally {
  images: number;
  notes: NoteReference[];
}

/** Add up the pictures and note references in `items`; `images` (if given) takes the pictures instead. */
function tally(items: Item[], into: Tally, images: Tally = into): void {
  for (const item of items) {
    if (item.kind === 'paragraph') {
      images.images += item.images;
      into.notes.push(...item.notes);
    } else if (item.kind === 'empty') {
      images.images += item.images ?? 0;
      if (item.notes) into.notes.push(...item.notes);
    } else if (item.kind === 'table') {
      for (const r of item.rows) for (const c of r.cells) tally(c.content, into, images);
      tally(item.strays, into, images);
    }
  }
}

/**
 * A note's text: its paragraphs run on (each starts a new line once there is text),
 * line breaks kept; list items and tables in a note are not part of it.
 */
function noteSegments(note: Item[]): Segment[] {
  const segments: Segment[] = [newSegment()];
  const current = (): Segment => segments[segments.length - 1] ?? newSegment();
  for (const item of note) {
    if (item.kind === 'text') {
      current().text += item.text;
    } else if (item.kind === 'paragraph' && !item.list) {
      if (current().text.trim() !== '') segments.push(newSegment());
      item.segments.forEach((s, i) => {
        if (i === 0) current().text += s.text;
        else segments.push({ ...s });
      });
    }
  }
  return segments;
}
