import type { Recurrence } from '../model/deadline.js';
import type { RoadmapDocument } from '../model/roadmap.js';
import type { FlatItem } from './flatten.js';

/** Inclusive ISO dates. */
export interface Span {
  start: string;
  end: string;
}

/**
 * Where an item's deadline falls on a calendar, for the ics and html exporters:
 * - span: one continuous stretch of days (a day, a range, a month, a year, the roadmap's period);
 * - due: "no later than" a day, with no start ("до 01.12.2020");
 * - from: an open end ("с декабря 2020г.");
 * - dates: several separate days or months;
 * - recurring: a rule from a first day, until a last day or without end;
 * - none: no day can be known ("в течение года" in a roadmap without period, "по необходимости").
 */
export type Timing =
  | ({ type: 'span'; time?: string } & Span)
  | { type: 'due'; end: string }
  | { type: 'from'; start: string }
  | { type: 'dates'; spans: Span[] }
  | {
      type: 'recurring';
      start: string;
      until: string | null;
      recurrence: Recurrence;
      /** Where the first day came from: the deadline itself, else the roadmap's period, else the order's date. */
      startFrom: 'deadline' | 'period' | 'orderDate';
      untilFrom: 'deadline' | 'period' | null;
    }
  | { type: 'none' };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function iso(value: string | null | undefined): string | null {
  return value && ISO.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : null;
}

export function timingOf(flat: FlatItem, doc: RoadmapDocument): Timing {
  const d = flat.item.deadline;
  let start = iso(d.start);
  let end = iso(d.end);
  if (start && end && start > end) [start, end] = [end, start];

  if (d.kind === 'recurring' && d.recurrence && d.recurrence.frequency !== 'once') {
    const period = flat.roadmap.period;
    const fromPeriod = iso(period?.start);
    const fromOrder = iso(doc.order?.date);
    const first = start ?? fromPeriod ?? fromOrder;
    if (first) {
      const until = end ?? iso(period?.end);
      return {
        type: 'recurring',
        start: first,
        until: until && until >= first ? until : null,
        recurrence: d.recurrence,
        startFrom: start ? 'deadline' : fromPeriod ? 'period' : 'orderDate',
        untilFrom: end ? 'deadline' : until ? 'period' : null,
      };
    }
    return { type: 'none' };
  }

  if (d.kind === 'days' && d.days?.length && d.days.every((x) => iso(x))) {
    const days = [...new Set(d.days)].sort();
    return days.length === 1 ? { type: 'span', start: days[0]!, end: days[0]! } : { type: 'dates', spans: days.map((x) => ({ start: x, end: x })) };
  }
  if (d.kind === 'months' && d.months?.length && d.months.every((m) => ISO_MONTH.test(m))) {
    const spans = [...new Set(d.months)].sort().map(monthSpan);
    return spans.length === 1 ? { type: 'span', ...spans[0]! } : { type: 'dates', spans };
  }

  if (start && end) {
    const span: Timing = { type: 'span', start, end };
    if (d.time && start === end) span.time = d.time;
    return span;
  }
  if (end) return { type: 'due', end };
  if (start) return { type: 'from', start };
  return { type: 'none' };
}

export function isDated(t: Timing): boolean {
  return t.type !== 'none';
}

function monthSpan(ym: string): Span {
  const [, y, m] = ISO_MONTH.exec(ym)!;
  return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}` };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function fromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return fromDate(d);
}

/** Days since 1970-01-01 (for placing a day on a time axis). */
export function dayNumber(isoDate: string): number {
  return Math.round(toDate(isoDate).getTime() / 86_400_000);
}

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** "2020-12-01" → "01.12.2020", the way Russian documents write a date. */
export function ruDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

/** "2020-12-01" → "1 декабря 2020 г." */
export function ruDateLong(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${Number(d)} ${MONTHS_GENITIVE[Number(m) - 1] ?? m} ${y} г.`;
}

