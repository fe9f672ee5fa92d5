import type { Rule, Run } from './geometry.js';
import { makeLine, type Line } from './lines.js';
import type { PdfCell, PdfRow, PdfTable } from './table-model.js';

/**
 * Tables without drawn lines between columns (no borders at all, horizontal rules only,
 * or lines in a scanned image under an OCR text layer), found by their gutters. Design —
 * what evidence makes a column, a row, a cell (as pdfplumber's "text" strategy and
 * Camelot's stream mode do, columns come from alignment over many lines, never one):
 *
 * - A COLUMN is the room between two gutters; a gutter is a vertical band no run enters
 *   over the whole run of lines, with text on both sides. One line proves nothing
 *   (justified text leaves gaps of 70 pt between words, and those do not line up down the
 *   page); left edges prove little (centred deadline and responsible cells start anywhere),
 *   so the test is the band staying empty, not text starting at one x. A table starts at a
 *   window of several consecutive lines that leave at least two common bands of more than
 *   half a letter (three columns or more), each column holding text and two lines text in
 *   three columns; the header row and a "1 2 3 4" row, short cells clear of the gutters,
 *   are the first lines of such a window. At one gutter at least the text on one side is
 *   aligned (flush or justified) over three lines: gaps of prose that happen to line up
 *   have ragged sides. Once found, a gutter holds while a few points of it stay free
 *   (a cell's text runs up to its padding) and narrows to what every line leaves.
 * - The TABLE goes on while lines keep the gutters: after a row's space too when the line
 *   stands where a row's text does (in a column right of the first, as the next number, or
 *   as lines of the first column that rows follow: a section title in a cell). Up to three
 *   lines across the gutters (a title across the table) are a row of their own when a
 *   line keeping them follows; any other line across them ends the table. A table that
 *   ends its page goes on with the lines at the top of the next page that keep its gutters
 *   (the end of a cut row shows only one column), with its columns, and its rows started
 *   as on the page before (numbered or not).
 * - A ROW: horizontal rules drawn between the lines part rows, and nothing else does; a
 *   rule that leaves out a column merges that cell with the one above (its text repeated,
 *   as a ruled table does). Without rules, where the first column holds numbers, a number
 *   starts a row (and a line across the table); a line that starts every column but the
 *   first after a row's space is an entry without a number; where rows stand apart, a
 *   sentence broken across a row's space is a cell cut by the page break of the document
 *   printed (a row of its own, joined by the recognizer as a cut row). Without a number
 *   column a row starts where the first column gets text, after a gap wider than the
 *   lines' spacing, or where a column that had text in the row and then none gets text.
 * - A CELL is the runs between two gutters in a row: a cell of several lines stays one.
 *   A cell vertically centred against a taller neighbour belongs to the row whose span
 *   holds it: short cells of other columns fall in the row they stand in whatever their
 *   line, and a number set lower than its row's first line goes to the row whose gap is
 *   above it, not to a row of its own.
 *
 * The seam: lines of positioned runs in, a table of cells of lines out (`PdfTable`),
 * the same as for ruled tables; text from OCR enters the same way, as runs.
 */

export interface Band {
  from: number;
  to: number;
}

/** Lines in a window that start a table. */
const WINDOW = 4;
const WIDEST = 12;
/** Lines a table found by its gutters has at least (shorter ones are left to the column starts, see unruled.ts). */
const MIN_LINES = 6;

/** A band this wide (points) between columns, at least: a little more than half a letter. */
function minGutter(size: number): number {
  return Math.max(0.45 * size, 4.5);
}

/**
 * A gutter once found holds while this much of it stays free (points): a cell's text may
 * run up to its padding, a few points short of the next column's text.
 */
function holdGutter(size: number): number {
  return Math.max(0.3 * size, 3.5);
}

/** The bands inside [left, right] no run of `lines` enters, `min` wide or more. */
function emptyBands(lines: Line[], left: number, right: number, min: number): Band[] {
  const spans = lines.flatMap((l) => l.runs.map((r) => [r.x0, r.x1] as const)).sort((a, b) => a[0] - b[0]);
  const out: Band[] = [];
  let at = left;
  for (const [x0, x1] of spans) {
    if (x0 - at >= min) out.push({ from: at, to: x0 });
    at = Math.max(at, x1);
  }
  if (right - at >= min) out.push({ from: at, to: right });
  return out.filter((b) => b.from > left && b.to < right);
}

