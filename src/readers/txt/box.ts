import type { Cell, Row, Table } from '../../document/types.js';
import { makeCell, makeRow, makeTable } from '../../document/build.js';
import { markupToParagraphs } from './markup.js';
import type { TextLine } from './pipes.js';

/**
 * Tables drawn with box-drawing characters, as legal databases and old DOS-era exports
 * save them (and the same with ASCII "+---+" and "|"):
 *
 *   ┌───┬──────────────┬──────────┐
 *   │ N │ Мероприятие  │   Срок   │
 *   ├───┼──────────────┼──────────┤
 *   │ 1 │ Провести     │ до 01.03 │
 *   │   │ совещание    │          │
 *   ├───┴──────────────┴──────────┤
 *   │ II. Раздел второй           │   ← no bar inside: one cell across the columns
 *   └─────────────────────────────┘
 *
 * A row is the text lines between two rule lines; a cell is the text between two bars in
 * each of its lines, joined. Columns are the character positions where bars and junctions
 * stand anywhere in the table; a row whose bars skip some of them has cells spanning them.
 * A rule line that leaves a column's stretch blank lets the cell above go on into the next
 * row (a vertically merged cell).
 */

const UNICODE_BARS = '│┃║';
const JUNCTIONS = '┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╟╢╤╧╪╫╓╖╙╜╞╡╥╨┍┑┕┙┝┥┯┷┿';
const HORIZONTALS = '─━═';

interface Style {
  bars: string;
  junctions: string;
  horizontals: string;
}
const UNICODE: Style = { bars: UNICODE_BARS, junctions: JUNCTIONS, horizontals: HORIZONTALS };
const ASCII: Style = { bars: '|', junctions: '+', horizontals: '-=' };

function isRule(text: string, s: Style): boolean {
  const t = text.trim();
  if (t.length < 3) return false;
  let horizontal = 0;
  for (const ch of t) {
    if (s.horizontals.includes(ch)) horizontal++;
    else if (!s.junctions.includes(ch) && !s.bars.includes(ch) && ch !== ' ') return false;
  }
  // an ASCII rule needs its junctions: "-----" alone is a dash line of text
  return horizontal >= 3 && (s !== ASCII || t.includes('+'));
}

function isPartialRule(text: string, s: Style): boolean {
  const h = s.horizontals.replace(/[-\]\\^]/g, '\\$&');
  return new RegExp(`[${h}]{3,}`).test(text) && [...text].some((ch) => s.junctions.includes(ch));
}

function isContent(text: string, s: Style): boolean {
  return [...text].some((ch) => s.bars.includes(ch)) && !isRule(text, s);
}

/** Where such tables stand, [first, end) line indexes: rule and bar lines together, with a rule and two lines at least. */
export function findBoxRegions(lines: readonly TextLine[]): [number, number][] {
  const regions: [number, number][] = [];
  for (const s of [UNICODE, ASCII]) {
    let i = 0;
    while (i < lines.length) {
      let j = i;
      let rules = 0;
      while (j < lines.length && (isRule(lines[j]!.text, s) || isContent(lines[j]!.text, s))) {
        if (isRule(lines[j]!.text, s)) rules++;
        j++;
      }
      if (rules >= 1 && j - i >= 3 && !regions.some(([a, b]) => a < j && i < b)) regions.push([i, j]);
      i = Math.max(j, i + 1);
    }
  }
  return regions.sort((a, b) => a[0] - b[0]);
}

function styleOf(lines: readonly TextLine[]): Style {
  return lines.some((l) => [...l.text].some((ch) => UNICODE_BARS.includes(ch) || JUNCTIONS.includes(ch))) ? UNICODE : ASCII;
}

/** Positions of bars (in text lines) and junctions (in rule lines). */
function boundaries(text: string, s: Style, rule: boolean): number[] {
  const out: number[] = [];
  [...text].forEach((ch, i) => {
    if (s.bars.includes(ch) || (rule && s.junctions.includes(ch))) out.push(i);
  });
  return out;
}

interface Slot {
  lines: { text: string; number: number }[];
  /** Index of the first column and number of columns. */
  col: number;
  span: number;
  /** The rule above it left this stretch open: the cell goes on from the row above. */
  continues: boolean;
}

