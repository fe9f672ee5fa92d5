import type { Row, Table } from '../document/types.js';
import type { GlossaryEntry } from '../model/roadmap.js';
import { cellStats, type CellStats } from './column-cells.js';
import { headingEvidence, normalizeHeading, type HeadingEvidence } from './column-header.js';
import { type ColumnMap, type ColumnRole, gridCells, isColumnNumbering, subHeaderColumns } from './columns.js';

/**
 * Which column of a table holds what, from two kinds of evidence:
 *
 * - the heading (column-header.ts): a broad lexicon, worth most when it speaks;
 * - the cells (column-cells.ts): row numbers that follow on, cells the deadline grammar
 *   reads, cells that name people or bodies, the longest free text worded as activities.
 *
 * Each column gets a score per role; each role then goes to its single best column, the
 * assignment with the highest total winning (one heading word cannot give three columns the
 * activity role). A table is a plan when some column holds the activities and another the
 * deadlines or the responsible — whatever its title says. The scores are kept, so that
 * `prikaz convert --explain` can show why a table was or was not read as a plan.
 */

/** The roles a plan's columns are assigned; every other column is "other" (kept by its heading). */
const ROLES: ColumnRole[] = ['activity', 'number', 'deadline', 'responsible', 'result', 'deadlineStart', 'deadlineEnd'];

/** The least score that gives a column a role. A heading alone passes it; cells alone must be clear. */
const THRESHOLD = 1;

/** How many body rows are looked at: enough to see a pattern, few enough for any table. */
const SAMPLE_ROWS = 60;

export interface ColumnEvidence {
  index: number;
  header: string;
  heading: HeadingEvidence | null;
  cells: CellStats;
  scores: Partial<Record<ColumnRole, number>>;
  role: ColumnRole;
}

export interface TableColumns {
  columns: ColumnMap;
  /** Rows at the top that are headings, not body (0 when the table has none). */
  headerRows: number;
  evidence: ColumnEvidence[];
  isPlan: boolean;
  /** Why the table is not a plan, in words, when it is not. */
  why: string | null;
}

export function tableColumns(table: Table, glossary: GlossaryEntry[] = []): TableColumns {
  const grids = table.rows.map((r) => gridCells(r).map((c) => (c && !c.mergedFromAbove ? c.text : '')));
  const width = Math.max(0, ...grids.map((g) => g.length));
  const headerRows = headerRowCount(table.rows, grids, width);
  const first = headerRows > 0 ? grids[0]! : [];
  const headers = Array.from({ length: width }, (_, i) => (first[i] ?? '').replace(/\s+/g, ' ').trim());
  let body = table.rows.slice(headerRows).filter((r) => !isColumnNumbering(r) && !spansTheRow(r, width));
  body = body.slice(0, SAMPLE_ROWS);
  const bodyGrids = body.map((r) => gridCells(r).map((c) => (c && !c.mergedFromAbove ? c.text : '')));

  const evidence: ColumnEvidence[] = headers.map((header, index) => {
    const cells = cellStats(bodyGrids.map((g) => g[index] ?? ''), glossary);
    const heading = headingEvidence(header);
    return { index, header, heading, cells, scores: {}, role: 'other' as ColumnRole };
  });
  const longest = Math.max(1, ...evidence.map((e) => e.cells.meanLength));
  for (const e of evidence) e.scores = scoreColumn(e, longest, bodyGrids.length);

  const roles = assign(evidence);
  evidence.forEach((e, i) => (e.role = roles[i]!));
  let columns: ColumnMap = { headers, roles };
  let rowsUsed = headerRows;
  // a second header row naming the parts of a heading that spans them ("Срок" over "начало | окончание")
  const second = headerRows > 0 ? table.rows[1] : undefined;
  const sub = second ? subHeaderColumns(second, columns) : null;
  if (sub) {
    columns = sub;
    rowsUsed = 2;
  }
  // an unnamed first column before the activities numbers the rows (repeated headers often lose "№")
  if (columns.roles[0] === 'other' && headers[0] === '' && columns.roles[1] === 'activity' && !columns.roles.includes('number')) {
    columns.roles[0] = 'number';
  }
  const why = notAPlan(columns, evidence, headerRows, bodyGrids.length);
  return { columns, headerRows: rowsUsed, evidence, isPlan: why === null, why };
}

function scoreColumn(e: ColumnEvidence, longest: number, bodyRows: number): Partial<Record<ColumnRole, number>> {
  const s: Partial<Record<ColumnRole, number>> = {};
  const c = e.cells;
  const seen = bodyRows > 0 ? c.filled / bodyRows : 0;
  // cells: each role's own kind of evidence, weighed by how many rows have the column filled
  const weight = Math.min(1, seen * 1.25);
  s.number = c.meanLength <= 8 ? (c.numbers * 0.9 + c.sequence * 0.6) * weight : 0;
  s.deadline = c.deadlines * 1.5 * weight;
  s.responsible = c.meanLength < 160 ? (c.parties * 1.1 + c.persons * 0.6) * (1 - c.activityWording * 0.6) * weight : 0;
  // the activities are the longest free text of a plan
  // (worded as activities, at least in part), not a list of names ("ООШ № 27, 18 г. Сызрани")
  const longestBonus = c.meanLength === longest && c.meanLength >= 40 && c.activityWording >= 0.25 ? 0.3 : 0;
  const activity = (c.meanLength / longest) * 0.8 + longestBonus + c.activityWording * 0.7;
  s.activity = c.meanLength >= 15 ? activity * (1 - c.numbers) * (1 - c.deadlines * 0.7) * (1 - c.parties * 0.5) * weight : 0;
  s.result = 0;
  s.deadlineStart = 0;
  s.deadlineEnd = 0;
  // the heading: a strong word for its role, and against the others
  const h = e.heading;
  if (h) {
    for (const role of ROLES) {
      if (h.role === role) s[role] = (s[role] ?? 0) + 2 * h.confidence;
      else s[role] = (s[role] ?? 0) - (h.role === 'none' ? 3 : 1) * h.confidence;
    }
  }
  return s;
}

