/**
 * Calendar arithmetic on plain (year, month, day) triples. No Date objects, no time zones:
 * every value here is a civil date in the proleptic Gregorian calendar.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Years the grammar accepts as written years. Anything else is not a year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The most days a month can have in any year (February → 29). */
export function maxDaysInMonth(m: number): number {
  return m === 2 ? 29 : daysInMonth(2001, m);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIso(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

/** "yyyy-mm" */
export function toIsoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 month without a year: "--mm". */
export function toYearlessMonth(m: number): string {
  return `--${pad(m)}`;
}

/** ISO 8601 day of a month without a year: "--mm-dd". */
export function toYearlessDay(m: number, d: number): string {
  return `--${pad(m)}-${pad(d)}`;
}

/** Parses a strict ISO "yyyy-mm-dd" that names a real day; anything else → null. */
export function parseIsoDate(s: unknown): Ymd | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(v.y, v.m, v.d) ? v : null;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y !== b.y ? a.y - b.y : a.m !== b.m ? a.m - b.m : a.d - b.d;
}

/** Month-and-day comparison within one year (year ignored). */
export function compareMonthDay(am: number, ad: number, bm: number, bd: number): number {
  return am !== bm ? am - bm : ad - bd;
}

/** Expands a month range that may wrap the year end: 11..2 → [11, 12, 1, 2]. */
export function monthsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  let m = from;
  for (let guard = 0; guard < 12; guard++) {
    out.push(m);
    if (m === to) break;
    m = m === 12 ? 1 : m + 1;
  }
  return out;
}