/** What is left of a gutter once `line` is laid over it: its widest free piece, or null when less than `min` is free. */
function narrow(g: Band, line: Line, min: number): Band | null {
  const inside = line.runs.filter((r) => r.x1 > g.from && r.x0 < g.to).sort((a, b) => a.x0 - b.x0);
  if (inside.length === 0) return g;
  let best: Band | null = null;
  let at = g.from;
  for (const r of inside) {
    if (r.x0 - at >= min && (!best || r.x0 - at > best.to - best.from)) best = { from: at, to: r.x0 };
    at = Math.max(at, r.x1);
  }
  if (g.to - at >= min && (!best || g.to - at > best.to - best.from)) best = { from: at, to: g.to };
  return best;
}

/** Columns of the runs of `line` (index of the column each run's middle falls in). */
function columnOf(x: number, gutters: Band[]): number {
  let k = 0;
  while (k < gutters.length && x > (gutters[k]!.from + gutters[k]!.to) / 2) k++;
  return k;
}

/** How many columns a line has text in. */
function columnsFilled(line: Line, gutters: Band[]): number {
  return new Set(line.runs.map((r) => columnOf((r.x0 + r.x1) / 2, gutters))).size;
}

/** Each column (between the gutters) has text, and two lines have text in three columns or more. */
function looksTabular(lines: Line[], gutters: Band[]): boolean {
  if (gutters.length < 2) return false;
  const per = new Array<number>(gutters.length + 1).fill(0);
  let multi = 0;
  for (const l of lines) {
    const cols = new Set(l.runs.map((r) => columnOf((r.x0 + r.x1) / 2, gutters)));
    for (const c of cols) per[c]!++;
    if (cols.size >= 3) multi++;
  }
  return multi >= 2 && per.every((n) => n >= 1);
}

/**
 * A column's text is aligned at the gutter: on three lines or more the text right of it
 * starts at one x (cells set flush left), or the text left of it ends at one x (justified
 * cells). Gaps in prose that happen to line up have ragged sides.
 */
function edgeAligned(lines: Line[], g: Band, size: number): boolean {
  const starts: [number, string][] = [];
  const ends: [number, string][] = [];
  for (const l of lines) {
    const right = l.runs.find((r) => r.x0 >= g.to - 0.5 && r.x0 <= g.to + 2 * size);
    const left = [...l.runs].reverse().find((r) => r.x1 <= g.from + 0.5 && r.x1 >= g.from - 2 * size);
    if (right) starts.push([right.x0, l.text]);
    if (left) ends.push([left.x1, l.text]);
  }
  // (lines of other text: a sentence printed twice lines up with itself)
  const most = (xs: [number, string][]): number => Math.max(0, ...xs.map(([x]) => new Set(xs.filter(([y]) => Math.abs(x - y) <= 1.5).map(([, t]) => t)).size));
  return most(starts) >= 3 || most(ends) >= 3;
}

/**
 * Tables found by their gutters among a page's body lines (top to bottom). Returns the
 * tables and the lines they took.
 */
