/**
 * The calendar part of the grammar: dates ("01.12.2020", "1 сентября 2021 г."), months,
 * quarters, half-years, years, academic years; then ranges ("7-11.12.2020", "ноябрь 2020 –
 * январь 2021"), lists ("15.04.2021 15.07.2021") and the prepositions that turn them into
 * open bounds ("до …", "с …", "не позднее …").
 */
import { MAX_YEAR, MIN_YEAR, compareMonthDay, isValidYmd, maxDaysInMonth } from './calendar.js';
import {
  ACADEMIC_WORDS,
  HALF_WORDS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  ORDINALS,
  ORDINAL_SUFFIXES,
  QUARTER_WORDS,
  THROUGHOUT_WORDS,
  WEEKDAYS,
  YEAR_WORDS,
} from './lexicon.js';
import type { Expr, Gran, Match, Span, Stream } from './types.js';

// ---------------------------------------------------------------- span builders

function daySpan(y: number | null, m: number, d: number): Span {
  return { gran: 'day', sy: y, sm: m, sd: d, ey: y, em: m, ed: d };
}

function monthSpan(y: number | null, m: number): Span {
  return { gran: 'month', sy: y, sm: m, sd: 1, ey: y, em: m, ed: 0 };
}

function yearSpan(y1: number, y2: number = y1): Span {
  return { gran: 'year', sy: y1, sm: 1, sd: 1, ey: y2, em: 12, ed: 31 };
}

/** Academic years run from 1 September to 31 August: "2020/2021" → 2020-09-01..2021-08-31. */
function academicSpan(y1: number, y2: number): Span {
  return { gran: 'academic', sy: y1, sm: 9, sd: 1, ey: y2, em: 8, ed: 31 };
}

function invalidSpan(s: Stream, from: number, to: number): Span {
  return { ...daySpan(null, 1, 1), invalid: textOf(s, from, to) };
}

export function textOf(s: Stream, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = s.at(k);
    if (!t) break;
    out += (k > from && t.space ? ' ' : '') + t.raw;
  }
  return out;
}

// ---------------------------------------------------------------- small readers

/** Skips "г.", "гг.", "года", "г.г." after a year. */
function yearSuffix(s: Stream, i: number): number {
  let j = i;
  while (s.inSet(j, YEAR_WORDS)) {
    j++;
    if (s.isPunct(j, '.') && s.glued(j)) j++;
  }
  return j;
}

/** "учебный год", "учебного года", "уч.г.", "уч. год" → index after it, or null. */
function academicTail(s: Stream, i: number): number | null {
  if (!s.inSet(i, ACADEMIC_WORDS)) return null;
  let j = i + 1;
  if (s.isPunct(j, '.') && s.glued(j)) j++;
  if (s.inSet(j, YEAR_WORDS)) {
    j++;
    if (s.isPunct(j, '.') && s.glued(j)) j++;
  }
  return j;
}

function readYear(s: Stream, i: number): number | null {
  const n = s.num(i);
  return n && n.digits === 4 && n.value >= MIN_YEAR && n.value <= MAX_YEAR ? n.value : null;
}

/** The second year of "2020/2021", "2020-21", "1999/00". */
function secondYear(y1: number, n: { value: number; digits: number }): number | null {
  if (n.digits === 4) return n.value >= MIN_YEAR && n.value <= MAX_YEAR ? n.value : null;
  if (n.digits !== 2) return null;
  let y2 = Math.floor(y1 / 100) * 100 + n.value;
  if (y2 < y1) y2 += 100;
  return y2 <= MAX_YEAR ? y2 : null;
}

