/** Small lexical helpers shared by the recognizers: Russian dates, numbers, names. */
import { isValidYmd, toIso } from '../normalize/deadline/calendar.js';
import { MONTHS } from '../normalize/deadline/lexicon.js';
import { tokenizeAct } from './act-tokens.js';
import { readActDate } from './act-date.js';
import { readDateAndNumber } from './act-reference.js';

/** Month number from a Russian month word in any case ("декабря", "Март", "мая"), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/ё/g, 'е')) ?? null;
}

/** A calendar date as ISO, or null when there is no such day (31.02). */
export function isoDate(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? toIso({ y, m, d }) : null;
}

/**
 * The first date written in a document's own words: "01.12.2020", "08.06.2021г",
 * "от 01 декабря 2020", "«06» октября 2021 года", "6 октября 2021 г.". Read by the act
 * grammar (act-date.ts), so that headers, stamps and appendix lines agree; unfilled
 * dates ("«__»_____20__ г.") are not dates.
 */
export function findDocumentDate(text: string): { iso: string; index: number; length: number } | null {
  const ts = tokenizeAct(text);
  for (let i = 0; i < ts.length; i++) {
    const d = readActDate(ts, i);
    if (d?.iso) return { iso: d.iso, index: ts[i]!.start, length: ts[d.next - 1]!.end - ts[i]!.start };
    if (d) i = d.next - 1;
  }
  return null;
}

/** "№ 607", "№01-05/504", "N 262", "No 7" → the number as written; null when there is none or it is blank. */
export function findDocumentNumber(text: string): string | null {
  return readDateAndNumber(text).number;
}

const INITIALS_FIRST = /[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?/;
const SURNAME_FIRST = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.(?![А-ЯЁа-яё])/;

/**
 * A person's name as signatures write it ("Т.Н. Гороховицкая", "Н.С.Соловьева", "Иванова Е.А."). Initials before the surname win: in "Министр А.С. Аникеев"
 * the position word must not pass for a surname before the initials.
 */
export function findPersonName(text: string): RegExpExecArray | null {
  return INITIALS_FIRST.exec(text) ?? SURNAME_FIRST.exec(text);
}

export function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^А-Яа-яЁёA-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Removes the spacing of "п р и к а з ы в а ю" and "П Р И К А З". */
export function unspace(text: string): string {
  return /^(?:\S\s)+\S\s*:?$/.test(text.trim()) ? text.replace(/\s+/g, '') : text;
}

const MONTH_STEM = '(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const DATE_HEADING = new RegExp(
  `^(?:(?:\\d{1,2}\\s+)?${MONTH_STEM}(?:\\s*[–—-]\\s*${MONTH_STEM})?(?:\\s+(?:19|20)\\d{2}(?:\\s*(?:г\\.?|года?))?)?` +
    `|(?:[IV]{1,3}|\\d)(?:-?[яе])?\\s+(?:четверть|квартал|полугодие|триместр)(?:\\s+(?:19|20)\\d{2}(?:\\s*(?:г\\.?|года?))?)?` +
    `|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)?\\d{2}(?:\\s*г\\.?)?(?:\\s*\\([а-яё]+\\))?)\\.?:?$`,
  'i',
);

/**
 * A line that names a month, a term or a day and nothing else ("Сентябрь", "14 мая 2021 г.",
 * "II четверть"): in a plan, the heading of the activities of that time — not a section
 * numbered "14".
 */
export function isDateHeading(text: string): boolean {
  return DATE_HEADING.test(text.replace(/\s+/g, ' ').trim());
}

/** A leading outline number: "1.", "1.1", "1.1.", "- 2.1." → "1", "1.1", "2.1". */
export function leadingNumber(text: string): { number: string; rest: string } | null {
  // a level has up to three digits ("100.", "12.105"); a bare three-digit start ("100 человек") is not a number
  const m = /^\s*(?:-\s*)?((?:\d{1,2}|\d{3}(?=\.))(?:\.\d{1,3})*)(?:\.(?!\d)|\)|(?=\s)|(?=[А-ЯЁA-Z«"]))\s*(.*)$/s.exec(text);
  if (!m) return null;
  return { number: m[1]!, rest: m[2]! };
}

/** Normalizes an item or section number as written: "1.1." → "1.1", " 2 " → "2". */
export function normalizeNumber(text: string): string | null {
  const t = text.trim().replace(/\.+$/, '');
  return /^\d{1,3}(?:\.\d{1,3})*$/.test(t) ? t : null;
}

/** Joins lines of one sentence, mending words hyphenated at a line end ("ре-" + "зультативности"). */
export function joinLines(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    if (out === '') out = p;
    else if (/[а-яё]-$/i.test(out) && /^[а-яё]/.test(p)) out = out.slice(0, -1) + p;
    else out = `${out} ${p}`;
  }
  return out.replace(/\s+/g, ' ');
}

export function startsLowercase(text: string): boolean {
  return /^[«"(]?[а-яёa-z]/.test(text.trim());
}

/** Joins the rest of a cell cut by a page break to its first part: the cut line mends, other lines stay lines. */
export function joinCellText(first: string, rest: string): string {
  if (!first) return rest;
  if (!rest) return first;
  const a = first.split('\n');
  const [head, ...tail] = rest.split('\n');
  a[a.length - 1] = joinLines([a[a.length - 1]!, head!]);
  return [...a, ...tail].join('\n');
}