export function findGutterTables(lines: Line[], size: number, carried: Carry | null = null, rules: Rule[] = []): { tables: PdfTable[]; used: Set<Line>; carry: Carry | null; lead: Carry | null } {
  const min = minGutter(size);
  const used = new Set<Line>();
  const tables: PdfTable[] = [];
  let i = 0;
  // (lines before it belong to a table found already)
  let floor = 0;
  let carry: Carry | null = null;
  // the table found (by its own gutters) at the top of the page: the page before may hold its first row
  let lead: Carry | null = null;
  const hold = holdGutter(size);
  const head = carried ? goesOnFrom(lines, carried, hold, size, rules) : null;
  if (head) {
    tables.push(head.table);
    for (const l of lines.slice(0, head.end)) used.add(l);
    i = floor = head.end;
    if (head.end === lines.length) carry = { ...carried!, gutters: head.gutters, gaps: [...carried!.gaps, ...head.gaps], numbered: head.numbered };
  }
  while (i + WINDOW <= lines.length) {
    // the first window from WINDOW lines up to WIDEST whose lines leave gutters and show columns (tall rows show
    // their columns on their first line only)
    let size0 = 0;
    let gutters: Band[] = [];
    for (let w = WINDOW; w <= WIDEST && i + w <= lines.length; w++) {
      const window = lines.slice(i, i + w);
      if (!near(window[w - 2]!, window[w - 1]!, size)) break;
      const left = Math.min(...window.map((l) => l.x0));
      const right = Math.max(...window.map((l) => l.x1));
      const bands = emptyBands(window, left, right, min);
      if (bands.length < 2) break;
      // (a table's first line has text in two columns at least: a paragraph over it is no row of it)
      if (looksTabular(window, bands) && columnsFilled(window[0]!, bands) >= 2) {
        size0 = w;
        gutters = bands;
        break;
      }
    }
    if (size0 === 0) {
      i++;
      continue;
    }
    // grow down while the lines keep the gutters
    const grown = growDown(lines, i, i + size0, gutters, hold, size);
    const end = grown.end;
    const spanning = grown.spanning;
    gutters = grown.gutters;
    const keeps = (l: Line): Band[] | null => keep(gutters, l, hold);
    const crosses = (l: Line): number => gutters.filter((g) => narrow(g, l, hold) === null).length;
    // and up: the header and the "1 2 3 4" row over the first window (short centred cells clear of the
    // gutters, with text in two columns or more), a section title under them
    let begin = i;
    while (begin > floor && near(lines[begin - 1]!, lines[begin]!, size)) {
      const l = lines[begin - 1]!;
      const kept = keeps(l);
      if (kept && columnsFilled(l, gutters) >= 2) {
        gutters = kept;
        begin--;
        continue;
      }
      if (kept) break;
      // a title across the table (up to three lines) under a line that keeps the gutters in two columns or more
      let k = begin - 1;
      while (k > begin - 3 && k > floor && near(lines[k - 1]!, lines[k]!, size) && !keeps(lines[k - 1]!)) k--;
      const above = lines[k - 1];
      const block = lines.slice(k, begin);
      if (!block.some((b) => crosses(b) >= Math.min(2, gutters.length)) || !above || k - 1 < floor || !near(above, lines[k]!, size) || !keeps(above) || columnsFilled(above, gutters) < 2) break;
      for (const b of block) spanning.add(b);
      begin = k;
    }
    const seed = i;
    // lines at the top of the page above it, right of its first column, are the rest of a row the page break cut
    if (floor === 0 && begin > 0 && lines.slice(0, begin).every((l) => {
      const kept = keeps(l);
      return kept !== null && l.runs.every((r) => columnOf((r.x0 + r.x1) / 2, kept) > 0);
    })) begin = 0;
    i = begin;
    const region = lines.slice(i, end);
    // a line across the table at its foot has nothing under it to prove it a row of the table
    while (region.length && spanning.has(region[region.length - 1]!)) region.pop();
    // the gutters again from all the lines but those across the table: the widest bands they all leave
    const body = region.filter((l) => !spanning.has(l));
    const lo = Math.min(...body.map((l) => l.x0));
    const hi = Math.max(...body.map((l) => l.x1));
    const final = emptyBands(body, lo, hi, hold).filter((b) => gutters.some((g) => b.from < g.to && g.from < b.to));
    // (a header alone, its cells short, leaves bands that the rows under it fill: a table has rows too)
    if (body.length < MIN_LINES || !looksTabular(body, final) || body.filter((l) => columnsFilled(l, final) >= 2).length < 3 || !final.some((g) => edgeAligned(body, g, size))) {
      i = seed + 1;
      continue;
    }
    const built = buildTable(region, spanning, final, lo, hi, size, rules);
    tables.push(built.table);
    for (const l of region) used.add(l);
    i += region.length;
    floor = i;
    const part = { gutters: final, xs: built.table.xs, gaps: gapsOf(region), numbered: built.numbered };
    if (region[0] === lines[0]) lead = part;
    carry = i === lines.length ? part : null;
  }
  return { tables, used, carry, lead };
}