/** "10.00", "10:00", "в 10.00", "10.00 ч." after a date → "HH:MM". */
function readTime(s: Stream, i: number, afterDash = false): Match<string> | null {
  let j = i;
  if (s.isPunct(j, ',')) j++;
  if (s.isWord(j, 'в', 'во')) j++;
  const h = s.num(j);
  const m = s.num(j + 2);
  // Without "," or "в" before it, the hour must stand apart from the date.
  if (!h || h.digits > 2 || h.value > 23 || (j === i && s.glued(j) && !afterDash)) return null;
  if (!s.isPunct(j + 1, ':', '.') || !s.glued(j + 1) || !m || m.digits !== 2 || !s.glued(j + 2) || m.value > 59) {
    return null;
  }
  // "10.12.2020" is a date, not a time.
  if (s.isPunct(j + 3, '.') && s.glued(j + 3) && s.num(j + 4) && s.glued(j + 4)) return null;
  let next = j + 3;
  if (s.isWord(next, 'ч', 'час', 'часов', 'мин', 'минут')) {
    next++;
    if (s.isPunct(next, '.') && s.glued(next)) next++;
  }
  return { value: `${String(h.value).padStart(2, '0')}:${String(m.value).padStart(2, '0')}`, next };
}

function withTime(s: Stream, m: Match<Span>): Match<Span> {
  if (m.value.invalid || m.value.gran !== 'day') return m;
  // the day of the week a schedule adds: "12.09.2024 (четверг)", "12.09.2024, четверг"
  let next = m.next;
  if (s.isPunct(next, '(') && s.inSet(next + 1, WEEKDAYS) && s.isPunct(next + 2, ')')) next += 3;
  else if (s.isPunct(next, ',') && s.inSet(next + 1, WEEKDAYS)) next += 2;
  const day = next === m.next ? m : { ...m, next };
  const t = readTime(s, day.next);
  if (!t) return day;
  // a span of time within the day: "12.00–14.00", "10:00 - 11:30"
  const end = s.isPunct(t.next, '-', '–', '—') ? readTime(s, t.next + 1, true) : null;
  if (end && end.value > t.value) return { value: { ...day.value, time: t.value, endTime: end.value }, next: end.next };
  return { value: { ...day.value, time: t.value }, next: t.next };
}

/** "в 14.00 19.09.2024": the time first, then the day. */
function timeThenDay(s: Stream, i: number): Match<Span> | null {
  const t = readTime(s, i);
  if (!t) return null;
  let j = t.next;
  if (s.isPunct(j, ',')) j++;
  const d = numericDate(s, j);
  if (!d || d.value.invalid || d.value.gran !== 'day' || d.value.time !== undefined) return null;
  return { value: { ...d.value, time: t.value }, next: d.next };
}

// ---------------------------------------------------------------- points

/** "01.12.2020", "1.12.20", "01.12.2020г.", and "01.12" without a year. */
function numericDate(s: Stream, i: number): Match<Span> | null {
  const d = s.num(i);
  const m = s.num(i + 2);
  if (!d || d.digits > 2 || !s.isPunct(i + 1, '.') || !s.glued(i + 1) || !m || m.digits > 2 || !s.glued(i + 2)) {
    return null;
  }
  const y = s.isPunct(i + 3, '.') && s.glued(i + 3) && s.glued(i + 4) ? s.num(i + 4) : null;
  if (y && (y.digits === 4 || y.digits === 2)) {
    const year = y.digits === 2 ? 2000 + y.value : y.value;
    const next = yearSuffix(s, i + 5);
    const ok = year >= MIN_YEAR && year <= MAX_YEAR && isValidYmd(year, m.value, d.value);
    return withTime(s, { value: ok ? daySpan(year, m.value, d.value) : invalidSpan(s, i, i + 5), next });
  }
  // Without a year: only a plausible day and month, so that "10.00" stays a time.
  if (m.value < 1 || m.value > 12 || d.value < 1 || d.value > 31 || m.digits !== 2) return null;
  const value = d.value <= maxDaysInMonth(m.value) ? daySpan(null, m.value, d.value) : invalidSpan(s, i, i + 3);
  return withTime(s, { value, next: i + 3 });
}

