import type { Run } from './geometry.js';
import type { Grid } from './grid.js';
import { firstWordWidth, groupLines, makeLine, type Line } from './lines.js';
import type { PdfCell, PdfRow, PdfTable } from './table-model.js';
import { isBullet } from './text.js';

/**
 * Tables known by alignment alone: no lines drawn between columns (or rows). Text set
 * in columns leaves wide gaps on each line, and the gaps open at the same places line
 * after line; the column starts are where many lines' pieces start. Rows begin where
 * the first column gets text, or where a column that had ended gets text again (cells
 * are set from their top, so a new row fills its columns from one line).
 */

interface Column {
  left: number;
  right: number;
}

interface SegLine {
  line: Line;
  segs: Line[];
}

/** A gap this wide between runs separates table columns (cells have padding on both sides). */
function cellGap(size: number): number {
  return Math.max(0.9 * size, 9);
}

/**
 * A line cut into the pieces wide gaps leave; where the columns are known (`edges`, the
 * columns' starts), a gap that straddles a column's start cuts too, however narrow
 * ("педагогов-" | "2022 г." where a column's text runs up to the next one).
 */
function segment(line: Line, gap: number, edges: number[] = []): SegLine {
  const parts: Run[][] = [];
  let cur: Run[] = [];
  let prev: Run | null = null;
  for (const r of line.runs) {
    // (a list entry's bullet stands apart from its text, in the same cell)
    if (prev && !isBullet(prev.text.trim()) && (r.x0 - prev.x1 >= gap || edges.some((e) => prev!.x1 <= e + 2 && r.x0 >= e - 3))) {
      parts.push(cur);
      cur = [];
    }
    cur.push(r);
    prev = r;
  }
  if (cur.length) parts.push(cur);
  return { line, segs: parts.length === 1 ? [line] : parts.map((p) => makeLine(p, line.page)) };
}

/** x positions where the pieces of at least `support` lines start, clustered. */
function columnStarts(lines: SegLine[], support: number): number[] {
  const xs = lines.filter((l) => l.segs.length >= 2).flatMap((l) => l.segs.map((s) => s.x0)).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1]! <= 3) last.push(x);
    else clusters.push([x]);
  }
  return clusters.filter((c) => c.length >= support).map((c) => Math.min(...c));
}

/**
 * Columns from their starts. A column's text may run up to the widest line seen in it,
 * and at least to a little short of the next column (two cell paddings).
 */
function columnsOf(lines: SegLine[], starts: number[], limit = Infinity): Column[] {
  return starts.map((left, k) => {
    const next = starts[k + 1];
    const inCol = lines.flatMap((l) => l.segs).filter((s) => s.x0 >= left - 3 && s.x1 <= (next ?? Infinity) + 3);
    const widest = Math.max(left + 10, ...inCol.map((s) => s.x1));
    return { left, right: Math.max(widest, next !== undefined ? next - 8 : Math.min(widest, limit)) };
  });
}

/** Column of a piece of a line, and how many columns it spans. */
function place(seg: Line, cols: Column[]): { col: number; span: number } {
  let col = 0;
  for (let k = 0; k < cols.length; k++) if (cols[k]!.left <= seg.x0 + 3) col = k;
  let end = col;
  for (let k = col + 1; k < cols.length; k++) if (seg.x1 > cols[k]!.left + 3) end = k;
  return { col, span: end - col + 1 };
}

/**
 * Rows from lines laid on columns. A line starts a row when it spans the table (a
 * section row, which also ends its row), when the first column gets text that does
 * not wrap the first column's text above, when a column that had text in this row and
 * then none gets text again, or after an empty line.
 */
function buildRows(lines: SegLine[], cols: Column[], page: number, size: number, rowGap = 0): PdfRow[] {
  type Acc = { segs: { seg: Line; col: number; span: number }[]; spanning: boolean; top: number; bottom: number };
  const rows: Acc[] = [];
  let cur: Acc | null = null;
  let prevPlaced: { seg: Line; col: number; span: number }[] = [];
  let prevLine: Line | null = null;
  for (const l of lines) {
    const placed = l.segs.map((seg) => ({ seg, ...place(seg, cols) }));
    const spanning = cols.length >= 2 && placed.length === 1 && placed[0]!.span >= Math.max(2, cols.length - 1);
    let start = cur === null || spanning || cur.spanning;
    if (!start && cur && prevLine) {
      // (a gap between paragraphs inside a cell is narrower than the one between rows, where the table shows that)
      if (l.line.top - prevLine.bottom > Math.max(0.8 * size, 0.85 * rowGap)) start = true;
      const first = placed.find((p) => p.col === 0);
      const prevFirst = prevPlaced.find((p) => p.col === 0);
      // (a first column going on in lower case is its text wrapped or broken: "1. Организацио" / "нные мероприятия")
      if (first) {
        const wraps = prevFirst !== undefined && (/^[а-яё]/.test(first.seg.text) || prevFirst.seg.x1 + 0.3 * size + firstWordWidth(first.seg) >= cols[0]!.right - 1);
        if (!wraps) start = true;
      }
      const had = new Set(cur.segs.map((s) => s.col));
      const before = new Set(prevPlaced.map((p) => p.col));
      if (placed.some((p) => p.col > 0 && had.has(p.col) && !before.has(p.col))) start = true;
    }
    if (start) {
      cur = { segs: [], spanning, top: l.line.top, bottom: l.line.bottom };
      rows.push(cur);
    }
    cur!.segs.push(...placed);
    cur!.bottom = Math.max(cur!.bottom, l.line.bottom);
    prevPlaced = placed;
    prevLine = l.line;
  }
  return rows.map((r) => {
    const cells: PdfCell[] = [];
    for (let k = 0; k < cols.length; ) {
      const here = r.segs.filter((s) => s.col === k);
      const span = Math.max(1, ...here.map((s) => s.span));
      const right = cols[Math.min(cols.length - 1, k + span - 1)]!.right;
      cells.push({ col: k, colSpan: Math.min(span, cols.length - k), rowSpan: 1, left: cols[k]!.left, right, lines: here.map((s) => s.seg) });
      k += span;
    }
    return { cells, page, top: r.top, bottom: r.bottom };
  });
}

