/**
 * Recurrence: "ежеквартально", "1 раз в 2 недели", "2 раза в год", "каждый месяц",
 * "в течение каждого года", "по вторникам", "не позднее 10 числа (каждого месяца)".
 * Each reader returns a fragment; the fragments of one text are merged by mergeRecurrence.
 */
import type { Frequency, Recurrence } from '../../model/deadline.js';
import {
  COUNT_ADVERBS,
  DAY_OF_MONTH_WORDS,
  EACH_WORDS,
  FREQUENCY_STEMS,
  NUMBER_WORDS,
  ONCE_WORDS,
  ORDINAL_SUFFIXES,
  TIMES_WORDS,
  UNITS,
  WEEKDAYS,
  WEEKDAY_NAMES,
} from './lexicon.js';
import type { Match, RecurrenceFragment, Stream } from './types.js';

/** A small count: digits or a number word ("два"). */
function count(s: Stream, i: number): Match<number> | null {
  const n = s.num(i);
  if (n) return n.value >= 1 && n.value <= 99 ? { value: n.value, next: i + 1 } : null;
  const w = s.word(i);
  const v = w === null ? undefined : NUMBER_WORDS.get(w);
  return v === undefined ? null : { value: v, next: i + 1 };
}

function frequencyWord(w: string): Frequency | null {
  for (const [stem, f] of FREQUENCY_STEMS) if (w.startsWith(stem) && w.length <= stem.length + 3) return f;
  return null;
}

function fragment(frequency: Frequency, interval?: number, times?: number): RecurrenceFragment {
  const f: RecurrenceFragment = { frequency };
  if (interval !== undefined && interval > 1) f.interval = interval;
  if (times !== undefined && times > 1) f.count = times;
  return f;
}

/** "[N] раз(а) в [M] <unit>", "дважды в год", "раз в полгода" */
function timesPer(s: Stream, i: number): Match<RecurrenceFragment> | null {
  let j = i;
  let times: number | undefined;
  const adverb = s.word(j);
  if (adverb !== null && COUNT_ADVERBS.has(adverb)) {
    times = COUNT_ADVERBS.get(adverb);
    j++;
  } else {
    const c = count(s, j);
    if (c) {
      times = c.value;
      j = c.next;
    }
    if (!s.inSet(j, TIMES_WORDS)) return null;
    j++;
  }
  if (!s.isWord(j, 'в', 'во', 'за')) return null;
  j++;
  const c = count(s, j);
  const interval = c?.value;
  if (c) j = c.next;
  const w = s.word(j);
  const unit = w === null ? undefined : UNITS.get(w);
  if (unit === undefined) return null;
  return { value: fragment(unit, interval, times), next: j + 1 };
}

/** "каждый месяц", "каждые 2 недели", "каждый вторник", "в каждом квартале", "в течение каждого года" */
function each(s: Stream, i: number): Match<RecurrenceFragment> | null {
  let j = i;
  if (s.isWord(j, 'в', 'во')) {
    j++;
    if (s.isWord(j, 'течение')) j++;
  }
  if (!s.inSet(j, EACH_WORDS)) return null;
  j++;
  const c = count(s, j);
  const interval = c?.value;
  if (c) j = c.next;
  const w = s.word(j);
  if (w === null) return null;
  const unit = UNITS.get(w);
  if (unit !== undefined) return { value: fragment(unit, interval), next: j + 1 };
  const day = WEEKDAYS.get(w);
  if (day !== undefined && interval === undefined) return { value: { frequency: 'weekly', weekdays: [day] }, next: j + 1 };
  return null;
}

/** "по вторникам", "по средам и пятницам", "по понедельникам, по четвергам" */
function onWeekdays(s: Stream, i: number): Match<RecurrenceFragment> | null {
  if (!s.isWord(i, 'по')) return null;
  const first = s.word(i + 1);
  const d = first === null ? undefined : WEEKDAYS.get(first);
  if (d === undefined) return null;
  const days = [d];
  let next = i + 2;
  for (;;) {
    let j = next;
    if (!s.isPunct(j, ',') && !s.isWord(j, 'и')) break;
    j++;
    if (s.isWord(j, 'по')) j++;
    const w = s.word(j);
    const more = w === null ? undefined : WEEKDAYS.get(w);
    if (more === undefined) break;
    if (!days.includes(more)) days.push(more);
    next = j + 1;
  }
  return { value: { frequency: 'weekly', weekdays: days }, next };
}

/** "10 числа", "не позднее 10 числа", "до 5-го числа" */
function dayOfMonth(s: Stream, i: number): Match<RecurrenceFragment> | null {
  let j = i;
  if (s.isWord(j, 'не') && s.isWord(j + 1, 'позднее', 'позже')) j += 2;
  else if (s.isWord(j, 'до', 'к', 'по')) j++;
  const n = s.num(j);
  if (!n || n.digits > 2 || n.value < 1 || n.value > 31) return null;
  j++;
  if (s.isPunct(j, '-') && s.glued(j) && s.inSet(j + 1, ORDINAL_SUFFIXES)) j += 2;
  if (!s.inSet(j, DAY_OF_MONTH_WORDS)) return null;
  j++;
  // "10 числа месяца, следующего за отчетным": the month is the one the recurrence names.
  if (s.isWord(j, 'месяца')) j++;
  return { value: { dayOfMonth: n.value }, next: j };
}

/** One recurrence fragment at i, or null. */
export function recurrence(s: Stream, i: number): Match<RecurrenceFragment> | null {
  const w = s.word(i);
  if (w !== null) {
    const f = frequencyWord(w);
    if (f) return { value: { frequency: f }, next: i + 1 };
    if (ONCE_WORDS.has(w)) return { value: { frequency: 'once' }, next: i + 1 };
  }
  return timesPer(s, i) ?? each(s, i) ?? onWeekdays(s, i) ?? dayOfMonth(s, i);
}

/**
 * Merges fragments into one recurrence. Null when they contradict each other
 * ("ежегодно … ежемесячно") or when none gives a frequency.
 */
export function mergeRecurrence(fragments: RecurrenceFragment[]): Recurrence | null {
  let frequency: Frequency | undefined;
  let interval: number | undefined;
  let times: number | undefined;
  let dom: number | undefined;
  const weekdays: string[] = [];
  for (const f of fragments) {
    if (f.frequency) {
      if (frequency && frequency !== f.frequency) return null;
      frequency = f.frequency;
    }
    if (f.interval !== undefined) {
      if (interval !== undefined && interval !== f.interval) return null;
      interval = f.interval;
    }
    if (f.count !== undefined) {
      if (times !== undefined && times !== f.count) return null;
      times = f.count;
    }
    if (f.dayOfMonth !== undefined) {
      if (dom !== undefined && dom !== f.dayOfMonth) return null;
      dom = f.dayOfMonth;
    }
    for (const d of f.weekdays ?? []) if (!weekdays.includes(d)) weekdays.push(d);
  }
  if (!frequency) return null;
  const r: Recurrence = { frequency };
  if (interval !== undefined) r.interval = interval;
  if (times !== undefined) r.count = times;
  if (weekdays.length === 1) r.weekday = weekdays[0] as string;
  if (weekdays.length > 1) {
    r.weekdays = [...weekdays].sort(
      (a, b) => WEEKDAY_NAMES.indexOf(a as (typeof WEEKDAY_NAMES)[number]) - WEEKDAY_NAMES.indexOf(b as (typeof WEEKDAY_NAMES)[number]),
    );
  }
  if (dom !== undefined) r.dayOfMonth = dom;
  return r;
}