/** "2020-12-01" */
function isoDate(s: Stream, i: number): Match<Span> | null {
  const y = s.num(i);
  const m = s.num(i + 2);
  const d = s.num(i + 4);
  if (!y || y.digits !== 4 || !m || m.digits !== 2 || !d || d.digits !== 2) return null;
  for (const k of [i + 1, i + 2, i + 3, i + 4]) if (!s.glued(k)) return null;
  if (!s.isPunct(i + 1, '-') || !s.isPunct(i + 3, '-')) return null;
  const ok = y.value >= MIN_YEAR && y.value <= MAX_YEAR && isValidYmd(y.value, m.value, d.value);
  return withTime(s, { value: ok ? daySpan(y.value, m.value, d.value) : invalidSpan(s, i, i + 5), next: i + 5 });
}

/** A month word with its abbreviation dot: "сентября", "сент.". */
function monthWord(s: Stream, i: number): Match<number> | null {
  const w = s.word(i);
  const m = w === null ? undefined : MONTHS.get(w);
  if (m === undefined || w === null) return null;
  let next = i + 1;
  if (MONTH_ABBREVIATIONS.has(w) && s.isPunct(next, '.') && s.glued(next)) next++;
  return { value: m, next };
}

/** An optional year after a month or day: "2020", "2020г.", "2021 года". */
function optionalYear(s: Stream, i: number): Match<number | null> {
  const y = readYear(s, i);
  // "январь 2020-21 учебного года" and "март 2020/2021" are not a month of one year.
  if (y === null || s.isPunct(i + 1, '/') || (s.isPunct(i + 1, '-') && s.num(i + 2)?.digits === 2)) {
    return { value: null, next: i };
  }
  return { value: y, next: yearSuffix(s, i + 1) };
}

/** "1 сентября", "1-го сентября 2021 года", "15 дек. 2020 г." */
function dayMonth(s: Stream, i: number): Match<Span> | null {
  const d = s.num(i);
  if (!d || d.digits > 2) return null;
  let j = i + 1;
  if (s.isPunct(j, '-') && s.glued(j) && s.glued(j + 1) && s.inSet(j + 1, ORDINAL_SUFFIXES)) j += 2;
  const m = monthWord(s, j);
  if (!m) return null;
  const y = optionalYear(s, m.next);
  const ok =
    y.value === null ? d.value >= 1 && d.value <= maxDaysInMonth(m.value) : isValidYmd(y.value, m.value, d.value);
  return withTime(s, { value: ok ? daySpan(y.value, m.value, d.value) : invalidSpan(s, i, y.next), next: y.next });
}

/** "март", "декабрь 2020г.", "января 2021 года" */
function month(s: Stream, i: number): Match<Span> | null {
  const m = monthWord(s, i);
  if (!m) return null;
  const y = optionalYear(s, m.next);
  return { value: monthSpan(y.value, m.value), next: y.next };
}

/** "I", "II", "первое", "1", "1-й", "2-е" */
function ordinal(s: Stream, i: number): Match<number> | null {
  const w = s.word(i);
  if (w !== null) {
    const n = ORDINALS.get(w);
    return n === undefined ? null : { value: n, next: i + 1 };
  }
  const n = s.num(i);
  if (!n || n.digits !== 1 || n.value < 1 || n.value > 4) return null;
  let next = i + 1;
  if (s.isPunct(next, '-') && s.glued(next) && s.glued(next + 1) && s.inSet(next + 1, ORDINAL_SUFFIXES)) next += 2;
  return { value: n.value, next };
}

/**
 * "I квартал 2021 г.", "в 1 полугодии", "второе полугодие 2021 года", "1 кв.",
 * "1 полугодие 2020/2021 учебного года" (academic halves: September–December, January–August).
 * Quarters and half-years with a plain year or none are calendar ones.
 */
