/** Small lexical helpers shared by the recognizers: Russian dates, numbers, names. */
import { isValidYmd, toIso } from '../normalize/deadline/calendar.js';
import { MONTHS } from '../normalize/deadline/lexicon.js';

/** Month number from a Russian month word in any case ("декабря", "Март", "мая"), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/ё/g, 'е')) ?? null;
}

/** A calendar date as ISO, or null when there is no such day (31.02). */
export function isoDate(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? toIso({ y, m, d }) : null;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/**
 * The first date written in a document's own words: "01.12.2020", "08.06.2021г",
 * "от 01 декабря 2020", "«06» октября 2021 года", "6 октября 2021 г.".
 */
export function findDocumentDate(text: string): { iso: string; index: number; length: number } | null {
  const numeric = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/.exec(text);
  const worded = /[«"]?\s*(\d{1,2})\s*[»"]?\s+([А-Яа-яЁё]+)\s+(\d{4})/.exec(text);
  const candidates: { iso: string; index: number; length: number }[] = [];
  if (numeric) {
    const iso = isoDate(fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));
    if (iso) candidates.push({ iso, index: numeric.index, length: numeric[0].length });
  }
  if (worded) {
    const m = monthNumber(worded[2]!);
    const iso = m ? isoDate(Number(worded[3]), m, Number(worded[1])) : null;
    if (iso) candidates.push({ iso, index: worded.index, length: worded[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** "№ 607", "№01-05/504", "N 262" → the number as written. */
export function findDocumentNumber(text: string): string | null {
  const m = /(?:№|N)\s*([0-9A-Za-zА-Яа-я][0-9A-Za-zА-Яа-я./\-]*)/.exec(text);
  return m ? m[1]!.replace(/[.]+$/, '') : null;
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