/**
 * The first row of a table that opens the next page, printed at the foot of this one
 * alone (its other cells empty): the page's last lines, each keeping the table's gutters
 * and right of its first column, the first starting where a column's text starts. Null
 * when the page does not end so.
 */
export function firstRowBefore(lines: Line[], lead: Carry, size: number, rules: Rule[] = []): { table: PdfTable; used: Line[] } | null {
  const hold = holdGutter(size);
  let k = lines.length;
  while (k > 0) {
    const l = lines[k - 1]!;
    const kept = keep(lead.gutters, l, hold);
    if (!kept || l.runs.some((r) => columnOf((r.x0 + r.x1) / 2, kept) === 0)) break;
    k--;
  }
  const part = lines.slice(k);
  const first = part[0];
  if (!first || !lead.gutters.some((g) => Math.abs(first.x0 - g.to) <= 2)) return null;
  const { table } = buildTable(part, new Set(), lead.gutters, lead.xs[0]!, lead.xs[lead.xs.length - 1]!, size, rules, lead.numbered || undefined);
  table.xs = lead.xs;
  return { table, used: part };
}

/**
 * A table found by its gutters that ends its page goes on on the next: the lines at the
 * top of that page that keep its gutters are its rest (a cut row's last lines, in one
 * column, show no columns of their own). The first of them must stand where a row's
 * text does: in two columns, in a column right of the first, or as a number in the first
 * (a line at the left margin alone is a paragraph or a heading after the table); where the
 * table ended short of the page's foot, only a line in two columns or more, or a number.
 */
function goesOnFrom(lines: Line[], carried: Carry, min: number, size: number, rules: Rule[]): { table: PdfTable; end: number; gutters: Band[]; gaps: number[]; numbered: boolean } | null {
  const first = lines[0];
  const kept = first ? keep(carried.gutters, first, min) : null;
  if (!first || !kept) return null;
  const col = columnOf((first.runs[0]!.x0 + first.runs[0]!.x1) / 2, kept);
  if (columnsFilled(first, kept) < 2 && (col === 0 || carried.full === false) && !NUMBER.test(first.text.split(' ')[0]!)) return null;
  const grown = growDown(lines, 0, 1, kept, min, size, carried.gaps);
  const region = lines.slice(0, grown.end);
  while (region.length > 1 && grown.spanning.has(region[region.length - 1]!)) region.pop();
  const lo = Math.min(carried.xs[0]!, ...region.map((l) => l.x0));
  const hi = Math.max(carried.xs[carried.xs.length - 1]!, ...region.map((l) => l.x1));
  // (a part above found numbers; a part too short to show them, as a header and a row or two, decides nothing)
  const { table, numbered } = buildTable(region, grown.spanning, grown.gutters, lo, hi, size, rules, carried.numbered || undefined);
  // (the columns of the part before, for the page break to be seen as inside one table)
  table.xs = carried.xs;
  return { table, end: region.length, gutters: grown.gutters, gaps: gapsOf(region), numbered };
}

function gapsOf(region: Line[]): number[] {
  return region.slice(1).map((l, k) => l.top - region[k]!.bottom);
}

/** What a table that ends its page hands to the next page: its gutters, column edges and the gaps between its lines. */
export interface Carry {
  gutters: Band[];
  xs: number[];
  gaps: number[];
  /** The table reached the foot of its page (false: it ended higher, the next row perhaps moved over whole). */
  full?: boolean;
  /** Its rows start at the numbers of its first column (decided where the table starts, not on each page's part). */
  numbered: boolean;
}

const near = (a: Line, b: Line, size: number): boolean => b.top - a.bottom <= 2.5 * size;

/** The gutters narrowed to what `l` leaves free, or null when it enters one of them. */
function keep(gutters: Band[], l: Line, min: number): Band[] | null {
  const kept = gutters.map((g) => narrow(g, l, min));
  return kept.every((g) => g !== null) ? (kept as Band[]) : null;
}

/**
 * The table's lines from `begin` on, `end` being the first not taken yet: lines go on
 * with it while they keep the gutters; lines across them (up to three: a section title)
 * are a row of their own when the line after them keeps the gutters again.
 */