function quarterOrHalf(s: Stream, i: number): Match<Span> | null {
  const o = ordinal(s, i);
  if (!o) return null;
  let j = o.next;
  // "II–III кварталы 2026 г.", "1-2 квартал": from the first to the last
  let last = o.value;
  if (s.isPunct(j, '-')) {
    const o2 = ordinal(s, j + 1);
    if (o2 && o2.value > o.value && (s.inSet(o2.next, QUARTER_WORDS) || s.inSet(o2.next, HALF_WORDS))) {
      last = o2.value;
      j = o2.next;
    }
  }
  let gran: Gran;
  if (s.inSet(j, QUARTER_WORDS)) {
    gran = 'quarter';
    j++;
    if (s.isPunct(j, '.') && s.glued(j)) j++;
    if (o.value > 4) return null;
  } else if (s.inSet(j, HALF_WORDS)) {
    gran = 'half';
    j++;
    if (o.value > 2) return null;
  } else {
    return null;
  }
  if (gran === 'quarter' && last > 4) return null;
  if (gran === 'half' && last > 2) return null;
  const [sm, em] = gran === 'quarter' ? [o.value * 3 - 2, last * 3] : [o.value === 1 ? 1 : 7, last === 1 ? 6 : 12];
  const y = yearish(s, j);
  if (y && y.value.gran === 'academic') {
    const y1 = y.value.sy as number;
    if (gran !== 'half' || y.value.ey !== y1 + 1 || last !== o.value) return null;
    const span: Span =
      o.value === 1
        ? { gran, sy: y1, sm: 9, sd: 1, ey: y1, em: 12, ed: 31 }
        : { gran, sy: y1 + 1, sm: 1, sd: 1, ey: y1 + 1, em: 8, ed: 31 };
    return { value: span, next: y.next };
  }
  if (y && y.value.gran === 'year' && y.value.sy === y.value.ey) {
    return { value: { gran, sy: y.value.sy, sm, sd: 1, ey: y.value.sy, em, ed: 0 }, next: y.next };
  }
  if (y) return null;
  return { value: { gran, sy: null, sm, sd: 1, ey: null, em, ed: 0 }, next: j };
}

/**
 * "2022", "2020г.", "2020-21" (years 2020–2021), "2020/2021" (academic year),
 * "2020-21 учебный год", "2020-2021 уч.г.".
 */
export function yearish(s: Stream, i: number): Match<Span> | null {
  const y1 = readYear(s, i);
  if (y1 === null) return null;
  const j = i + 1;
  if (s.isPunct(j, '/')) {
    const n = s.num(j + 1);
    const y2 = n ? secondYear(y1, n) : null;
    if (y2 === null) return null;
    const tail = academicTail(s, j + 2);
    const next = tail ?? yearSuffix(s, j + 2);
    if (y2 === y1 + 1 || (tail !== null && y2 > y1)) return { value: academicSpan(y1, y2), next };
    return null;
  }
  if (s.isPunct(j, '-')) {
    const n = s.num(j + 1);
    if (n && (n.digits === 2 || n.digits === 4)) {
      const y2 = secondYear(y1, n);
      const tail = academicTail(s, j + 2);
      if (y2 !== null && tail !== null) return y2 > y1 ? { value: academicSpan(y1, y2), next: tail } : null;
      if (y2 !== null && n.digits === 2) {
        return y2 > y1 ? { value: yearSpan(y1, y2), next: yearSuffix(s, j + 2) } : null;
      }
    }
  }
  return { value: yearSpan(y1), next: yearSuffix(s, j) };
}

/** One point of the calendar, in the order that keeps the readings apart. */
export function point(s: Stream, i: number): Match<Span> | null {
  return isoDate(s, i) ?? timeThenDay(s, i) ?? numericDate(s, i) ?? quarterOrHalf(s, i) ?? dayMonth(s, i) ?? month(s, i) ?? yearish(s, i);
}

