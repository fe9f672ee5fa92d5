import type { ParagraphFacts } from '../docx/facts.js';
import type { CellItem, Item, ParagraphItem, RowItem, Segment, TableItem } from '../docx/items.js';
import type { ListPlace } from '../docx/layout.js';
import { NumberingCounter } from '../docx/numbering.js';
import { emptyStyles } from '../docx/styles.js';
import { DocFormatError, type Bytes } from './bytes.js';
import type { BinTable } from './fkp.js';
import type { DocLists } from './lists.js';
import type { Piece, PieceTable } from './pieces.js';
import type { CpRange } from './stories.js';
import { applyCharPrls, applyParaPrls, paraProps, type CharProps, type ParaProps } from './props.js';
import { readGrpprl, SPRM, operandI32, operandU16, type Prl } from './sprm.js';
import type { DocStyles } from './styles.js';
import type { TableDefinition } from './table-def.js';

/**
 * The main text of a .doc → the .docx reader's items (docx/items.ts), so that the same
 * layout code (docx/xml-blocks.ts) makes the blocks.
 *
 * Structure lives in the text and the paragraph properties ([MS-DOC] 2.4.3 "Overview of
 * Tables"): a paragraph ends with 0x0D, or 0x07 inside a table; a paragraph "in table"
 * at depth 1 that ends with 0x07 ends a cell, and one that is also a "table terminating
 * paragraph" (TTP) ends the row and carries its table definition (cell boundaries and
 * merges). Nested tables (depth > 1) end cells and rows with 0x0D paragraphs marked as
 * inner cell and inner TTP. Fields (0x13 instruction 0x14 result 0x15) show their result;
 * pictures and drawn objects (0x01, 0x08) are counted, not shown.
 */

export interface BodyInput {
  word: Bytes;
  /** The CPs to read: the main document, or a text box's. */
  range: CpRange;
  /** Text boxes by the CP of their anchor in the text read (their ranges are read where they stand). */
  textboxes: Map<number, CpRange>;
  /** The Data stream, where oversized paragraph properties are kept. */
  data: Bytes | null;
  text: string;
  pieces: PieceTable;
  papx: BinTable;
  chpx: BinTable;
  styles: DocStyles;
  lists: DocLists;
}

export interface BodyRead {
  items: Item[];
  /** Footnote and endnote references (the notes are read apart, notes.ts). */
  noteReferences: number;
  /** Comment (annotation) references: comments are not read. */
  comments: number;
  /** Pictures and drawn objects not shown (text boxes read are not counted). */
  objects: number;
}

interface RawRun {
  prls: Prl[];
  /** The run's character properties by its paragraph style's bold (1) and italic (2), once worked out. */
  chars: (CharProps | undefined)[];
  /** The character is a special one (a picture, a note reference). */
  special: boolean;
  /** Deleted text (tracked changes): not shown. */
  deleted: boolean;
}

interface RawText {
  text: string;
  run: RawRun;
}

interface OpenParagraph {
  segments: RawText[][];
  images: number;
  /** Text boxes anchored in the paragraph: their paragraphs follow it. */
  boxes: CpRange[];
  breakBefore: boolean;
  breakAfterText: boolean;
  seenText: boolean;
}

interface OpenRow {
  cells: Item[][];
  current: Item[];
  facts: ParagraphFacts[];
}

interface DoneRow {
  cells: Item[][];
  def: TableDefinition | undefined;
  header: boolean;
  facts: ParagraphFacts[];
}

interface OpenTable {
  rows: DoneRow[];
  row: OpenRow;
  first?: ParagraphFacts;
}

const MAX_DEPTH = 63;

const NOT_SPACE = /\S/;

/** What a text box's reading shares with the document's: list numbers go on, blocks and tables are counted in reading order. */
interface Shared {
  counter: NumberingCounter;
  places: { block: number; tables: number };
}

