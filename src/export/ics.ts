import { createHash } from 'node:crypto';
import type { Recurrence } from '../model/deadline.js';
import type { RoadmapDocument } from '../model/roadmap.js';
import { VERSION } from '../version.js';
import { activityText, flatten, itemReference, sectionHeading, type FlatItem } from './flatten.js';
import { contentLine, icsDate, icsText, icsUtc } from './ics-writer.js';
import { orderLine, sourceName } from './header.js';
import { addDays, timingBasis, timingOf, timingText, toDate, type Span, type Timing } from './timing.js';

/** The fields of one VEVENT as this exporter writes them. */
interface IcsEvent {
  uid: string;
  start: string;
  /** The last day (inclusive) of an all-day event. */
  end: string;
  time?: string;
  rrule?: string;
  summary: string;
  description: string;
  x: [string, string][];
}

export interface IcsOptions {
  /** DTSTAMP of every component: when the file was made. Default: now. Pass a fixed one for reproducible output. */
  stamp?: Date;
}

/** The domain part of every UID, so that ours never collide with another program's. */
export const UID_DOMAIN = 'prikaz-roadmap';

/**
 * An iCalendar file (RFC 5545): one all-day event for each dated activity (an event per
 * day or month when the deadline lists several; a timed, floating event when a time is
 * given), an RRULE for a recurring one, and one event listing the activities without
 * dates on the order's day, so that none is dropped (the same list is the calendar's
 * description). Events rather than to-dos: common calendar programs (Google, Outlook)
 * skip VTODO on import. All events are transparent: a roadmap's long spans must not mark
 * anyone busy.
 *
 * UIDs are a hash of the source document's sha256 and the item's path, so exporting the
 * same document again updates the events instead of duplicating them. Several documents
 * make one calendar with the events of all (their UIDs differ, as their hashes do).
 */
export function exportIcs(doc: RoadmapDocument | readonly RoadmapDocument[], options: IcsOptions = {}): string {
  const docs: readonly RoadmapDocument[] = Array.isArray(doc) ? doc : [doc as RoadmapDocument];
  const stamp = icsUtc(options.stamp ?? new Date());
  // several roadmaps make one calendar: its name says how many, each event says its order
  const name = icsText(docs.length === 1 ? calendarName(docs[0]!) : `Дорожные карты: ${docs.length}`);
  const out: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', `-//${UID_DOMAIN}//prikaz-roadmap ${VERSION}//RU`),
    'METHOD:PUBLISH',
    contentLine('NAME', name),
    contentLine('X-WR-CALNAME', name),
  ];
  const events: string[] = [];
  const notes: string[] = [];
  for (const d of docs) {
    const note = documentEvents(d, stamp, events);
    if (note) notes.push(note);
  }
  if (notes.length) out.push(contentLine('X-WR-CALDESC', icsText(notes.join('\n\n'))));
  for (const line of events) out.push(line);
  out.push('END:VCALENDAR');
  return `${out.join('\r\n')}\r\n`;
}

/** Appends the events of one document; returns the note on its undated activities, if any. */
function documentEvents(doc: RoadmapDocument, stamp: string, events: string[]): string | null {
  const write = (e: IcsEvent) => writeEvent(e, stamp, events);

  const undated: FlatItem[] = [];
  let firstDay: string | null = null;
  for (const flat of flatten(doc)) {
    const timing = timingOf(flat, doc);
    if (timing.type === 'none') {
      undated.push(flat);
      continue;
    }
    for (const event of eventsFor(flat, timing, doc)) {
      if (!firstDay || event.start < firstDay) firstDay = event.start;
      write({
        ...event,
        uid: uid(doc, event.key),
        x: [
          ['X-PRIKAZ-PATH', flat.path],
          ['X-PRIKAZ-DEADLINE-KIND', flat.item.deadline.kind],
        ],
      });
    }
  }

  const note = undatedNote(doc, undated);
  if (note) {
    const day = isoDay(doc.order?.date) ?? firstDay ?? isoDay(doc.roadmaps.find((r) => r.period?.start)?.period?.start);
    if (day) {
      write({ uid: uid(doc, '#undated'), start: day, end: day, summary: `Мероприятия без дат: ${undated.length}`, description: note, x: [['X-PRIKAZ-UNDATED', String(undated.length)]] });
    }
  }
  return note;
}

