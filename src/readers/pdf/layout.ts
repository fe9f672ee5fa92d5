import type { PageContent, Run } from './geometry.js';
import { findGrids, type Grid } from './grid.js';
import { groupLines, median, type Line } from './lines.js';
import { findFurniture } from './furniture.js';
import { readingOrder, type TextChunk } from './columns.js';
import { tableFromGrid } from './ruled.js';
import { findGutterTables, firstRowBefore, type Carry } from './gutters.js';
import { findUnruledTables, frameColumnStarts, frameRowGap, headerStarts, splitFrameByAlignment } from './unruled.js';
import type { PdfTable } from './table-model.js';

export type FlowItem = TextChunk | PdfTable;

/** One page laid out: its text chunks and tables top to bottom, headers and footers gone. */
export interface PageFlow {
  page: number;
  items: FlowItem[];
  /** Bottom of the page's last content (for telling a full page from a page ended on purpose). */
  contentBottom: number;
}

/**
 * Pages → flows (and the header, footer and page-number lines dropped, for the reader to report):
 * tables from ruling lines (and, inside a frame with no inner lines or on
 * plain text, from column alignment), the remaining text as lines, page headers,
 * footers and numbers dropped, two-column heads split into their sides.
 */
export function layoutPages(pages: PageContent[]): { flows: PageFlow[]; furniture: Line[] } {
  const staged = pages.map((p) => stagePage(p));
  buildFrames(staged);
  const drop = findFurniture(
    staged.map((s) => ({
      page: s.page.number,
      height: s.page.height,
      lines: s.lines,
      tableTop: Math.min(Infinity, ...s.tables.map((t) => t.top)),
      tableBottom: Math.max(-Infinity, ...s.tables.map((t) => t.bottom)),
    })),
  );
  const bodyLines = staged.flatMap((s) => s.lines.filter((l) => !drop.has(l)));
  const size = median(bodyLines.map((l) => l.size)) || 12;

  // (a table that reaches down to here ends its page full: it may go on on the next)
  const areaBottom = Math.max(0, ...bodyLines.map((l) => l.bottom));
  let carry: Carry | null = null;
  // tables by their gutters first (they hold justified and centred cells), page after page (a table goes on over a break)
  const bodies = staged.map((s) => s.lines.filter((l) => !drop.has(l)));
  const gutteredAll = staged.map((s, n) => {
    const guttered = findGutterTables(bodies[n]!, size, s.tables.length === 0 ? carry : null, s.page.rules);
    const lastTable = guttered.tables[guttered.tables.length - 1];
    // (a table that ends short of the page's foot may go on too, a row too tall for the rest of the page moved over:
    // then only a line in two columns or more on the next page shows it goes on)
    carry = guttered.carry && s.tables.every((t) => t.bottom < lastTable!.top) ? { ...guttered.carry, full: lastTable!.bottom >= areaBottom - 2.5 * size } : null;
    return guttered;
  });
  // and back: a table found at the top of a page may have its first row alone at the foot of the page before
  for (let n = 1; n < staged.length; n++) {
    const lead = gutteredAll[n]!.lead;
    const before = gutteredAll[n - 1]!;
    if (!lead || staged[n]!.tables.length > 0 || staged[n - 1]!.page.number !== staged[n]!.page.number - 1) continue;
    const free = bodies[n - 1]!.filter((l) => !before.used.has(l));
    const last = bodies[n - 1]![bodies[n - 1]!.length - 1];
    if (!last || before.used.has(last) || staged[n - 1]!.tables.some((t) => t.bottom > last.top)) continue;
    const found = firstRowBefore(free, lead, size, staged[n - 1]!.page.rules);
    if (!found) continue;
    before.tables.push(found.table);
    for (const l of found.used) before.used.add(l);
  }
  const flows = staged.map((s, n) => {
    const lines = bodies[n]!;
    const frame = textFrame(lines, s.page);
    const guttered = gutteredAll[n]!;
    const unruled = findUnruledTables(lines.filter((l) => !guttered.used.has(l)), size);
    const tables = [...s.tables, ...guttered.tables, ...unruled.tables].sort((a, b) => a.top - b.top);
    const rest = lines.filter((l) => !unruled.used.has(l) && !guttered.used.has(l));
    const items: FlowItem[] = [];
    let pending: Line[] = [];
    const flush = (): void => {
      if (pending.length) items.push(...readingOrder(pending, frame));
      pending = [];
    };
    let t = 0;
    for (const l of rest) {
      while (t < tables.length && tables[t]!.top <= l.top) {
        flush();
        items.push(tables[t++]!);
      }
      pending.push(l);
    }
    flush();
    while (t < tables.length) items.push(tables[t++]!);
    const contentBottom = Math.max(0, ...rest.map((l) => l.bottom), ...tables.map((x) => x.bottom));
    return { page: s.page.number, items, contentBottom };
  });
  return { flows, furniture: [...drop] };
}

