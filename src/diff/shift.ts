import type { DeadlineShift, DeadlineValue, ShiftUnit } from './types.js';
import { plural } from '../core/plural.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Day {
  y: number;
  m: number;
  d: number;
  /** Days since 1970-01-01. */
  serial: number;
}

function parseDay(iso: string | null): Day | null {
  if (iso === null) return null;
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return { y, m: mo, d, serial: Math.round(t / 86_400_000) };
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Whole months from a to b when the day of month says so exactly: the same day of month
 * (1 December → 1 January) or both the last of their months (31 October → 31 December,
 * 30 April → 31 May). Null otherwise.
 */
function wholeMonths(a: Day, b: Day): number | null {
  const aLast = a.d === lastDayOfMonth(a.y, a.m);
  const bLast = b.d === lastDayOfMonth(b.y, b.m);
  if (a.d !== b.d && !(aLast && bLast)) return null;
  return (b.y - a.y) * 12 + (b.m - a.m);
}

/** The shift between two days in the largest unit that states it exactly: years, months, weeks or days. */
export function measure(fromIso: string, toIso: string): { days: number; amount: number; unit: ShiftUnit } | null {
  const a = parseDay(fromIso);
  const b = parseDay(toIso);
  if (!a || !b) return null;
  const days = b.serial - a.serial;
  const months = wholeMonths(a, b);
  if (months !== null && months !== 0) {
    if (months % 12 === 0) return { days, amount: Math.abs(months / 12), unit: 'year' };
    return { days, amount: Math.abs(months), unit: 'month' };
  }
  if (days !== 0 && days % 7 === 0) return { days, amount: Math.abs(days / 7), unit: 'week' };
  return { days, amount: Math.abs(days), unit: 'day' };
}

export { plural };

const UNIT_WORDS: Record<ShiftUnit, [string, string, string]> = {
  day: ['день', 'дня', 'дней'],
  week: ['неделю', 'недели', 'недель'],
  month: ['месяц', 'месяца', 'месяцев'],
  year: ['год', 'года', 'лет'],
};

/** "2 недели", "1 месяц", "5 лет". */
export function amountText(amount: number, unit: ShiftUnit): string {
  const [one, few, many] = UNIT_WORDS[unit];
  return `${amount} ${plural(amount, one, few, many)}`;
}

/**
 * How far a deadline moved: the ends compared when both sides have one and they differ, else
 * the starts. Null when a side has no date to compare, or no date moved (only the wording did).
 */
export function deadlineShift(before: DeadlineValue, after: DeadlineValue): DeadlineShift | null {
  const ends = compare(before.end, after.end);
  if (ends && ends.days !== 0) return shift('end', ends);
  const starts = compare(before.start, after.start);
  if (starts && starts.days !== 0) return shift('start', starts);
  return null;
}

function compare(a: string | null, b: string | null): ReturnType<typeof measure> {
  return a !== null && b !== null ? measure(a, b) : null;
}

function shift(basis: 'end' | 'start', m: { days: number; amount: number; unit: ShiftUnit }): DeadlineShift {
  const direction = m.days > 0 ? 'later' : 'earlier';
  const how = `на ${amountText(m.amount, m.unit)} ${direction === 'later' ? 'позже' : 'раньше'}`;
  const text = basis === 'end' ? `перенесён ${how}` : `начало перенесено ${how}`;
  return { basis, days: m.days, amount: m.amount, unit: m.unit, direction, text };
}
