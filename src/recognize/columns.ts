import type { Cell, Row } from '../document/types.js';
import { headingEvidence } from './column-header.js';

/** deadlineStart/deadlineEnd: a deadline split over two columns under one heading ("Срок" over "начало | окончание"). */
export type ColumnRole = 'number' | 'activity' | 'deadline' | 'deadlineStart' | 'deadlineEnd' | 'responsible' | 'result' | 'other';

/** The role a heading names by the lexicon (column-header.ts), or null when it names none. */
export function columnRole(header: string): ColumnRole | null {
  const e = headingEvidence(header);
  return e && e.role !== 'none' ? e.role : null;
}

export interface ColumnMap {
  headers: string[];
  roles: ColumnRole[];
}

/** A row's cells laid out on the table's grid, a merged cell repeated over the columns it spans. */
export function gridCells(row: Row): (Cell | undefined)[] {
  const out: (Cell | undefined)[] = [];
  for (const cell of row.cells) {
    out.push(cell);
    for (let k = 1; k < cell.colSpan; k++) out.push(undefined);
  }
  return out;
}

/**
 * A header repeated inside a plan (after a page break, or with other columns): at least two of
 * its cells name a known role. Tables are first judged by tableColumns (column-roles.ts).
 */
export function headerColumns(row: Row): ColumnMap | null {
  const grid = gridCells(row);
  const headers = grid.map((c) => c?.text.replace(/\s+/g, ' ').trim() ?? '');
  const roles = headers.map((h) => columnRole(h) ?? 'other');
  // Headings are short and are not numbers ("2", "2.2.", "IV."): an activity row whose cells
  // mention "сроки" and "результаты" ("в сроки, установленные …", "Объективные результаты") is not a header.
  if (headers.some((h) => h.length > 90 || /^(?:\d+(?:\.\d+)*|[IVXLC]+)\.?$/.test(h))) return null;
  const known = new Set(roles.filter((r, i) => r !== 'other' && headers[i] !== '')).size;
  if (known < 2 || !roles.some((r) => r === 'activity' || r === 'deadline' || r === 'responsible')) return null;
  // Repeated headers often lose the "№" heading; an unnamed first column before the activity numbers the rows.
  if (headers[0] === '' && roles[1] === 'activity') roles[0] = 'number';
  return { headers, roles };
}

/** A row that only numbers the columns ("1 | 2 | 3 | 4 | 5"). */
export function isColumnNumbering(row: Row): boolean {
  const texts = row.cells.map((c) => c.text.trim());
  return texts.length >= 3 && texts.every((t, i) => t === String(i + 1));
}

const YEAR_LABEL = /^(?:19|20)\d{2}(?:\s*(?:г\.?|год))?$/i;
const START_WORDS = /^(?:начало|начала|дата начала|с|от|старт)$/i;
const END_WORDS = /^(?:окончание|окончания|завершение|завершения|дата окончания|по|до)$/i;

/**
 * A second header row under the first ("Срок" spanning "начало | окончание"): short labels,
 * no numbers, or years ("Объём финансирования" over "2024 | 2025"). Each labelled column
 * takes the heading above it (or, under a heading that spans several columns, the nearest
 * one to its left) with the label added; under a deadline heading, the start and end labels
 * make the two halves of the deadline.
 */
export function subHeaderColumns(row: Row, parent: ColumnMap): ColumnMap | null {
  // a heading merged down from the first row (Word's vMerge) is the same heading, not a label
  const labels = gridCells(row).map((c) => (c && !c.mergedFromAbove ? c.text.replace(/\s+/g, ' ').trim() : ''));
  const filled = labels.filter((l) => l !== '');
  // "Объём финансирования" spanning "2024 | 2025": a column a year
  const years = filled.length >= 2 && filled.every((l) => YEAR_LABEL.test(l));
  if (!years) {
    if (filled.length === 0 || filled.some((l) => l.length > 30 || /\d/.test(l))) return null;
    if (!filled.some((l) => START_WORDS.test(l) || END_WORDS.test(l))) return null;
  }
  const headers = [...parent.headers];
  const roles = [...parent.roles];
  labels.forEach((label, i) => {
    if (!label) return;
    let owner = i;
    while (owner > 0 && (headers[owner] ?? '') === '') owner--;
    const ownerHeader = parent.headers[owner] ?? '';
    const ownerRole = parent.roles[owner] ?? 'other';
    headers[i] = ownerHeader ? `${ownerHeader}: ${label}` : label;
    if (ownerRole === 'deadline' && START_WORDS.test(label)) roles[i] = 'deadlineStart';
    else if (ownerRole === 'deadline' && END_WORDS.test(label)) roles[i] = 'deadlineEnd';
    else roles[i] = ownerRole;
  });
  while (headers.length < labels.length) headers.push('');
  while (roles.length < labels.length) roles.push('other');
  return { headers, roles };
}