/**
 * One VEVENT: all-day (DTSTART and an exclusive DTEND as dates), or at a time of day with no
 * zone (a floating time, as the document gives none). Transparent: a roadmap's long spans
 * must not mark anyone busy.
 */
function writeEvent(e: IcsEvent, stamp: string, out: string[]): void {
  out.push('BEGIN:VEVENT', contentLine('UID', e.uid), 'SEQUENCE:0', `DTSTAMP:${stamp}`);
  if (e.time) {
    out.push(`DTSTART:${icsDate(e.start)}T${e.time.replace(':', '')}00`);
  } else {
    out.push(`DTSTART;VALUE=DATE:${icsDate(e.start)}`, `DTEND;VALUE=DATE:${icsDate(addDays(e.end, 1))}`);
    out.push('X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE');
  }
  if (e.rrule) out.push(contentLine('RRULE', e.rrule));
  out.push(contentLine('SUMMARY', icsText(e.summary)), 'TRANSP:TRANSPARENT', contentLine('DESCRIPTION', icsText(e.description)));
  for (const [k, v] of e.x) out.push(contentLine(k, icsText(v)));
  out.push('END:VEVENT');
}

/** An event before its UID and extra properties are known: `key` makes the UID stable. */
type EventSpec = Omit<IcsEvent, 'uid' | 'x'> & { key: string };

function eventsFor(flat: FlatItem, timing: Exclude<Timing, { type: 'none' }>, doc: RoadmapDocument): EventSpec[] {
  const title = summaryText(flat);
  const description = describe(flat, timing, doc);
  const one = (span: Span, summary = title, key = flat.path): EventSpec => ({ key, start: span.start, end: span.end, summary, description });
  switch (timing.type) {
    case 'span': {
      const e = one(timing);
      if (timing.time) e.time = timing.time;
      return [e];
    }
    case 'due':
      return [one({ start: timing.end, end: timing.end }, `Срок: ${title}`)];
    case 'from':
      return [one({ start: timing.start, end: timing.start }, `Начало: ${title}`)];
    case 'dates':
      return timing.spans.map((s, i) => one(s, `${title} (${i + 1} из ${timing.spans.length})`, `${flat.path}#${i + 1}`));
    case 'recurring': {
      const first = firstOccurrence(timing.start, timing.recurrence, timing.until);
      if (!first) return [one({ start: timing.start, end: timing.start })]; // the rule has no day in the period
      return [{ ...one({ start: first, end: first }), rrule: rrule(timing.recurrence, timing.until) }];
    }
  }
}

/** "1.3 Разработка приказа …", cut at 200 characters (the whole text is in the description). */
function summaryText(flat: FlatItem): string {
  const ref = itemReference(flat);
  const text = flat.item.text.replace(/\s+/g, ' ').trim();
  const full = ref ? `${ref} ${text}` : text;
  return full.length > 200 ? `${full.slice(0, 199).trimEnd()}…` : full;
}

function describe(flat: FlatItem, timing: Timing, doc: RoadmapDocument): string {
  const item = flat.item;
  const lines: string[] = [];
  const ref = itemReference(flat);
  lines.push(ref ? `${ref} ${activityText(item)}` : activityText(item));
  lines.push('');
  const basis = timingBasis(timing);
  const when = timingText(timing) + (basis ? ` (${basis})` : '');
  lines.push(`Срок: ${when}${item.deadline.raw.trim() ? ` (в документе: «${item.deadline.raw.trim()}»)` : ''}`);
  const parties = item.responsible.parties.map((p) => (p.expansion ? `${p.name} (${p.expansion})` : p.name));
  lines.push(`Ответственные: ${parties.length ? parties.join('; ') : item.responsible.raw.trim() || 'не указаны'}`);
  if (item.result?.trim()) lines.push(`Результат: ${item.result.trim()}`);
  if (flat.sections.length) lines.push(`Раздел: ${flat.sections.map(sectionHeading).join(' / ')}`);
  const roadmapTitle = flat.roadmap.title ?? flat.roadmap.planTitle;
  if (roadmapTitle) lines.push(`Дорожная карта: ${roadmapTitle}`);
  const order = orderLine(doc);
  if (order) lines.push(`Документ: ${order}`);
  lines.push(`Источник: ${sourceName(doc)}${item.source?.line ? `, строка ${item.source.line}` : ''}`);
  return lines.join('\n');
}