interface Staged {
  page: PageContent;
  tables: PdfTable[];
  /** Ruled frames of one column: tables whose inner lines are missing, or boxed text. */
  frames: { grid: Grid; runs: Run[] }[];
  lines: Line[];
}

/** Ruled tables and the lines outside them. */
function stagePage(page: PageContent): Staged {
  // (column edges closer than most of a letter are one edge)
  const grids = findGrids(page.rules, 0.7 * (median(page.runs.map((r) => r.size)) || 10));
  const inside = new Map<Grid, Run[]>();
  const outside: Run[] = [];
  for (const run of page.runs) {
    const cx = (run.x0 + run.x1) / 2;
    const cy = (run.top + run.bottom) / 2;
    const g = grids.find((g) => cx >= g.x0 - 1 && cx <= g.x1 + 1 && cy >= g.top - 1 && cy <= g.bottom + 1);
    if (g) inside.get(g)?.push(run) ?? inside.set(g, [run]);
    else outside.push(run);
  }
  const tables: PdfTable[] = [];
  const frames: Staged['frames'] = [];
  for (const g of grids) {
    const runs = inside.get(g) ?? [];
    if (runs.length === 0) continue; // a frame with nothing in it (a box drawn for a signature, a stamp)
    if (g.xs.length === 2) frames.push({ grid: g, runs });
    else tables.push(tableFromGrid(g, runs, page.number));
  }
  return { page, tables, frames, lines: groupLines(outside, page.number) };
}

/**
 * Frames of one column hold a table whose inner lines are missing when their text
 * stands in aligned columns. A frame that ends a page and one with the same edges that
 * starts the next are parts of one table: its columns are those of its header row (the
 * first line, when it holds three pieces or more: "№ п/п", "Наименование мероприятия",
 * "Сроки", …), else found by alignment from all parts together.
 */
function buildFrames(staged: Staged[]): void {
  type Part = { s: Staged; f: Staged['frames'][number] };
  const key = (g: Grid): string => `${Math.round(g.x0 / 4)}:${Math.round(g.x1 / 4)}`;
  const chains: Part[][] = [];
  let prev: Part | null = null;
  for (const s of staged) {
    const frames = [...s.frames].sort((a, b) => a.grid.top - b.grid.top);
    for (const [i, f] of frames.entries()) {
      const part = { s, f };
      const goesOn =
        prev !== null &&
        i === 0 &&
        key(prev.f.grid) === key(f.grid) &&
        s.page.number === prev.s.page.number + 1 &&
        lastOnPage(prev) &&
        !s.tables.some((t) => t.bottom <= f.grid.top + 1) &&
        !s.lines.some((l) => l.bottom <= f.grid.top + 1 && l.bottom > 0.12 * s.page.height);
      if (goesOn) chains[chains.length - 1]!.push(part);
      else chains.push([part]);
      prev = part;
    }
  }
  for (const chain of chains) {
    const parts = chain.map((p) => ({ runs: p.f.runs, page: p.s.page.number }));
    const header = headerStarts(parts);
    const known = header ?? frameColumnStarts(parts);
    // columns from a header row, or seen on the table's other pages, hold on a page that shows few of them
    const trusted = header !== null || chain.length > 1;
    const rowGap = known.length >= 2 ? frameRowGap(parts, known) : 0;
    for (const { s, f } of chain) {
      const split = known.length >= 2 ? splitFrameByAlignment(f.grid, f.runs, s.page.number, known, trusted, rowGap) : null;
      s.tables.push(split ?? tableFromGrid(f.grid, f.runs, s.page.number));
    }
  }
  for (const s of staged) s.tables.sort((a, b) => a.top - b.top);
}

/** No other table or frame below the frame on its page. */
function lastOnPage({ s, f }: { s: Staged; f: Staged['frames'][number] }): boolean {
  return !s.tables.some((t) => t.top >= f.grid.bottom - 1) && !s.frames.some((o) => o !== f && o.grid.top >= f.grid.bottom - 1);
}

/** The page's text column: from the leftmost line start to the rightmost line end. */
function textFrame(lines: Line[], page: PageContent): { left: number; right: number } {
  if (lines.length === 0) return { left: 0.1 * page.width, right: 0.9 * page.width };
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}