function growDown(lines: Line[], begin: number, end: number, gutters: Band[], min: number, size: number, prior: number[] = []): { end: number; gutters: Band[]; spanning: Set<Line> } {
  const spanning = new Set<Line>();
  const keeps = (l: Line): Band[] | null => keep(gutters, l, min);
  const crosses = (l: Line): number => gutters.filter((g) => narrow(g, l, min) === null).length;
  const spacing = (k: number): number => lines[k]!.top - lines[k - 1]!.bottom;
  // (lines of one column that rows in two columns or more follow, all keeping the gutters: a section title in a cell)
  const rowFollows = (from: number): boolean => {
    for (let j = from + 1; j < lines.length && j <= from + 16 && near(lines[j - 1]!, lines[j]!, size); j++) {
      if (!keeps(lines[j]!)) return false;
      if (columnsFilled(lines[j]!, gutters) >= 2) return true;
    }
    return false;
  };
  while (end < lines.length && near(lines[end - 1]!, lines[end]!, size)) {
    const line = lines[end]!;
    const kept = keeps(line);
    if (kept && columnsFilled(line, kept) < 2) {
      const gaps = [...prior, ...lines.slice(begin + 1, end).map((_l, k) => spacing(begin + 1 + k))].sort((a, b) => a - b);
      const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
      const widest = gaps[gaps.length - 1] ?? 0;
      // a line of one column after more space than the table's lines have is a paragraph under the table;
      // unless the table's rows stand that far apart already and the line stands where a row's text does: in a
      // column right of the first (a cell's next paragraph, a cell cut by a page break) or as the next number
      const col = columnOf((line.runs[0]!.x0 + line.runs[0]!.x1) / 2, kept);
      const entry = col > 0 || NUMBER.test(line.text.split(' ')[0]!);
      if (spacing(end) > usual + 0.5 * size && !(entry && spacing(end) <= widest + 1) && !rowFollows(end)) break;
    }
    if (kept) {
      gutters = kept;
      end++;
      continue;
    }
    let k = end;
    while (k < end + 3 && k < lines.length && near(lines[k - 1]!, lines[k]!, size) && !keeps(lines[k]!)) k++;
    const after = lines[k];
    if (!lines.slice(end, k).some((l) => crosses(l) >= Math.min(2, gutters.length)) || !after || !near(lines[k - 1]!, after, size) || !keeps(after)) break;
    for (let j = end; j < k; j++) spanning.add(lines[j]!);
    end = k;
  }
  return { end, gutters, spanning };
}

