import type { Run } from './geometry.js';
import type { Grid, GridCell } from './grid.js';
import { groupLines } from './lines.js';
import type { PdfCell, PdfRow, PdfTable } from './table-model.js';

/**
 * Fills a ruled grid with the runs drawn inside it. A run that crosses a column edge
 * (pdf.js joined the text of two cells) is cut at the edge. Cells merged over rows
 * are repeated, marked, in the rows they cover, so that every row lays out on the
 * same columns.
 */
export function tableFromGrid(grid: Grid, runs: Run[], page: number): PdfTable {
  const pad = cellPadding(grid, runs);
  const byCell = new Map<GridCell, Run[]>();
  for (const cell of grid.cells) byCell.set(cell, []);
  for (const run of splitAtEdges(runs, grid.xs)) {
    const cx = (run.x0 + run.x1) / 2;
    const cy = (run.top + run.bottom) / 2;
    const cell = grid.cells.find((c) => cx >= c.x0 && cx <= c.x1 && cy >= c.top && cy <= c.bottom) ?? nearest(grid.cells, cx, cy);
    byCell.get(cell)?.push(run);
  }
  const R = grid.ys.length - 1;
  const rows: PdfRow[] = [];
  const above = new Map<number, { cell: PdfCell; until: number }>();
  for (let r = 0; r < R; r++) {
    const cells: PdfCell[] = [];
    const own = grid.cells.filter((c) => c.row === r);
    let col = 0;
    const C = grid.xs.length - 1;
    while (col < C) {
      const span = above.get(col);
      if (span && span.until >= r) {
        cells.push({ ...span.cell, rowSpan: 1, mergedFromAbove: true });
        col += span.cell.colSpan;
        continue;
      }
      const g = own.find((c) => c.col === col);
      if (!g) {
        col++;
        continue;
      }
      const cell: PdfCell = {
        col: g.col,
        colSpan: g.colSpan,
        rowSpan: g.rowSpan,
        left: g.x0 + pad,
        right: g.x1 - pad,
        lines: groupLines(byCell.get(g) ?? [], page),
      };
      cells.push(cell);
      if (g.rowSpan > 1) above.set(col, { cell, until: r + g.rowSpan - 1 });
      col += g.colSpan;
    }
    rows.push({ cells, page, top: grid.ys[r]!, bottom: grid.ys[r + 1]! });
  }
  return { kind: 'table', xs: grid.xs, rows, page, top: grid.top, bottom: grid.bottom };
}

/** The cells' inner margin: how far left-aligned text stands from the cell's left edge. */
function cellPadding(grid: Grid, runs: Run[]): number {
  const gaps: number[] = [];
  for (const c of grid.cells) {
    const inside = runs.filter((r) => r.x0 >= c.x0 - 1 && r.x1 <= c.x1 + 1 && r.top >= c.top - 1 && r.bottom <= c.bottom + 1);
    if (inside.length) gaps.push(Math.min(...inside.map((r) => r.x0)) - c.x0);
  }
  const plausible = gaps.filter((g) => g >= 0 && g < 12).sort((a, b) => a - b);
  return plausible[0] ?? 2;
}

function nearest(cells: GridCell[], x: number, y: number): GridCell {
  let best = cells[0]!;
  let d = Infinity;
  for (const c of cells) {
    const dx = Math.max(c.x0 - x, 0, x - c.x1);
    const dy = Math.max(c.top - y, 0, y - c.bottom);
    if (dx + dy < d) {
      d = dx + dy;
      best = c;
    }
  }
  return best;
}

/** Cuts runs that cross one of the edges, at the space nearest the edge (or at the edge). */
export function splitAtEdges(runs: Run[], xs: number[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let rest: Run | null = run;
    for (const x of xs) {
      if (!rest || !(rest.x0 < x - 2 && rest.x1 > x + 2)) continue;
      const [a, b] = cutRun(rest, x);
      if (a) out.push(a);
      rest = b;
    }
    if (rest) out.push(rest);
  }
  return out;
}

function cutRun(run: Run, x: number): [Run | null, Run | null] {
  const n = run.text.length;
  const per = (run.x1 - run.x0) / Math.max(1, n);
  let k = Math.round((x - run.x0) / per);
  // prefer a space within two characters of the edge
  for (const d of [0, -1, 1, -2, 2]) {
    if (run.text[k + d] === ' ') {
      k += d;
      break;
    }
  }
  k = Math.max(0, Math.min(n, k));
  const left = run.text.slice(0, k).trimEnd();
  const right = run.text.slice(k).trimStart();
  const a = left ? { ...run, text: left, x1: run.x0 + k * per } : null;
  const b = right ? { ...run, text: right, x0: run.x0 + (n - right.length) * per } : null;
  return [a, b];
}