/** A day number alone, completed by what follows: "7" in "7-11.12.2020", "1" in "с 1 по 15 декабря". */
function bareDay(s: Stream, i: number): Match<number> | null {
  const n = s.num(i);
  if (!n || n.digits > 2 || n.value < 1 || n.value > 31) return null;
  if (s.isPunct(i + 1, '.', ':') && s.glued(i + 1)) return null;
  let next = i + 1;
  if (s.isPunct(next, '-') && s.glued(next) && s.glued(next + 1) && s.inSet(next + 1, ORDINAL_SUFFIXES)) next += 2;
  return { value: n.value, next };
}

// ---------------------------------------------------------------- ranges and lists

type Start = { kind: 'span'; span: Span } | { kind: 'day'; day: number };

function pointOrDay(s: Stream, i: number): Match<Start> | null {
  const p = point(s, i);
  if (p) return { value: { kind: 'span', span: p.value }, next: p.next };
  const d = bareDay(s, i);
  return d ? { value: { kind: 'day', day: d.value }, next: d.next } : null;
}

/**
 * Completes the first end of a range from the second: a bare day takes the month and year
 * ("7-11.12.2020"), a month without a year takes the year, one less if it comes later in the
 * year ("ноябрь – январь 2021" → ноябрь 2020); and the other way round.
 */
function link(a: Start, b: Span): Expr | null {
  if (b.invalid) return { t: 'span', span: b };
  let from: Span;
  if (a.kind === 'day') {
    if (b.gran !== 'day') return null;
    const ok = b.sy === null ? a.day <= maxDaysInMonth(b.sm) : isValidYmd(b.sy, b.sm, a.day);
    if (!ok) return { t: 'span', span: { ...b, invalid: `${a.day}` } };
    from = daySpan(b.sy, b.sm, a.day);
  } else {
    from = a.span;
    if (from.invalid) return { t: 'span', span: from };
  }
  let to = b;
  if (from.ey === null && to.sy !== null) {
    const y = compareMonthDay(from.sm, from.sd, to.sm, to.sd) > 0 ? to.sy - 1 : to.sy;
    from = { ...from, sy: y, ey: y };
  } else if (to.sy === null && from.ey !== null) {
    const y = compareMonthDay(to.sm, to.sd, from.em, from.ed === 0 ? 31 : from.ed) < 0 ? from.ey + 1 : from.ey;
    to = { ...to, sy: y, ey: y };
  }
  return { t: 'range', from, to };
}

function sameClass(a: Gran, b: Gran): boolean {
  return a === b && (a === 'day' || a === 'month' || a === 'year' || a === 'academic');
}

function skipListSeparators(s: Stream, i: number): number {
  let j = i;
  // Not "или": "март или апрель" is one of them, not both.
  while (s.isPunct(j, ',', ';', '(', ')') || s.isWord(j, 'и')) j++;
  return j;
}

/** Gives years to list items without one, from their neighbours: "ноябрь, декабрь 2020". */
function propagateYears(items: Span[]): Span[] {
  const out = items.map((x) => ({ ...x }));
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k] as Span;
    const b = out[k + 1] as Span;
    if (a.sy === null && b.sy !== null) {
      const y = compareMonthDay(a.sm, a.sd, b.sm, b.sd) > 0 ? b.sy - 1 : b.sy;
      out[k] = { ...a, sy: y, ey: y };
    }
  }
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1] as Span;
    const b = out[k] as Span;
    if (b.sy === null && a.ey !== null) {
      const y = compareMonthDay(b.sm, b.sd, a.sm, a.sd) < 0 ? a.ey + 1 : a.ey;
      out[k] = { ...b, sy: y, ey: y };
    }
  }
  return out;
}