/** A region as a table, or null when it holds fewer than two columns. */
export function boxTable(lines: readonly TextLine[], file: string): Table | null {
  const s = styleOf(lines);
  const columnsAt = new Set<number>();
  for (const l of lines) for (const p of boundaries(l.text, s, isRule(l.text, s))) columnsAt.add(p);
  const edges = [...columnsAt].sort((a, b) => a - b);
  if (edges.length < 3) return null;

  // rows: the text lines between rules, with the rule above each
  const groups: { above: string | null; lines: TextLine[] }[] = [];
  let above: string | null = null;
  let cur: TextLine[] = [];
  for (const l of lines) {
    // a rule drawn under some columns only ("├───┼───┤ кадров │"): a rule there, text of the open cell elsewhere
    const partial = !isRule(l.text, s) && isPartialRule(l.text, s);
    if (isRule(l.text, s) || partial) {
      if (cur.length) groups.push({ above, lines: cur });
      cur = partial ? [l] : [];
      above = l.text;
    } else cur.push(l);
  }
  if (cur.length) groups.push({ above, lines: cur });

  const chars = (t: string): string[] => [...t];
  const rowSlots: Slot[][] = groups.map((g) => {
    const present = new Set<number>();
    for (const l of g.lines) for (const p of boundaries(l.text, s, false)) present.add(p);
    const own = edges.filter((e) => present.has(e));
    const slots: Slot[] = [];
    for (let k = 0; k + 1 < own.length; k++) {
      const a = own[k]!;
      const b = own[k + 1]!;
      const col = edges.indexOf(a);
      const span = edges.indexOf(b) - col;
      // the rule above: a stretch with no horizontal stroke over this cell leaves the cell above open
      const rule = g.above === null ? null : chars(g.above).slice(a + 1, b).join('');
      const continues = rule !== null && rule.length > 0 && ![...rule].some((ch) => s.horizontals.includes(ch));
      const stroke = (t: string): boolean => [...t].every((ch) => ch === ' ' || s.horizontals.includes(ch) || s.junctions.includes(ch));
      slots.push({
        col,
        span,
        continues,
        lines: g.lines.map((l) => {
          const text = chars(l.text).slice(a + 1, b).join('');
          return { text: stroke(text) ? '' : text, number: l.number };
        }),
      });
    }
    return slots;
  });

  // a cell the rule left open goes on: its text joins the cell above, which spans the rows
  const rows: Row[] = [];
  const open = new Map<number, { cell: Cell; texts: string[]; copies: Cell[] }>();
  const all: { cell: Cell; texts: string[]; copies: Cell[] }[] = [];
  rowSlots.forEach((slots, r) => {
    const cells: Cell[] = [];
    for (const slot of slots) {
      const texts = slot.lines.map((l) => l.text.trim()).filter(Boolean);
      const first = slot.lines[0]!;
      const last = slot.lines[slot.lines.length - 1]!;
      const above = open.get(slot.col);
      const source = { file, line: first.number, column: 1, endLine: last.number, cell: cells.length + 1 };
      if (slot.continues && above && above.cell.colSpan === slot.span) {
        above.texts.push(...texts);
        above.cell.rowSpan++;
        if (above.cell.source.endLine !== undefined) above.cell.source.endLine = last.number;
        const copy: Cell = { ...above.cell, rowSpan: 1, mergedFromAbove: true, source };
        above.copies.push(copy);
        cells.push(copy);
        continue;
      }
      const entry = { cell: makeCell(paragraphsOf(texts), source, slot.span), texts, copies: [] as Cell[] };
      open.set(slot.col, entry);
      all.push(entry);
      cells.push(entry.cell);
    }
    const g = groups[r]!;
    rows.push(makeRow(cells, { file, line: g.lines[0]!.number, column: 1, endLine: g.lines[g.lines.length - 1]!.number }));
  });
  // a merged cell's text is whole only now: the cell and its copies get it
  for (const e of all) {
    if (e.copies.length === 0) continue;
    const full = makeCell(paragraphsOf(e.texts), e.cell.source);
    for (const c of [e.cell, ...e.copies]) Object.assign(c, { text: full.text, paragraphs: full.paragraphs });
  }
  if (rows.length === 0 || Math.max(...rows.map((r) => r.cells.length)) < 2) return null;
  return makeTable(rows, { file, line: lines[0]!.number, endLine: lines[lines.length - 1]!.number });
}

/**
 * A cell's lines are one text wrapped to the column: a line goes on the one before, unless it
 * opens a list entry ("- …", "• …", "1) …") or a new sentence after one that ended.
 */
function paragraphsOf(texts: string[]): ReturnType<typeof markupToParagraphs> {
  const joined: string[] = [];
  for (const t of texts) {
    const prev = joined[joined.length - 1];
    const starts = /^(?:[-•–—]\s|\d{1,2}[.)]\s)/.test(t) || (prev !== undefined && /[.;:!?]$/.test(prev) && /^[А-ЯЁA-Z0-9]/.test(t));
    if (prev === undefined || starts) joined.push(t);
    else joined[joined.length - 1] = /[а-яё]-$/i.test(prev) && /^[а-яё]/.test(t) ? prev.slice(0, -1) + t : `${prev} ${t}`;
  }
  return joined.flatMap((t) => markupToParagraphs(t));
}