export function readBody(input: BodyInput, shared?: Shared): BodyRead {
  const { text, pieces, papx, chpx, styles, lists, range } = input;
  const { counter, places } = shared ?? { counter: new NumberingCounter(lists.numbering, emptyStyles), places: { block: 0, tables: 0 } };
  const body: Item[] = [];
  const stack: OpenTable[] = [];
  const out: BodyRead = { items: body, noteReferences: 0, comments: 0, objects: 0 };
  /** A text box shown in the open field: its fallback picture (0x01) is the same object. */
  let boxInField = false;

  // Character runs: looked up again only when the offset leaves the current run or piece.
  const runs = new Map<Uint8Array, RawRun>();
  const noRun: RawRun = { prls: [], chars: [], special: false, deleted: false };
  let run: RawRun = noRun;
  let runStart = -1;
  let runEnd = -1;
  let runPiece: unknown = null;
  const runAt = (fc: number, piece: unknown): RawRun => {
    if (piece === runPiece && fc >= runStart && fc < runEnd) return run;
    const r = chpx.lookup(fc);
    runPiece = piece;
    runStart = fc;
    runEnd = r ? r.fcEnd : fc + 1;
    if (!r) return (run = noRun);
    let cached = runs.get(r.grpprl);
    if (!cached) {
      const prls = readGrpprl(r.grpprl);
      cached = { prls, chars: [], ...charFlags(prls) };
      runs.set(r.grpprl, cached);
    }
    return (run = cached);
  };

  /**
   * Properties by style and property list: many paragraphs have the same. Looked up by the
   * list object first (paragraphs of one page with the same properties share it, fkp.ts),
   * then by its bytes (the same list on another page). Read only, once made.
   */
  const byObject = new Map<Uint8Array, ParaProps>();
  const byBytes = new Map<string, ParaProps>();
  const bytesKey = (grpprl: Uint8Array, istd: number): string => `${istd}:${Buffer.from(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength).toString('latin1')}`;
  const propsOf = (grpprl: Uint8Array, istd: number): ParaProps | undefined => {
    const same = byObject.get(grpprl);
    if (same?.istd === istd) return same;
    const equal = byBytes.get(bytesKey(grpprl, istd));
    if (equal) byObject.set(grpprl, equal);
    return equal;
  };
  const keep = (grpprl: Uint8Array, istd: number, props: ParaProps): void => {
    byObject.set(grpprl, props);
    byBytes.set(bytesKey(grpprl, istd), props);
  };
  /** Fields open (0x13 … 0x14 … 0x15), and how many of them are in their instruction (not shown). */
  const fields: ('instruction' | 'result')[] = [];
  let instructions = 0;
  let para = newParagraph();

  // Piece by piece and run by run: text between control characters is taken as one
  // slice, so only the marks (paragraph, cell, field, break, object) are visited one by one.
  for (const piece of pieces.pieces) {
    const step = piece.compressed ? 1 : 2;
    const last = Math.min(piece.cpEnd, range.end, text.length);
    let cp = Math.max(piece.cpStart, range.start);
    while (cp < last) {
      const fc = piece.fc + (cp - piece.cpStart) * step;
      const r = runAt(fc, piece);
      // The run ends at runEnd (an FC): the characters of this piece before it share its properties.
      const end = Math.min(last, cp + Math.ceil((runEnd - fc) / step));
      scan(cp, end, piece, r);
      cp = end;
    }
  }
  if (para.segments.some((s) => s.length > 0)) endParagraph(0x0d, -1, 0);
  while (stack.length > 0) closeTable();
  return out;

  /** Characters [from, to) of one piece and one character run. */
  function scan(from: number, to: number, piece: Piece, r: RawRun): void {
    let i = from;
    while (i < to) {
      let j = i;
      while (j < to && text.charCodeAt(j) >= 0x20) j++;
      if (j > i && !r.deleted && instructions === 0) add(text.slice(i, j), r);
      if (j >= to) return;
      mark(text.charCodeAt(j), j, piece.fc + (j - piece.cpStart) * (piece.compressed ? 1 : 2), piece, r);
      i = j + 1;
    }
  }

  /** A control character (below 0x20): a paragraph, cell or field mark, a break, an object. */
  function mark(ch: number, cp: number, fc: number, piece: Piece, r: RawRun): void {
    if (r.deleted && ch !== 0x0d && ch !== 0x07) return;
    if (ch === 0x13) {
      fields.push('instruction');
      instructions++;
      return;
    }
    if (ch === 0x14) {
      if (fields[fields.length - 1] === 'instruction') {
        fields[fields.length - 1] = 'result';
        instructions--;
      }
      return;
    }
    if (ch === 0x15) {
      if (fields.pop() === 'instruction') instructions--;
      if (fields.length === 0) boxInField = false;
      return;
    }
    const paragraphEnd = ch === 0x0d || ch === 0x07 || (ch === 0x0c && endsParagraph(fc, piece.compressed));
    if (!paragraphEnd && instructions > 0) return;

    if (paragraphEnd) {
      if (ch === 0x0c) para.breakAfterText = true;
      endParagraph(ch, fc, piece.prm);
      // An instruction does not run across paragraphs; a result shown goes on being shown.
      fields.length = 0;
      instructions = 0;
      boxInField = false;
      return;
    }
    switch (ch) {
      case 0x0b:
        para.segments.push([]);
        break;
      case 0x0c:
        if (!para.seenText) para.breakBefore = true;
        else para.breakAfterText = true;
        break;
      case 0x01:
      case 0x08: {
        if (!r.special) break;
        const box = ch === 0x08 ? input.textboxes.get(cp) : undefined;
        if (box) {
          para.boxes.push(box);
          if (fields.length > 0) boxInField = true;
        } else if (!boxInField) {
          para.images++;
          out.objects++;
        }
        break;
      }
      case 0x02:
        if (r.special) out.noteReferences++;
        break;
      case 0x05:
        if (r.special) out.comments++;
        break;
      case 0x09:
        add('\t', r);
        break;
      case 0x1e:
        add('-', r);
        break;
      default:
        break;
    }
  }

  function add(s: string, r: RawRun): void {
    const segment = para.segments[para.segments.length - 1]!;
    const last = segment[segment.length - 1];
    if (last && last.run === r) last.text += s;
    else segment.push({ text: s, run: r });
    // \S is what String.prototype.trim keeps: any character but white space and line ends.
    if (NOT_SPACE.test(s)) {
      para.seenText = true;
      para.breakAfterText = false;
    }
  }

  /** A paragraph's prls, those kept in the Data stream (sprmPHugePapx: a count and the list) in their place. */
  function paragraphPrls(grpprl: Uint8Array | undefined): Prl[] {
    const prls = readGrpprl(grpprl ?? new Uint8Array(0));
    if (!prls.some((p) => p.sprm === SPRM.PHugePapx)) return prls;
    return prls.flatMap((p) => {
      if (p.sprm !== SPRM.PHugePapx) return [p];
      const data = input.data;
      const at = operandI32(p) >>> 0;
      if (!data) throw new DocFormatError('paragraph properties point into a Data stream the file does not have');
      return readGrpprl(data.slice(at + 2, data.u16(at)));
    });
  }

  function endsParagraph(fc: number, compressed: boolean): boolean {
    if (fc < 0) return false;
    const r = papx.lookup(fc);
    return r !== null && r.fcEnd === fc + (compressed ? 1 : 2);
  }

  function endParagraph(mark: number, fc: number, prm: number): void {
    const found = fc >= 0 ? papx.lookup(fc) : null;
    const istd = found?.istd ?? 0;
    const style = styles.style(istd);
    let props = found ? propsOf(found.grpprl, istd) : undefined;
    if (!props) {
      props = paraProps(istd, paragraphPrls(found?.grpprl), style.para);
      if (found) keep(found.grpprl, istd, props);
    }
    // A piece's own property list (fast-saved files) applies after the paragraph's.
    if (prm & 1) {
      const g = input.pieces.grpprls[prm >>> 1];
      if (g) {
        props = { ...props };
        applyParaPrls(props, readGrpprl(g));
      }
    }
    // Word nests tables at most 63 deep; a larger depth is damage, read as the deepest.
    const depth = props.inTable ? Math.min(Math.max(1, props.itap ?? 1), MAX_DEPTH) : 0;
    while (stack.length > depth) closeTable();
    while (stack.length < depth) {
      if (stack.length === 0) {
        places.block++;
        places.tables++;
      }
      stack.push({ rows: [], row: { cells: [], current: [], facts: [] } });
    }

    const rowEnd = depth === 1 ? props.ttp === true : depth > 1 && props.innerTtp === true;
    const cellEnd = depth === 1 ? mark === 0x07 : depth > 1 && props.innerCell === true;
    const open = para;
    para = newParagraph();

    const table = stack[depth - 1];
    if (table && rowEnd) {
      const row = table.row;
      if (row.current.length > 0) row.cells.push(row.current);
      if (open.boxes.length > 0) row.cells[row.cells.length - 1]?.push(...boxItems(open));
      table.rows.push({ cells: row.cells, def: props.tableDef, header: props.tableHeader === true, facts: row.facts });
      table.row = { cells: [], current: [], facts: [] };
      return;
    }

    if (depth === 0) places.block++;
    const facts: ParagraphFacts = { block: places.block };
    if (depth > 0) facts.table = places.tables;
    const item = paragraphItem(open, props, style.char, facts);
    const boxes = open.boxes.length > 0 ? boxItems(open) : [];
    if (!table) {
      body.push(item, ...boxes);
      return;
    }
    if (!table.first) table.first = facts;
    for (const t of stack) if (!t.first) t.first = facts;
    table.row.current.push(item, ...boxes);
    table.row.facts.push(facts);
    if (cellEnd) {
      table.row.cells.push(table.row.current);
      table.row.current = [];
    }
  }

  /**
   * The content of the text boxes anchored in a paragraph, read as the document is and
   * placed after it, as the .docx reader places a text box's paragraphs.
   */
  function boxItems(open: OpenParagraph): Item[] {
    const items: Item[] = [];
    for (const box of open.boxes) {
      const read = readBody({ ...input, range: box, textboxes: new Map() }, { counter, places });
      // A text box's text ends with an empty paragraph (one more mark after the last): it shows nothing.
      const last = read.items[read.items.length - 1];
      if (last?.kind === 'paragraph' && last.images === 0 && last.facts.every((f) => f.label === undefined) && last.segments.every((g) => g.text.trim() === '')) read.items.pop();
      items.push(...read.items);
      out.noteReferences += read.noteReferences;
      out.comments += read.comments;
      out.objects += read.objects;
    }
    return items;
  }

  function paragraphItem(open: OpenParagraph, props: ParaProps, styleChar: { bold: boolean; italic: boolean }, facts: ParagraphFacts): ParagraphItem {
    if (props.centered) facts.centered = true;
    if (props.pageBreakBefore || open.breakBefore) facts.breakBefore = true;
    if (open.breakAfterText) facts.breakAfter = true;

    // Numbering: the paragraph's own list, else its style's.
    let list: ListPlace | undefined;
    const ilfo = props.ilfo ?? 0;
    if (ilfo > 0) {
      const ilvl = Math.min(props.ilvl ?? 0, 8);
      const label = counter.next(String(ilfo), ilvl);
      if (label) {
        facts.label = label.label;
        if (label.bullet) facts.bullet = true;
      }
      list = listPlace(props, ilfo, ilvl);
    }

    const segments: Segment[] = open.segments.map((raw) => {
      const s: Segment = { text: '', chars: 0, boldChars: 0, italicChars: 0 };
      for (const t of raw) {
        const c = charProps(t.run, styleChar);
        const visible = visibleChars(t.text);
        s.text += t.text;
        s.chars += visible;
        if (c.bold) s.boldChars += visible;
        if (c.italic) s.italicChars += visible;
      }
      return s;
    });
    const item: ParagraphItem = { kind: 'paragraph', facts: [facts], segments, images: open.images, notes: [] };
    if (list) item.list = list;
    return item;
  }

  /**
   * Laid out as a list item, as the .docx reader does: not a heading style; a list
   * given to the paragraph itself, or by a style the list links to that level; levels 0–4.
   */
  function listPlace(props: ParaProps, ilfo: number, ilvl: number): ListPlace | undefined {
    const style = styles.style(props.istd);
    if (style.sti >= 1 && style.sti <= 9) return undefined;
    const num = lists.numbering.nums.get(String(ilfo));
    const abs = num ? lists.numbering.abstractNums.get(num.abstractNumId) : undefined;
    const level = num?.overrides.get(ilvl)?.lvl ?? abs?.levels.get(ilvl);
    if (!num || !level || ilvl > 4) return undefined;
    const direct = style.para.ilfo !== ilfo || props.ilvl !== style.para.ilvl;
    if (!direct && !(lists.levelStyles.get(num.abstractNumId) ?? []).includes(props.istd)) return undefined;
    return { level: ilvl, ordered: level.numFmt !== 'bullet' };
  }

  /** A run's bold and italic over its paragraph style's: few runs, many paragraphs, so kept by the style's pair. */
  function charProps(r: RawRun, styleChar: { bold: boolean; italic: boolean }): CharProps {
    const k = (styleChar.bold ? 1 : 0) | (styleChar.italic ? 2 : 0);
    return (r.chars[k] ??= runChars(r, styleChar));
  }

  function runChars(r: RawRun, styleChar: { bold: boolean; italic: boolean }): CharProps {
    const c: CharProps = { bold: styleChar.bold, italic: styleChar.italic, special: false, deleted: false };
    // A character style first, then the run's own properties.
    const cs = r.prls.find((p) => p.sprm === SPRM.CIstd);
    if (cs) {
      const s = styles.style(operandU16(cs));
      if (s.stk === 2) {
        c.bold ||= s.char.bold;
        c.italic ||= s.char.italic;
      }
    }
    applyCharPrls(c, r.prls, { bold: c.bold, italic: c.italic });
    return c;
  }

  function closeTable(): void {
    const t = stack.pop()!;
    if (t.row.current.length > 0 || t.row.cells.length > 0) {
      if (t.row.current.length > 0) t.row.cells.push(t.row.current);
      t.rows.push({ cells: t.row.cells, def: undefined, header: false, facts: t.row.facts });
    }
    const item = tableItem(t, stack.length === 0);
    const parent = stack[stack.length - 1];
    if (parent) parent.row.current.push(item);
    else body.push(item);
  }
}