/** A point, a range "A - B", or a list "A B", "A, B и C" of points of one kind. */
export function sequence(s: Stream, i: number): Match<Expr> | null {
  const first = pointOrDay(s, i);
  if (!first) return null;
  let j = first.next;
  if (s.isPunct(j, '-')) {
    const b = point(s, j + 1);
    if (b) {
      const e = link(first.value, b.value);
      if (e) return { value: e, next: b.next };
    }
  }
  // A list; bare days wait for the day that gives them a month ("5, 12 и 19 декабря").
  const pending: number[] = [];
  const items: Span[] = [];
  /** End of the last complete item: bare days that nothing completes are given back. */
  let end = i;
  if (first.value.kind === 'day') pending.push(first.value.day);
  else {
    items.push(first.value.span);
    end = first.next;
  }
  for (;;) {
    const k = skipListSeparators(s, j);
    const p = pointOrDay(s, k);
    if (!p) break;
    const head = items[0];
    if (p.value.kind === 'day') {
      if (head && head.gran !== 'day') break;
      pending.push(p.value.day);
      j = p.next;
      continue;
    }
    const span = p.value.span;
    if (head ? !sameClass(head.gran, span.gran) : span.gran !== 'day') break;
    for (const d of pending.splice(0)) {
      const ok = span.sy === null ? d <= maxDaysInMonth(span.sm) : isValidYmd(span.sy, span.sm, d);
      items.push(ok ? daySpan(span.sy, span.sm, d) : { ...span, invalid: `${d}` });
    }
    items.push(span);
    j = p.next;
    end = j;
  }
  j = end;
  if (items.length === 0) return null;
  // "2020/2021(2021/2022) учебный год": the words after the list name all of it.
  if (items[0]?.gran === 'academic') {
    const tail = academicTail(s, s.isPunct(j, ')') ? j + 1 : j);
    if (tail !== null) j = tail;
  }
  if (items.length === 1) return { value: { t: 'span', span: items[0] as Span }, next: j };
  return { value: { t: 'list', items: propagateYears(items) }, next: j };
}

// ---------------------------------------------------------------- with prepositions

/**
 * The calendar expression at i, with its preposition:
 *   "с A" → since;  "с A по B", "с A до B" → range;
 *   "до A", "по A", "к A", "не позднее A", "до конца A" → by (the end of A, inclusive);
 *   "в A", "на A", "в течение A" → A.
 */
export function temporal(s: Stream, i: number): Match<Expr> | null {
  const w = s.word(i);
  if (w === 'с' || w === 'со' || w === 'от' || (w === 'начиная' && s.isWord(i + 1, 'с', 'со'))) {
    const j = w === 'начиная' ? i + 2 : i + 1;
    const a = pointOrDay(s, j);
    if (!a) return null;
    const k = a.next;
    if (s.isWord(k, 'по', 'до') || s.isPunct(k, '-')) {
      const b = point(s, k + 1);
      if (b) {
        const e = link(a.value, b.value);
        if (e) return { value: e, next: b.next };
      }
    }
    if (a.value.kind === 'day') return null;
    const span = a.value.span;
    return { value: span.invalid ? { t: 'span', span } : { t: 'since', target: span }, next: a.next };
  }
  let j = i;
  if (w === 'до' || w === 'по' || w === 'к' || w === 'ко') j = i + 1;
  else if (w === 'не' && s.isWord(i + 1, 'позднее', 'позже')) j = i + 2;
  if (j > i) {
    if (s.isWord(j, 'конца', 'концу', 'окончания', 'окончанию')) j++;
    const e = sequence(s, j);
    if (!e || e.value.t === 'list') return null;
    if (e.value.t === 'span' && e.value.span.invalid) return e;
    return { value: { t: 'by', target: e.value }, next: e.next };
  }
  if (w === 'в' || w === 'во' || w === 'на' || w === 'за') {
    j = i + 1;
    if (s.inSet(j, THROUGHOUT_WORDS)) j++;
    return sequence(s, j);
  }
  return sequence(s, i);
}