function undatedNote(doc: RoadmapDocument, undated: FlatItem[]): string | null {
  if (!undated.length) return null;
  const lines = [`Мероприятия без дат (${undated.length}): в календарь не попали, перечислены здесь.`];
  const order = orderLine(doc);
  if (order) lines.push(order);
  lines.push('');
  for (const f of undated) {
    const ref = itemReference(f);
    const raw = f.item.deadline.raw.trim();
    const parties = f.item.responsible.parties.map((p) => p.name).join(', ') || f.item.responsible.raw.trim();
    lines.push(`• ${ref ? `${ref} ` : ''}${f.item.text.replace(/\s+/g, ' ').trim()} — срок: ${raw ? `«${raw}»` : 'не указан'}${parties ? `; ответственные: ${parties}` : ''}`);
  }
  return lines.join('\n');
}

function calendarName(doc: RoadmapDocument): string {
  const title = doc.roadmaps.find((r) => r.title)?.title ?? doc.order?.title ?? sourceName(doc);
  return title.length > 120 ? `${title.slice(0, 119).trimEnd()}…` : title;
}

function uid(doc: RoadmapDocument, key: string): string {
  return `${createHash('sha256').update(`${doc.source.sha256}\n${key}`).digest('hex').slice(0, 32)}@${UID_DOMAIN}`;
}

function isoDay(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}


const BYDAY: Record<string, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };
const WEEKDAY_INDEX: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

function weekdaysOf(r: Recurrence): string[] {
  return (r.weekdays ?? (r.weekday ? [r.weekday] : [])).filter((d) => d in BYDAY);
}

/** The RRULE value (without "RRULE:") for an all-day event; UNTIL is a DATE, like DTSTART. */
export function rrule(r: Recurrence, until: string | null): string {
  const interval = Math.max(1, Math.floor(r.interval ?? 1));
  const [freq, step] =
    r.frequency === 'quarterly' ? ['MONTHLY', 3] : r.frequency === 'halfyearly' ? ['MONTHLY', 6] : [r.frequency.toUpperCase(), 1];
  const parts = [`FREQ=${freq}`];
  if (interval * step > 1) parts.push(`INTERVAL=${interval * step}`);
  if (until) parts.push(`UNTIL=${until.replace(/-/g, '')}`);
  const days = weekdaysOf(r);
  if (days.length && (r.frequency === 'weekly' || r.frequency === 'daily')) parts.push(`BYDAY=${days.map((d) => BYDAY[d]).join(',')}`);
  const months = validMonths(r);
  if (months.length) parts.push(`BYMONTH=${months.join(',')}`);
  if (r.dayOfMonth && r.frequency !== 'daily' && r.frequency !== 'weekly') parts.push(`BYMONTHDAY=${r.dayOfMonth}`);
  return parts.join(';');
}

function validMonths(r: Recurrence): number[] {
  return [...new Set(r.months ?? [])].filter((m) => Number.isInteger(m) && m >= 1 && m <= 12).sort((a, b) => a - b);
}

/**
 * The first day on or after `start` that the rule gives, to be DTSTART (RFC 5545 wants
 * DTSTART to be an occurrence). Months named without a day start on the 1st; null when
 * no day up to `until` (or within 5 years) fits.
 */
export function firstOccurrence(start: string, r: Recurrence, until: string | null): string | null {
  const days = weekdaysOf(r).map((d) => WEEKDAY_INDEX[d]!);
  const useDays = days.length > 0 && (r.frequency === 'weekly' || r.frequency === 'daily');
  const months = validMonths(r);
  const monthDay = r.dayOfMonth && r.frequency !== 'daily' && r.frequency !== 'weekly' ? r.dayOfMonth : null;
  if (!useDays && !months.length && !monthDay) return start;
  const last = until ?? addDays(start, 5 * 366);
  for (let day = start; day <= last; day = addDays(day, 1)) {
    const d = toDate(day);
    const month = d.getUTCMonth() + 1;
    if (months.length && !months.includes(month)) continue;
    if (monthDay && d.getUTCDate() !== Math.min(monthDay, 31)) continue;
    if (useDays && !days.includes(d.getUTCDay())) continue;
    // months without a day: the first day of the month, unless the start itself falls in one
    if (months.length && !monthDay && !useDays && day !== start && d.getUTCDate() !== 1) continue;
    return day;
  }
  return null;
}