function newParagraph(): OpenParagraph {
  return { segments: [[]], images: 0, boxes: [], breakBefore: false, breakAfterText: false, seenText: false };
}

/**
 * Characters other than white space: what /[\s]/ (the same set as String.prototype.trim)
 * does not match, counted without making a string.
 */
export function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}

function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function charFlags(prls: Prl[]): { special: boolean; deleted: boolean } {
  let special = false;
  let deleted = false;
  for (const p of prls) {
    if (p.sprm === SPRM.CFSpec) special = p.operand[0] !== 0;
    else if (p.sprm === SPRM.CFRMarkDel) deleted = p.operand[0] !== 0;
  }
  return { special, deleted };
}

/** Twips within which two cell boundaries of a table are taken for the same grid line. */
const GRID_TOLERANCE = 10;

/**
 * The rows of a table with spans: the grid is every cell boundary of every row (as a
 * .docx's w:tblGrid is), a cell spans the grid columns between its boundaries; cells
 * joined across (fMerged after fFirstMerged) become one; a cell that continues a
 * vertical merge adds a row to the cell above it at the same grid column and is dropped.
 */
export function tableItem(t: { rows: DoneRow[]; first?: ParagraphFacts }, topLevel: boolean): TableItem {
  const lines: number[] = [];
  for (const r of t.rows) for (const c of r.def?.cells ?? []) lines.push(c.left, c.right);
  lines.sort((a, b) => a - b);
  const grid: number[] = [];
  for (const x of lines) if (grid.length === 0 || x - grid[grid.length - 1]! > GRID_TOLERANCE) grid.push(x);
  /** The grid line nearest to x (binary search: a hostile table may have many). */
  const gridIndex = (x: number): number => {
    let lo = 0;
    let hi = grid.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (grid[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && Math.abs(grid[lo - 1]! - x) <= Math.abs(grid[lo]! - x) ? lo - 1 : lo;
  };

  type Joined = { content: Item[]; left?: number; right?: number; vertMerge: boolean; vertRestart: boolean };
  const joinedRows: Joined[][] = t.rows.map((r) => {
    // Cells with their definitions; cells joined across folded into the first.
    const joined: Joined[] = [];
    r.cells.forEach((content, i) => {
      const d = r.def?.cells[i];
      const prev = joined[joined.length - 1];
      if (d?.merged && !d.firstMerged && prev) {
        prev.content.push(...content);
        prev.right = d.right;
        return;
      }
      joined.push({ content: [...content], left: d?.left, right: d?.right, vertMerge: d?.vertMerge ?? false, vertRestart: d?.vertRestart ?? false });
    });
    return joined;
  });

  // Rows that are all either whole (N cells) or one cell across are read by the order of
  // their cells, as a person reads them, even where their boundaries do not line up (rows
  // of one table drawn with columns a little apart): the grid would put a row's second
  // cell under another row's first.
  const widest = Math.max(0, ...joinedRows.map((j) => j.length));
  const byOrder = widest > 1 && grid.length - 1 > widest && joinedRows.every((j) => j.length === widest || j.length === 1);

  const columns = new Map<number, CellItem>();
  const rows: RowItem[] = [];
  let headerRows = 0;
  let leading = true;
  t.rows.forEach((r, ri) => {
    if (leading && r.header) headerRows++;
    else leading = false;
    if (topLevel && r.header) for (const f of r.facts) f.headerRow = true;
    const joined = joinedRows[ri]!;

    const cells: CellItem[] = [];
    let at = 0;
    joined.forEach((c, ci) => {
      let start = at;
      let span = 1;
      if (byOrder) {
        start = ci;
        span = joined.length === 1 ? widest : 1;
      } else if (c.left !== undefined && c.right !== undefined && grid.length > 1) {
        start = gridIndex(c.left);
        span = Math.max(1, gridIndex(c.right) - start);
      }
      const above = columns.get(start);
      if (c.vertMerge && !c.vertRestart && above) {
        above.rowSpan++;
      } else {
        const cell: CellItem = { colSpan: span, rowSpan: 1, content: c.content };
        columns.set(start, cell);
        cells.push(cell);
      }
      at = start + span;
    });
    rows.push({ cells });
  });

  const item: TableItem = { kind: 'table', rows, headerRows, strays: [] };
  if (t.first) item.first = t.first;
  return item;
}
