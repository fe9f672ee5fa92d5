/**
 * A document's own date in the tokens of a header or stamp line. The forms orders and
 * stamps write: "01.12.2020", "27.08.2019г.", "21.12. 2020" (a PDF line wrap's space),
 * "«27» августа 2019 г.", "5.марта.2021", "27 авг. 2019", "01.12.20"; and the unfilled
 * ones: "«___»______2021 г.", "__.__.20__", "[Дата документа]".
 *
 * This part only finds where a date stands and what its day, month and year are; the
 * calendar (month words and abbreviations, which days exist) is the deadline grammar's,
 * so that a stamp and a "Срок" cell read a date the same way.
 */
import { tokenize } from '../normalize/deadline/tokenizer.js';
import { Stream } from '../normalize/deadline/types.js';
import { point } from '../normalize/deadline/dates.js';
import { MONTHS } from '../normalize/deadline/lexicon.js';
import { toIso } from '../normalize/deadline/calendar.js';
import type { ActToken } from './act-tokens.js';

export interface ActDate {
  /** ISO date; null when the date is unfilled. */
  iso: string | null;
  unfilled: boolean;
  /** Index of the first token of the date and of the first token after it. */
  from: number;
  next: number;
}

const QUOTE_OPEN = new Set(['«', '"', '“', '„', "'"]);
const QUOTE_CLOSE = new Set(['»', '"', '”', '“', "'"]);
const YEAR_WORDS = new Set(['г', 'гг', 'год', 'года', 'году']);

const isNum = (t: ActToken | undefined, maxDigits: number): boolean => t?.kind === 'num' && t.text.length <= maxDigits;
const isBlank = (t: ActToken | undefined): boolean => t?.kind === 'blank';
const isPunct = (t: ActToken | undefined, ...cs: string[]): boolean => t?.kind === 'punct' && cs.includes(t.text);
const isMonth = (t: ActToken | undefined): boolean => t?.kind === 'word' && MONTHS.has(t.text);

/** Reads a date starting at token i, or null. */
export function readActDate(ts: readonly ActToken[], i: number): ActDate | null {
  let j = i;
  // the day, maybe in quotes: «27», "5", «__»
  let quoted = false;
  if (isPunct(ts[j], ...QUOTE_OPEN) && (isNum(ts[j + 1], 2) || isBlank(ts[j + 1])) && isPunct(ts[j + 2], ...QUOTE_CLOSE)) {
    quoted = true;
    j++;
  }
  const day = ts[j];
  if (!(isNum(day, 2) || (isBlank(day) && (quoted || startsBlankDate(ts, j))))) return null;
  j += quoted ? 2 : 1;
  // the separator and the month: ".12", ". 12" only before a year, " августа", ".марта.", " авг."
  let month: ActToken | undefined;
  let worded = false;
  if (isPunct(ts[j], '.', '/') && (isNum(ts[j + 1], 2) || isBlank(ts[j + 1])) && !ts[j + 1]!.space) {
    month = ts[j + 1];
    j += 2;
    if (!isPunct(ts[j], '.', '/')) return null; // "10.00": a time, not a date
    j++;
  } else {
    if (isPunct(ts[j], '.') && !ts[j]!.space && isMonth(ts[j + 1])) j++; // "5.марта.2021"
    if (isMonth(ts[j]) || (isBlank(ts[j]) && quoted)) {
      month = ts[j];
      worded = true;
      j++;
      if (isPunct(ts[j], '.')) j++; // "авг.", "марта.2021"
    } else return null;
  }
  // the year: "2019", "20", "20__"; a day and month alone are not a document's date
  const year = ts[j];
  if (!(year?.kind === 'num' && (year.text.length === 4 || (year.text.length === 2 && !worded))) && !isBlank(year)) return null;
  j++;
  if (YEAR_WORDS.has(ts[j]?.text ?? '') && ts[j]!.kind === 'word') {
    j++;
    if (isPunct(ts[j], '.')) j++;
  }
  const unfilled = isBlank(day) || isBlank(month) || isBlank(year);
  if (unfilled) return { iso: null, unfilled: true, from: i, next: j };
  const written = worded ? `${day!.text} ${month!.text} ${year!.text}` : `${day!.text}.${month!.text}.${year!.text}`;
  const iso = calendarDay(written);
  return iso ? { iso, unfilled: false, from: i, next: j } : null;
}

/** "__.__.2021", "__ ______ 2021": a blank day only counts when a month or year follows it. */
function startsBlankDate(ts: readonly ActToken[], j: number): boolean {
  const a = ts[j + 1];
  const b = ts[j + 2];
  return (isPunct(a, '.') && (isBlank(b) || isNum(b, 2))) || isMonth(a) || isBlank(a);
}

/** The day the deadline grammar reads in a normalized date, when it is one real day with a year. */
function calendarDay(written: string): string | null {
  const m = point(new Stream(tokenize(written)), 0);
  const s = m?.value;
  if (!s || s.invalid || s.gran !== 'day' || s.sy === null) return null;
  return toIso({ y: s.sy, m: s.sm, d: s.sd });
}

/** The first date in the tokens from i on (an unfilled one too). */
export function findActDate(ts: readonly ActToken[], from = 0): ActDate | null {
  for (let i = from; i < ts.length; i++) {
    const d = readActDate(ts, i);
    if (d) return d;
  }
  return null;
}
