import { EPS, type Box, type Rule } from './geometry.js';

/** A cell of a ruled grid: its box and the grid slots it covers. */
export interface GridCell extends Box {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** A table found from the lines a PDF draws: column edges xs, row edges ys, and its cells. */
export interface Grid extends Box {
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

/** Lines closer than this are one line (double borders, a border drawn by both neighbouring cells). */
const SAME_LINE = 2.5;
/** A border counts between two slots when it covers this share of their common edge. */
const COVER = 0.6;

/**
 * Tables from ruling lines (`glyph`: about a letter's width, see mergeNearEdges). Lines that touch form a frame; a frame with at least two
 * horizontal and two vertical lines is a table. Its column and row edges are where
 * lines run; two neighbouring slots with no border between them are one merged cell.
 */
export function findGrids(rules: Rule[], glyph = 6): Grid[] {
  const h = mergeRules(rules.filter((r) => r.dir === 'h'));
  const v = mergeRules(rules.filter((r) => r.dir === 'v'));
  const all = [...h, ...v];
  const parent = all.map((_r, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      if (touches(h[i]!, v[j]!)) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => {
    const g = find(i);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(r);
  });
  // side lines with nothing across (the middle part of a table a page break cut above and below): a
  // line alone pairs with the next one alone of the same height
  const lone = [...groups.entries()].filter(([, rs]) => rs.length === 1 && rs[0]!.dir === 'v').sort((a, b) => a[1][0]!.at - b[1][0]!.at);
  for (let i = 0; i + 1 < lone.length; i++) {
    const [ka, [a]] = lone[i]!;
    const [kb, [b]] = lone[i + 1]!;
    if (!groups.has(ka) || Math.abs(a!.from - b!.from) > SAME_LINE || Math.abs(a!.to - b!.to) > SAME_LINE) continue;
    groups.set(ka, [a!, b!]);
    groups.delete(kb);
    i++;
  }
  const grids: Grid[] = [];
  for (const rs of groups.values()) {
    const grid = gridOf(rs);
    // (two tables printed one under the other are told apart first: their edges may be a few points off too)
    if (grid) grids.push(...splitStacked(grid, rs).map((g) => mergeNearEdges(g, rs, glyph)));
  }
  return grids.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

function touches(h: Rule, v: Rule): boolean {
  return v.at >= h.from - EPS && v.at <= h.to + EPS && h.at >= v.from - EPS && h.at <= v.to + EPS;
}

/** Joins collinear pieces of one line. */
export function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const same = out.filter((o) => Math.abs(o.at - r.at) <= SAME_LINE && r.from <= o.to + EPS && o.from <= r.to + EPS);
    if (same.length === 0) {
      out.push({ ...r });
      continue;
    }
    const o = same[0]!;
    o.from = Math.min(o.from, r.from);
    o.to = Math.max(o.to, r.to);
  }
  return out;
}

function cluster(values: number[]): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x - last[last.length - 1]! <= SAME_LINE) last.push(x);
    else out.push([x]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

function gridOf(rules: Rule[]): Grid | null {
  const hs = rules.filter((r) => r.dir === 'h');
  const vs = rules.filter((r) => r.dir === 'v');
  if (vs.length < 2) return null;
  // no line across at all: only the side lines of a table a page break cut above and below (the page
  // between its first and its last) — two lines of one height, not a mere pair of rules
  if (hs.length === 0 && !(vs.length === 2 && Math.abs(vs[0]!.from - vs[1]!.from) <= SAME_LINE && Math.abs(vs[0]!.to - vs[1]!.to) <= SAME_LINE && vs[0]!.to - vs[0]!.from >= 72)) return null;
  // a frame whose side lines run on past its last line is open at a page break (the outer border of a
  // table is not drawn where the page cuts it): close it where the side lines end
  const left = Math.min(...vs.map((v) => v.at));
  const right = Math.max(...vs.map((v) => v.at));
  for (const end of [Math.min(...vs.map((v) => v.from)), Math.max(...vs.map((v) => v.to))]) {
    if (!hs.some((h) => Math.abs(h.at - end) <= SAME_LINE + 1)) hs.push({ dir: 'h', at: end, from: left, to: right });
  }
  const ys = cluster(hs.map((r) => r.at));
  const xs = cluster(vs.map((r) => r.at));
  if (ys.length < 2 || xs.length < 2) return null;
  const top = ys[0]!;
  const bottom = ys[ys.length - 1]!;
  const x0 = xs[0]!;
  const x1 = xs[xs.length - 1]!;
  if (bottom - top < 6 || x1 - x0 < 20) return null;

  const covered = (lines: Rule[], at: number, from: number, to: number): boolean => {
    let len = 0;
    for (const l of lines) if (Math.abs(l.at - at) <= SAME_LINE) len += Math.max(0, Math.min(l.to, to) - Math.max(l.from, from));
    return len >= COVER * (to - from);
  };
  const R = ys.length - 1;
  const C = xs.length - 1;
  // a ragged table's rows end in other columns: the slots of a row outside the side lines drawn across
  // it (between the first and the last edge that has a line down the row) are no part of the table
  const inside = ys.slice(0, R).map((_y, r) => {
    const drawn = xs.map((x, k) => (covered(vs, x, ys[r]!, ys[r + 1]!) ? k : -1)).filter((k) => k >= 0);
    return drawn.length >= 2 ? { from: drawn[0]!, to: drawn[drawn.length - 1]! } : { from: 0, to: C };
  });
  const isIn = (r: number, c: number): boolean => c >= inside[r]!.from && c < inside[r]!.to;
  const id = (r: number, c: number): number => r * C + c;
  const parent = Array.from({ length: R * C }, (_x, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (!isIn(r, c)) continue;
      if (c + 1 < C && isIn(r, c + 1) && !covered(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < R && isIn(r + 1, c) && !covered(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (!isIn(r, c)) continue;
      const g = find(id(r, c));
      const s = spans.get(g);
      if (!s) spans.set(g, { r0: r, r1: r, c0: c, c1: c });
      else {
        s.r0 = Math.min(s.r0, r);
        s.r1 = Math.max(s.r1, r);
        s.c0 = Math.min(s.c0, c);
        s.c1 = Math.max(s.c1, c);
      }
    }
  }
  const cells: GridCell[] = [...spans.values()].map((s) => ({
    row: s.r0,
    col: s.c0,
    rowSpan: s.r1 - s.r0 + 1,
    colSpan: s.c1 - s.c0 + 1,
    x0: xs[s.c0]!,
    x1: xs[s.c1 + 1]!,
    top: ys[s.r0]!,
    bottom: ys[s.r1 + 1]!,
  }));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells, x0, x1, top, bottom };
}

/**
 * Two tables printed one right under the other share a line and make one frame. Where
 * the row below a line and the last row above it that has columns (rows of one cell
 * across the table, as a section title, fit any columns and go with the rows above them)
 * have at most a few inner column edges in common (those the two tables happen to share),
 * the frame holds two tables: it is cut there.
 */
function splitStacked(grid: Grid, rules: Rule[]): Grid[] {
  const R = grid.ys.length - 1;
  const inner = (r: number): Set<number> => new Set(grid.cells.filter((c) => c.row <= r && r < c.row + c.rowSpan && c.col > 0).map((c) => c.col));
  for (let r = 1; r < R; r++) {
    // no cell runs over the line
    if (grid.cells.some((c) => c.row < r && r < c.row + c.rowSpan)) continue;
    let k = r - 1;
    while (k > 0 && inner(k).size === 0) k--;
    const above = inner(k);
    const below = inner(r);
    const common = [...above].filter((c) => below.has(c)).length;
    if (above.size === 0 || below.size === 0 || 2 * common >= Math.min(above.size, below.size)) continue;
    const at = grid.ys[r]!;
    const clip = (from: number, to: number): Rule[] =>
      rules
        .filter((x) => (x.dir === 'h' ? x.at >= from - SAME_LINE && x.at <= to + SAME_LINE : x.to > from + 1 && x.from < to - 1))
        .map((x) => (x.dir === 'v' ? { ...x, from: Math.max(x.from, from), to: Math.min(x.to, to) } : x));
    const top = gridOf(clip(grid.top, at));
    const bottom = gridOf(clip(at, grid.bottom));
    if (!top || !bottom) continue;
    return [top, ...splitStacked(bottom, clip(at, grid.bottom))];
  }
  return [grid];
}

/**
 * Writers draw a column's border a few points off from row to row (each row's cells drawn
 * on their own): taken as two edges, they make a column narrower than a letter that
 * holds nothing. Two edges closer than `glyph` that no row draws both of are one edge;
 * the grid is drawn again from its own lines with them put together. (Narrow columns
 * every row draws both sides of are real ones.)
 */
function mergeNearEdges(grid: Grid, rules: Rule[], glyph: number): Grid {
  const own = rules
    .filter((r) => (r.dir === 'h' ? r.at >= grid.top - SAME_LINE && r.at <= grid.bottom + SAME_LINE : r.at >= grid.x0 - SAME_LINE && r.at <= grid.x1 + SAME_LINE && r.to > grid.top + 1 && r.from < grid.bottom - 1))
    .map((r) => (r.dir === 'v' ? { ...r, from: Math.max(r.from, grid.top), to: Math.min(r.to, grid.bottom) } : r));
  const drawnIn = (x: number, r: number): boolean =>
    own.some((l) => l.dir === 'v' && Math.abs(l.at - x) <= SAME_LINE && l.from <= grid.ys[r]! + SAME_LINE && l.to >= grid.ys[r + 1]! - SAME_LINE);
  const snap = new Map<number, number>();
  for (let k = 1; k < grid.xs.length; k++) {
    const a = grid.xs[k - 1]!;
    const b = grid.xs[k]!;
    if (b - a >= glyph || snap.has(a)) continue;
    let both = false;
    for (let r = 0; r + 1 < grid.ys.length && !both; r++) both = drawnIn(a, r) && drawnIn(b, r);
    if (!both) snap.set(b, a);
  }
  if (snap.size === 0) return grid;
  const moved = own.map((l) => {
    if (l.dir !== 'v') return l;
    for (const [from, to] of snap) if (Math.abs(l.at - from) <= SAME_LINE) return { ...l, at: to };
    return l;
  });
  return gridOf(moved) ?? grid;
}