function toTable(rows: PdfRow[], cols: Column[], page: number): PdfTable {
  const xs = [...cols.map((c) => c.left), cols[cols.length - 1]!.right];
  return { kind: 'table', xs, rows, page, top: rows[0]!.top, bottom: rows[rows.length - 1]!.bottom, unruled: true };
}

/**
 * A ruled frame that holds several aligned columns of text but no lines between them
 * (a table drawn with its outer border only, or with row lines only): its columns by
 * alignment, its rows by the drawn lines when there are any, else by alignment.
 * Null when the frame's text is not in columns (a boxed paragraph, a real one-column table).
 */
export function splitFrameByAlignment(grid: Grid, runs: Run[], page: number, known?: number[], trusted = false, rowGap = 0): PdfTable | null {
  if (grid.xs.length > 2) return null;
  const size = median(runs.map((r) => r.size));
  const lines = groupLines(runs, page).map((l) => segment(l, cellGap(size), trusted ? (known ?? []).slice(1) : []));
  const starts = known ?? columnStarts(lines, 2);
  // columns known from a header row or from the table's other pages stand even on a page where few lines show them
  if (starts.length < 2 || (!trusted && lines.filter((l) => l.segs.length >= 2).length < 2)) return null;
  const cols = columnsOf(lines, starts, grid.x1 - (starts[0]! - grid.x0));
  if (grid.ys.length > 2) {
    // rows drawn, columns not: lines between two row lines are one row
    const rows: PdfRow[] = [];
    for (let r = 0; r + 1 < grid.ys.length; r++) {
      const inRow = lines.filter((l) => l.line.baseline > grid.ys[r]! && l.line.baseline < grid.ys[r + 1]!);
      const built = buildRows(inRow, cols, page, size);
      const merged = mergeRows(built);
      if (merged) rows.push({ ...merged, top: grid.ys[r]!, bottom: grid.ys[r + 1]! });
    }
    return rows.length ? toTable(rows, cols, page) : null;
  }
  const rows = buildRows(lines, cols, page, size, rowGap);
  return rows.length ? { ...toTable(rows, cols, page), top: grid.top, bottom: grid.bottom } : null;
}

/**
 * Column starts for frames that are parts of one table on several pages (same left and
 * right edges): a page with few rows shows too little alignment on its own.
 */
export function frameColumnStarts(parts: { runs: Run[]; page: number }[]): number[] {
  const size = median(parts.flatMap((p) => p.runs.map((r) => r.size)));
  const lines = parts.flatMap((p) => groupLines(p.runs, p.page).map((l) => segment(l, cellGap(size))));
  const starts = columnStarts(lines, 2);
  // where text of the columns before runs on over a start, that start is an indent inside a cell (a list
  // entry's bullet, its hanging lines), not a column: no text crosses from one column into the next
  const segs = lines.flatMap((l) => l.segs);
  return starts.filter((x, k) => {
    if (k === 0) return true;
    const crossing = segs.filter((sg) => sg.x0 < x - 3 && sg.x1 > x + 3 && starts.some((y) => y < x && Math.abs(sg.x0 - y) <= 3)).length;
    const own = segs.filter((sg) => Math.abs(sg.x0 - x) <= 3).length;
    return crossing < Math.max(2, 0.2 * own);
  });
}

/**
 * The column starts a table's header row gives: the first line of the table's first
 * part, when it breaks into three pieces or more ("№ п/п", "Наименование мероприятия",
 * "Сроки", …; header cells are set tight, so a gap of half a letter parts them). A
 * header centered in its column starts right of the column: where the other rows' text
 * starts between it and the piece before (at two lines or more), the column starts there.
 * Null when the first line is no such row.
 */
