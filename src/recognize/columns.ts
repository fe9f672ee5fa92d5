import type { Cell, Row } from '../document/types.js';

export type ColumnRole = 'number' | 'activity' | 'deadline' | 'responsible' | 'result' | 'other';

/**
 * Column roles by the words of the header, in the order they are tried
 * ("Ответственный исполнитель" is responsible, "Сроки исполнения" a deadline).
 */
const ROLE_WORDS: [ColumnRole, RegExp][] = [
  ['number', /^(?:№|n|no\.?|номер)(?:\s*п\s*\/\s*п)?\.?$|^п\s*\/\s*п$/i],
  ['responsible', /ответствен|исполнител|кто отвеча/i],
  ['activity', /мероприят|действи|содержани|вид(?:ы)? работ|^задач/i],
  ['deadline', /срок|^дата|период исполн|время провед|^когда/i],
  ['result', /результат|показател|продукт|форма (?:отчет|заверш)/i],
];

export function columnRole(header: string): ColumnRole | null {
  const h = header.trim();
  if (h === '') return null;
  for (const [role, re] of ROLE_WORDS) if (re.test(h)) return role;
  return null;
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

/** The row is a header when at least two of its cells name a known role. */
export function headerColumns(row: Row): ColumnMap | null {
  const grid = gridCells(row);
  const headers = grid.map((c) => c?.text.replace(/\s+/g, ' ').trim() ?? '');
  const roles = headers.map((h) => columnRole(h) ?? 'other');
  // Headings are short and are not numbers; an activity row that mentions "мероприятия" twice is not a header.
  if (headers.some((h) => h.length > 90 || /^\d+\.?$/.test(h))) return null;
  const known = new Set(roles.filter((r, i) => r !== 'other' && headers[i] !== '')).size;
  if (known < 2 || !roles.some((r) => r === 'activity' || r === 'deadline' || r === 'responsible')) return null;
  // Repeated headers often lose the "№" heading; an unnamed first column before the activity numbers the rows.
  if (headers[0] === '' && roles[1] === 'activity') roles[0] = 'number';
  return { headers, roles };
}

export function isPlanHeader(cols: ColumnMap): boolean {
  return cols.roles.includes('activity') && (cols.roles.includes('deadline') || cols.roles.includes('responsible'));
}

/** A row that only numbers the columns ("1 | 2 | 3 | 4 | 5"). */
export function isColumnNumbering(row: Row): boolean {
  const texts = row.cells.map((c) => c.text.trim());
  return texts.length >= 3 && texts.every((t, i) => t === String(i + 1));
}