const WEEKDAYS_RU: Record<string, string> = {
  monday: 'понедельникам',
  tuesday: 'вторникам',
  wednesday: 'средам',
  thursday: 'четвергам',
  friday: 'пятницам',
  saturday: 'субботам',
  sunday: 'воскресеньям',
};
const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const FREQUENCY_RU: Record<string, [string, string]> = {
  daily: ['ежедневно', 'дня'],
  weekly: ['еженедельно', 'недели'],
  monthly: ['ежемесячно', 'месяца'],
  quarterly: ['ежеквартально', 'квартала'],
  halfyearly: ['раз в полгода', 'полугодия'],
  yearly: ['ежегодно', 'года'],
};

/** A recurrence in words: "еженедельно, по вторникам", "раз в 2 недели", "ежегодно: сентябрь, октябрь". */
export function recurrenceText(r: Recurrence): string {
  const [every, unit] = FREQUENCY_RU[r.frequency] ?? [r.frequency, ''];
  let text = r.interval && r.interval > 1 ? `раз в ${r.interval} ${unitPlural(r.frequency, r.interval)}` : every;
  if (r.count && r.count > 1) text = `${r.count} раза в течение ${unit}`.replace(/ $/, '') + (r.interval && r.interval > 1 ? ` (раз в ${r.interval})` : '');
  const days = r.weekdays ?? (r.weekday ? [r.weekday] : []);
  const parts = [text];
  if (days.length) parts.push(`по ${days.map((d) => WEEKDAYS_RU[d] ?? d).join(' и ')}`);
  if (r.dayOfMonth) parts.push(`${r.dayOfMonth} числа`);
  if (r.months?.length) parts.push(r.months.map((m) => MONTHS_NOMINATIVE[m - 1] ?? String(m)).join(', '));
  return parts.join(', ');
}

function unitPlural(frequency: string, n: number): string {
  const forms: Record<string, [string, string, string]> = {
    daily: ['день', 'дня', 'дней'],
    weekly: ['неделю', 'недели', 'недель'],
    monthly: ['месяц', 'месяца', 'месяцев'],
    quarterly: ['квартал', 'квартала', 'кварталов'],
    halfyearly: ['полугодие', 'полугодия', 'полугодий'],
    yearly: ['год', 'года', 'лет'],
  };
  const f = forms[frequency];
  if (!f) return frequency;
  const n10 = n % 10;
  const n100 = n % 100;
  if (n10 === 1 && n100 !== 11) return f[0];
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return f[1];
  return f[2];
}

/** The timing in words, Russian dates: "01.12.2020 – 11.12.2020", "до 01.12.2020", "с 01.11.2020". */
export function timingText(t: Timing): string {
  switch (t.type) {
    case 'span':
      return (t.start === t.end ? ruDate(t.start) : `${ruDate(t.start)} – ${ruDate(t.end)}`) + (t.time ? `, ${t.time}` : '');
    case 'due':
      return `до ${ruDate(t.end)}`;
    case 'from':
      return `с ${ruDate(t.start)}`;
    case 'dates':
      return t.spans.map((s) => (s.start === s.end ? ruDate(s.start) : `${ruDate(s.start)} – ${ruDate(s.end)}`)).join('; ');
    case 'recurring':
      return `${recurrenceText(t.recurrence)}, с ${ruDate(t.start)}${t.until ? ` по ${ruDate(t.until)}` : ''}`;
    case 'none':
      return 'без даты';
  }
}

/** Whether the read dates only restate what is written ("15.04.2021 15.07.2021" and "15.04.2021; 15.07.2021"). */
export function sameDigits(raw: string, read: string): boolean {
  return raw.replace(/\D/g, '') === read.replace(/\D/g, '');
}

/** Where the dates of a recurrence came from when the deadline had none ("с даты приказа, без даты окончания"). */
export function timingBasis(t: Timing): string | null {
  if (t.type !== 'recurring') return null;
  const parts: string[] = [];
  if (t.startFrom === 'period' && t.untilFrom === 'period') parts.push('даты — период дорожной карты');
  else {
    if (t.startFrom === 'orderDate') parts.push('с даты приказа');
    if (t.startFrom === 'period') parts.push('с начала периода дорожной карты');
    if (t.untilFrom === 'period') parts.push('до конца периода дорожной карты');
  }
  if (!t.until) parts.push('без даты окончания');
  return parts.length ? parts.join(', ') : null;
}