export function headerStarts(parts: { runs: Run[]; page: number }[]): number[] | null {
  const first = parts[0];
  if (!first) return null;
  const size = median(first.runs.map((r) => r.size));
  const line = groupLines(first.runs, first.page)[0];
  if (!line) return null;
  const pieces = segment(line, 0.45 * size).segs;
  if (pieces.length < 3) return null;
  const lines = parts.flatMap((p) => groupLines(p.runs, p.page).map((l) => segment(l, cellGap(size))));
  const aligned = columnStarts(lines, 2);
  return pieces.map((piece, k) => {
    const after = k > 0 ? pieces[k - 1]!.x1 + 2 : -Infinity;
    const seen = aligned.filter((x) => x > after && x <= piece.x0 + 4);
    return Math.min(piece.x0, ...seen);
  });
}

/**
 * The gap between a table's rows, where its parts show it: the median gap before a line
 * that starts an entry (text in the first column, or a capital or a digit in the second)
 * after a gap wider than between lines. 0 when fewer than two show it.
 */
export function frameRowGap(parts: { runs: Run[]; page: number }[], starts: number[]): number {
  const size = median(parts.flatMap((p) => p.runs.map((r) => r.size)));
  const cols = starts.map((left, k) => ({ left, right: (starts[k + 1] ?? Infinity) - 2 }));
  const gaps: number[] = [];
  for (const p of parts) {
    const lines = groupLines(p.runs, p.page).map((l) => segment(l, cellGap(size), starts.slice(1)));
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i]!.line.top - lines[i - 1]!.line.bottom;
      if (gap <= 0.8 * size) continue;
      const opens = lines[i]!.segs.some((sg) => {
        const col = place(sg, cols).col;
        return col === 0 || (col === 1 && /^[\p{Lu}\d]/u.test(sg.text));
      });
      if (opens) gaps.push(gap);
    }
  }
  return gaps.length >= 2 ? median(gaps) : 0;
}

function mergeRows(rows: PdfRow[]): PdfRow | null {
  const first = rows[0];
  if (!first) return null;
  const cells = first.cells.map((c) => ({ ...c, lines: [...c.lines] }));
  for (const r of rows.slice(1)) {
    for (const c of r.cells) {
      const into = cells.find((x) => x.col <= c.col && c.col < x.col + x.colSpan);
      if (into) into.lines.push(...c.lines);
    }
  }
  return { ...first, cells };
}

/**
 * Tables with no lines at all, among a page's body lines: a stretch of lines of which at
 * least two break into three or more pieces starting at the same places. Returns the
 * tables and the lines they took.
 */
export function findUnruledTables(lines: Line[], size: number): { tables: PdfTable[]; used: Set<Line> } {
  const used = new Set<Line>();
  const tables: PdfTable[] = [];
  const segs = lines.map((l) => segment(l, cellGap(l.size)));
  let i = 0;
  while (i < segs.length) {
    if (segs[i]!.segs.length < 3) {
      i++;
      continue;
    }
    // the starts of this line are the first guess of the columns
    let starts = segs[i]!.segs.map((s) => s.x0);
    let j = i + 1;
    let lastMulti = i;
    while (j < segs.length) {
      const l = segs[j]!;
      if (l.line.top - segs[j - 1]!.line.bottom > 1.5 * size) break;
      const cols = columnsOf(segs.slice(i, j), starts);
      const fits = l.segs.every((s) => {
        const p = place(s, cols);
        return p.span === 1 || (l.segs.length === 1 && p.col === 0);
      });
      if (!fits) break;
      if (l.segs.length >= 2) {
        lastMulti = j;
        starts = unionStarts(starts, columnStarts(segs.slice(i, j + 1), 2));
      }
      j++;
    }
    const multi = segs.slice(i, lastMulti + 1).filter((l) => l.segs.length >= 3).length;
    // take the continuation lines after the last multi-piece line that lie inside a column other than the first
    let end = lastMulti + 1;
    const region0 = segs.slice(i, end);
    const startsFinal = columnStarts(region0, 2);
    if (multi < 2 || startsFinal.length < 3) {
      i++;
      continue;
    }
    const cols = columnsOf(region0, startsFinal);
    while (end < segs.length) {
      const l = segs[end]!;
      if (l.line.top - segs[end - 1]!.line.bottom > 0.8 * size) break;
      if (!l.segs.every((s) => place(s, cols).span === 1 && place(s, cols).col > 0)) break;
      end++;
    }
    const region = segs.slice(i, end);
    const rows = buildRows(region, cols, region[0]!.line.page, size);
    tables.push(toTable(rows, cols, region[0]!.line.page));
    for (const l of region) used.add(l.line);
    i = end;
  }
  return { tables, used };
}

function unionStarts(a: number[], b: number[]): number[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => Math.abs(x - y) <= 3)) out.push(x);
  return out.sort((p, q) => p - q);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 12;
}