function buildTable(region: Line[], spanning: Set<Line>, gutters: Band[], lo: number, hi: number, size: number, rules: Rule[] = [], numbered?: boolean): { table: PdfTable; numbered: boolean } {
  const page = region[0]!.page;
  const C = gutters.length + 1;
  const edges = [lo, ...gutters.map((g) => (g.from + g.to) / 2), hi];
  const room = (k: number): { left: number; right: number } => ({ left: k === 0 ? lo : gutters[k - 1]!.to, right: k === C - 1 ? hi : gutters[k]!.from });
  // the lines cut at the gutters: a piece per column with text
  const pieces = region.map((l) => {
    if (spanning.has(l)) return null;
    const by = new Map<number, Run[]>();
    for (const r of l.runs) {
      const k = columnOf((r.x0 + r.x1) / 2, gutters);
      by.get(k)?.push(r) ?? by.set(k, [r]);
    }
    return new Map([...by].map(([k, rs]) => [k, makeLine(rs, page)]));
  });
  // horizontal rules drawn between the lines (a table with row lines only) part its rows, and nothing else does
  const across = rules.filter((r) => r.dir === 'h' && Math.min(r.to, hi) - Math.max(r.from, lo) > 0.05 * (hi - lo));
  const between = (k: number): Rule[] => across.filter((r) => r.at > region[k - 1]!.baseline && r.at < region[k]!.baseline && r.at >= region[k - 1]!.bottom - 3 && r.at <= region[k]!.top + 3);
  const drawn = region.map((_l, k) => (k > 0 ? between(k) : []));
  const byNumber = numbered ?? isNumbered(pieces);
  const ruledRows = drawn.filter((d) => d.some((r) => Math.min(r.to, hi) - Math.max(r.from, lo) > 0.5 * (hi - lo))).length >= 2;
  const starts = ruledRows
    ? region.map((_l, k) => k).filter((k) => k === 0 || drawn[k]!.length > 0 || spanning.has(region[k]!) !== spanning.has(region[k - 1]!))
    : rowStarts(region, pieces, spanning, room(0).right, size, C, byNumber);
  const rows: PdfRow[] = [];
  // the cell each column's merge (if it goes on) starts from
  const anchors = new Map<number, PdfCell>();
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    const to = starts[s + 1] ?? region.length;
    const lines = region.slice(from, to);
    const top = Math.min(...lines.map((l) => l.top));
    const bottom = Math.max(...lines.map((l) => l.bottom));
    if (spanning.has(region[from]!)) {
      anchors.clear();
      const { left } = room(0);
      rows.push({ cells: [{ col: 0, colSpan: C, rowSpan: 1, left, right: hi, lines }], page, top, bottom });
      continue;
    }
    const cells: PdfCell[] = [];
    for (let k = 0; k < C; k++) {
      const own = pieces.slice(from, to).flatMap((p) => (p?.get(k) ? [p.get(k)!] : []));
      // a row line that leaves out a column: the cell above goes on down into this row (merged over the rows), and
      // is repeated in it, as in a ruled table; an empty one too (its text may be on the page before)
      const upper = anchors.get(k);
      if (ruledRows && from > 0 && upper && own.length === 0 && !spanning.has(region[from - 1]!) && !covers(drawn[from]!, room(k))) {
        upper.rowSpan++;
        cells.push({ ...upper, rowSpan: 1, mergedFromAbove: true });
        continue;
      }
      const cell: PdfCell = { col: k, colSpan: 1, rowSpan: 1, ...room(k), lines: own };
      anchors.set(k, cell);
      cells.push(cell);
    }
    rows.push({ cells, page, top, bottom });
  }
  return { table: { kind: 'table', xs: edges, rows, page, top: rows[0]!.top, bottom: rows[rows.length - 1]!.bottom, unruled: true }, numbered: byNumber };
}

/** The first column holds numbers ("1.", "2.3", "IV") on most of its entries: a numbered table, whose rows start at its numbers. */
function isNumbered(pieces: (Map<number, Line> | null)[]): boolean {
  const filled = pieces.flatMap((p) => (p?.get(0) ? [p.get(0)!] : []));
  const numbered = filled.filter((f) => NUMBER.test(f.text.replace(/\s+/g, ''))).length;
  return numbered >= 2 && numbered >= 0.5 * filled.length;
}

/** The rules drawn at one place cover most of the column's room. */
function covers(rules: Rule[], room: { left: number; right: number }): boolean {
  const len = rules.reduce((n, r) => n + Math.max(0, Math.min(r.to, room.right) - Math.max(r.from, room.left)), 0);
  return len >= 0.5 * (room.right - room.left);
}

const NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?)$/;

/**
 * Indexes of the lines that start a row. Where the first column holds numbers on most of
 * its entries, only a number (or a line across the table) starts a row; else the
 * first column's text, a gap wider than the lines' spacing, or a column getting text
 * again after a blank does.
 */