/** Each role to at most one column and each column to at most one role, maximizing the total score. */
function assign(evidence: ColumnEvidence[]): ColumnRole[] {
  const candidates = ROLES.map((role) => evidence.filter((e) => (e.scores[role] ?? 0) >= THRESHOLD).map((e) => e.index));
  let best: { total: number; pick: (number | null)[] } = { total: -1, pick: ROLES.map(() => null) };
  const pick: (number | null)[] = [];
  const used = new Set<number>();
  const search = (k: number, total: number): void => {
    if (k === ROLES.length) {
      if (total > best.total) best = { total, pick: [...pick] };
      return;
    }
    for (const col of candidates[k]!) {
      if (used.has(col)) continue;
      used.add(col);
      pick.push(col);
      search(k + 1, total + (evidence[col]!.scores[ROLES[k]!] ?? 0));
      pick.pop();
      used.delete(col);
    }
    pick.push(null);
    search(k + 1, total);
    pick.pop();
  };
  search(0, 0);
  const roles: ColumnRole[] = evidence.map(() => 'other');
  best.pick.forEach((col, k) => {
    if (col !== null) roles[col] = ROLES[k]!;
  });
  return roles;
}

function notAPlan(columns: ColumnMap, evidence: ColumnEvidence[], headerRows: number, bodyRows: number): string | null {
  const has = (r: ColumnRole): boolean => columns.roles.includes(r);
  const heads = evidence.map((e) => `"${e.header}"`).join(', ');
  if (bodyRows === 0 && headerRows === 0) return 'it has no rows';
  if (!has('activity')) return `no column scored as activity text (headers ${heads})`;
  if (!has('deadline') && !has('deadlineStart') && !has('deadlineEnd') && !has('responsible')) {
    return `no column scored as deadline or responsible beside the activities (headers ${heads})`;
  }
  // without a heading row, only a table that numbers its rows or has several of them is taken on its cells alone
  if (headerRows === 0 && !has('number') && bodyRows < 3) return 'it has no heading row and too few rows to judge by its cells';
  return null;
}

/**
 * How many rows at the top are headings: the first row, when its headings name roles the
 * lexicon knows, or when it differs from the body below it — no row number where the body
 * numbers its rows, no date where the body's column holds dates.
 */
function headerRowCount(rows: Row[], grids: string[][], width: number): number {
  const first = grids[0];
  if (!first) return 0;
  const cells = first.map((t) => t.replace(/\s+/g, ' ').trim());
  // a table that is nothing but its heading row (the body follows in the next table)
  if (rows.length === 1) return cells.map((t) => headingEvidence(t)).filter((h) => h && h.role !== 'none').length >= 2 ? 1 : 0;
  if (cells.filter((t) => t !== '').length < 2 && width > 1) return 0;
  const bodyGrids = grids.slice(1, 1 + SAMPLE_ROWS);
  const typed = cells.map((_, i) => cellStats(bodyGrids.map((g) => g[i] ?? '')));
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i]!;
    if (t === '') continue;
    const s = typed[i]!;
    // the first row is a body row when it is of its columns' kind
    if (s.numbers >= 0.6 && /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.?$/.test(t)) return 0;
  }
  // a row the format marks as a heading ("repeat as header row") is one, unless it reads as a body row
  if (rows[0]!.header) return 1;
  const known = cells.map((t) => headingEvidence(t)).filter((h) => h !== null).length;
  if (known >= 2 || (known >= 1 && cells.filter((t) => t !== '').length <= 3)) return 1;
  // no known headings: the row differs from the body in a column of a clear kind
  const differs = cells.some((t, i) => {
    const s = typed[i]!;
    if (t === '') return false;
    if (s.numbers >= 0.7) return !/^\d/.test(t);
    if (s.deadlines >= 0.6) return cellStats([t]).deadlines === 0;
    return false;
  });
  return differs && cells.every((t) => t.length < 200) ? 1 : 0;
}

/** A row with one cell filled across a wide table: a section's title or a date line, not a body row. */
function spansTheRow(row: Row, width: number): boolean {
  return width >= 3 && row.cells.filter((c) => c.text.trim() !== '').length <= 1;
}

/** Normalized headings, for telling a header repeated after a page break from a body row. */
export function headingKey(row: Row): string {
  return gridCells(row)
    .map((c) => normalizeHeading(c?.text ?? ''))
    .join('|');
}