function rowStarts(region: Line[], pieces: (Map<number, Line> | null)[], spanning: Set<Line>, firstRight: number, size: number, columns: number, byNumber: boolean): number[] {
  const firsts = pieces.map((p) => p?.get(0) ?? null);
  const gaps = region.slice(1).map((l, k) => l.top - region[k]!.bottom);
  const usual = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : 0;
  const out: number[] = [];
  let prevFirst: Line | null = null;
  let open = new Set<number>();
  let blank = new Set<number>();
  for (let k = 0; k < region.length; k++) {
    const l = region[k]!;
    const p = pieces[k];
    // (the lines of a title across the table are one row)
    let start = k === 0 || spanning.has(l) !== spanning.has(region[k - 1]!);
    const first = firsts[k];
    // (in a numbered table, an entry without a number: after a row's space, a line that starts every column but the first)
    if (!start && byNumber && p && !first && columns >= 3 && p.size >= columns - 1 && /^[\p{Lu}\d«"]/u.test(p.get(1)?.text ?? '') && l.top - region[k - 1]!.bottom > usual + 0.5 * size) start = true;
    if (!start && first) {
      // (a section's number may stand glued to its title: "6.Результативность")
      if (byNumber) start = NUMBER.test(first.text.split(' ')[0]!) || /^\d{1,3}(?:\.\d{1,3})*\.\p{Lu}/u.test(first.text);
      else {
        // (a first column going on in lower case, or after a line that filled it, is its text wrapped)
        const wraps: boolean = prevFirst !== null && (/^[\p{Ll}]/u.test(first.text) || prevFirst.x1 >= firstRight - 0.8 * size);
        start = !wraps;
      }
    }
    if (!start && !byNumber && p) {
      if (k > 0 && l.top - region[k - 1]!.bottom > usual + 0.6 * size) start = true;
      for (const c of p.keys()) if (c > 0 && blank.has(c)) start = true;
    }
    if (start) {
      out.push(k);
      open = new Set();
      blank = new Set();
    }
    if (p) {
      for (const c of open) if (!p.has(c)) blank.add(c);
      for (const c of p.keys()) open.add(c);
    }
    prevFirst = first ?? (start ? null : prevFirst);
  }
  return byNumber ? withRowGaps(out, region, pieces, firsts, spanning, usual, size) : out;
}

/**
 * In a numbered table whose rows stand apart (most numbers come after a gap wider than
 * the lines' spacing), a number set lower than its row's first line (vertically centred,
 * or after empty lines in its cell) belongs to the row whose gap is above it, not to a
 * row of its own. And a sentence broken across such a gap ("обла-" / "сти по …",
 * "специализированных" / "профильных сменах") is a cell cut where the document had a page
 * break: the rest starts a row of its own, which the recognizer joins as it joins a row
 * cut by a page break (a ruled table shows it so). After a colon the gap opens a list.
 */
function withRowGaps(starts: number[], region: Line[], pieces: (Map<number, Line> | null)[], firsts: (Line | null)[], spanning: Set<Line>, usual: number, size: number): number[] {
  const gap = (k: number): number => (k > 0 ? region[k]!.top - region[k - 1]!.bottom : 0);
  const numbered = starts.filter((k) => k > 0 && !spanning.has(region[k]!) && firsts[k] !== null);
  const spaced = numbered.filter((k) => gap(k) > usual + 0.5 * size);
  if (spaced.length < 2 || spaced.length < 0.6 * numbered.length) return starts;
  const rowGap = [...spaced.map(gap)].sort((a, b) => a - b)[Math.floor(spaced.length / 2)]!;
  const gapAt = (k: number): boolean => k > 0 && gap(k) >= 0.8 * rowGap && !spanning.has(region[k]!) && !spanning.has(region[k - 1]!);
  const own = new Set(starts);
  const out = new Set<number>();
  for (let i = 0; i < starts.length; i++) {
    const k = starts[i]!;
    let at = k;
    if (k > 0 && !gapAt(k) && !spanning.has(region[k]!) && firsts[k] !== null) {
      // up to the nearest gap after the row before, with nothing in the first column between
      let j = k - 1;
      while (j > (starts[i - 1] ?? -1) && !gapAt(j) && firsts[j] === null) j--;
      if (j > (starts[i - 1] ?? -1) && gapAt(j) && firsts[j] === null && !own.has(j)) at = j;
    }
    out.add(at);
  }
  for (let k = 1; k < region.length; k++) {
    if (!gapAt(k) || out.has(k) || firsts[k] !== null || !pieces[k]) continue;
    const cut = [...pieces[k]!].every(([c, piece]) => {
      const before = pieces.slice(0, k).reverse().find((p) => p?.has(c))?.get(c);
      return /^\p{Ll}/u.test(piece.text) && before !== undefined && /[\p{L}\d,-]$/u.test(before.text);
    });
    if (cut) out.add(k);
  }
  return [...out].sort((a, b) => a - b);
}
