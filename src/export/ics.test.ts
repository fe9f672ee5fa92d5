import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { RoadmapDocument } from '../model/roadmap.js';
import { flatten, type FlatItem } from './flatten.js';
import { exportIcs, firstOccurrence, rrule } from './ics.js';
import { goldenNames, loadGolden, sampleDoc } from './test-support.js';
import { timingOf, type Timing } from './timing.js';

const STAMP = new Date('2024-05-01T12:00:00Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  const items = vevents.filter((v) => v.getFirstPropertyValue('x-prikaz-path'));
  const notes = vevents.filter((v) => v.getFirstPropertyValue('x-prikaz-undated'));
  return { calendar, vevents, items, notes };
}

/** How many events a dated item becomes: one, or one per listed day or month. */
function occurrences(t: Timing): number {
  return t.type === 'dates' ? t.spans.length : t.type === 'none' ? 0 : 1;
}

function dated(doc: RoadmapDocument): { flat: FlatItem; timing: Timing }[] {
  return flatten(doc)
    .map((flat) => ({ flat, timing: timingOf(flat, doc) }))
    .filter((x) => x.timing.type !== 'none');
}

const docs: [string, () => RoadmapDocument][] = [...goldenNames().map((n): [string, () => RoadmapDocument] => [n, () => loadGolden(n)]), ['sample', sampleDoc]];

describe('exportIcs', () => {
  it.each(docs)('%s: well-formed RFC 5545 text', (_, load) => {
    const text = exportIcs(load(), { stamp: STAMP });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { vevents } = parse(text);
    for (const v of vevents) {
      for (const p of ['uid', 'dtstamp', 'dtstart', 'summary']) expect(v.getFirstPropertyValue(p), p).toBeTruthy();
    }
  });

  it.each(docs)('%s: an event for every dated activity (one per day or month listed), none for the others', (_, load) => {
    const doc = load();
    const { items } = parse(exportIcs(doc, { stamp: STAMP }));
    const expected = dated(doc);
    expect(items).toHaveLength(expected.reduce((n, x) => n + occurrences(x.timing), 0));
    expect(new Set(items.map((v) => v.getFirstPropertyValue('x-prikaz-path')))).toEqual(new Set(expected.map((x) => x.flat.path)));
  });

  it.each(docs)('%s: the activities without dates are listed in one note, not dropped', (_, load) => {
    const doc = load();
    const { calendar, notes } = parse(exportIcs(doc, { stamp: STAMP }));
    const undated = flatten(doc).filter((f) => timingOf(f, doc).type === 'none');
    if (!undated.length) {
      expect(notes).toHaveLength(0);
      return;
    }
    expect(notes).toHaveLength(1);
    const note = new ICAL.Event(notes[0]!);
    expect(note.summary).toBe(`Мероприятия без дат: ${undated.length}`);
    expect(note.startDate.isDate).toBe(true);
    const described = note.description.replace(/\s+/g, ' ');
    for (const f of undated) expect(described).toContain(f.item.text.replace(/\s+/g, ' ').trim());
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain(`Мероприятия без дат (${undated.length})`);
  });

  it.each(docs)('%s: an RRULE exactly for the recurring ones, starting on an occurrence and ending by UNTIL', (_, load) => {
    const doc = load();
    const { items } = parse(exportIcs(doc, { stamp: STAMP }));
    const byPath = new Map(dated(doc).map((x) => [x.flat.path, x]));
    for (const v of items) {
      const x = byPath.get(String(v.getFirstPropertyValue('x-prikaz-path')))!;
      const event = new ICAL.Event(v);
      expect(event.isRecurring()).toBe(x.timing.type === 'recurring');
      if (x.timing.type !== 'recurring') continue;
      const rule = v.getFirstPropertyValue('rrule') as ICAL.Recur;
      const expectedFreq = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY', quarterly: 'MONTHLY', halfyearly: 'MONTHLY', yearly: 'YEARLY' }[x.timing.recurrence.frequency as string];
      expect(rule.freq).toBe(expectedFreq);
      const it = event.iterator();
      const first = it.next()!;
      expect(first.toString()).toBe(event.startDate.toString());
      expect(first.toString() >= x.timing.start).toBe(true);
      let count = 1;
      for (let next = it.next(); next && count < 400; next = it.next(), count++) {
        if (x.timing.until) expect(next.toString() <= x.timing.until).toBe(true);
      }
      if (x.timing.until) {
        expect(rule.until?.isDate).toBe(true);
        expect(count).toBeLessThan(400);
      }
    }
  });

  it('all-day events: DTSTART a date, DTEND the day after the last (exclusive); a time gives a floating event', () => {
    const doc = sampleDoc();
    const { items } = parse(exportIcs(doc, { stamp: STAMP }));
    const event = (path: string, n = 0) => new ICAL.Event(items.filter((v) => v.getFirstPropertyValue('x-prikaz-path') === path)[n]!);
    const range = event('/roadmaps/0/sections/0/items/1'); // март-май 2021
    expect(range.startDate.toString()).toBe('2021-03-01');
    expect(range.startDate.isDate).toBe(true);
    expect(range.endDate.toString()).toBe('2021-06-01');
    const due = event('/roadmaps/0/sections/0/items/0'); // до 01.06.2021
    expect(due.summary.startsWith('Срок: 1.1 ')).toBe(true);
    expect(due.startDate.toString()).toBe('2021-06-01');
    const timed = event('/roadmaps/0/sections/0/items/2'); // 09.12.2021 10.00
    expect(timed.startDate.isDate).toBe(false);
    expect(timed.startDate.toString()).toBe('2021-12-09T10:00:00');
    expect(timed.startDate.zone?.tzid).toBe('floating');
    const months = [event('/roadmaps/0/sections/1/items/1', 0), event('/roadmaps/0/sections/1/items/1', 1)];
    expect(months.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['2021-04-01', '2021-05-01'],
      ['2021-10-01', '2021-11-01'],
    ]);
    const open = event('/roadmaps/0/sections/1/items/2'); // с декабря 2021г.
    expect(open.summary.startsWith('Начало: 2.3 ')).toBe(true);
  });

  it('the summary holds the number and text, the description the parties and the deadline as written; escaping round-trips', () => {
    const doc = sampleDoc();
    const { items } = parse(exportIcs(doc, { stamp: STAMP }));
    const e = new ICAL.Event(items.find((v) => v.getFirstPropertyValue('x-prikaz-path') === '/roadmaps/0/sections/0/items/1')!);
    expect(e.summary).toBe("1.2 <img src=x onerror=alert(1)> и 'апостроф'");
    expect(e.description).toContain('Ответственные: <b>Школа</b>');
    expect(e.description).toContain('(в документе: «март-май 2021»)');
    expect(e.description).toContain('• второй; пункт');
    expect(e.description).toContain('Результат: Результат, с "кавычками"');
    expect(e.description).toContain('Раздел: 1. Раздел; первый, с запятыми');
    const nested = new ICAL.Event(items.find((v) => v.getFirstPropertyValue('x-prikaz-path') === '/roadmaps/0/sections/0/sections/0/items/1')!);
    expect(nested.summary).toBe('1.1, п. 2 Ежегодно в сентябре и октябре');
    expect(nested.description).toContain('Ответственные: не указаны');
    const golden = loadGolden('000_72fc9603205c0c49.roadmap.yaml');
    const g = parse(exportIcs(golden, { stamp: STAMP })).items.map((v) => new ICAL.Event(v));
    const withExpansion = g.find((x) => x.summary.startsWith('Срок: 1.1 Проведение анализа итогов рейтинга'))!;
    expect(withExpansion.description).toContain('Ресурсный центр (ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань Самарской области»)');
  });

  it('UIDs are unique, and the same for the same document and item whenever it is exported', () => {
    const a = parse(exportIcs(loadGolden('003_c07eb7e652819042.roadmap.yaml'), { stamp: STAMP })).vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    const b = parse(exportIcs(loadGolden('003_c07eb7e652819042.roadmap.yaml'), { stamp: new Date() })).vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    expect(new Set(a).size).toBe(a.length);
    expect(b).toEqual(a);
    for (const uid of a) expect(uid).toMatch(/^[0-9a-f]{32}@prikaz-roadmap$/);
    const other = sampleDoc();
    other.source.sha256 = 'b'.repeat(64);
    const c = parse(exportIcs(other, { stamp: STAMP })).vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    const d = parse(exportIcs(sampleDoc(), { stamp: STAMP })).vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    expect(c.filter((u) => d.includes(u))).toEqual([]);
  });

  it('is reproducible with a fixed stamp', () => {
    expect(exportIcs(sampleDoc(), { stamp: STAMP })).toBe(exportIcs(sampleDoc(), { stamp: STAMP }));
  });
});

describe('rrule and first occurrence', () => {
  it.each([
    [{ frequency: 'weekly', weekday: 'tuesday' }, '2021-01-01', '2023-12-31', 'FREQ=WEEKLY;UNTIL=20231231;BYDAY=TU', '2021-01-05'],
    [{ frequency: 'weekly', interval: 2 }, '2020-11-01', null, 'FREQ=WEEKLY;INTERVAL=2', '2020-11-01'],
    [{ frequency: 'weekly', weekdays: ['wednesday', 'friday'] }, '2021-01-01', null, 'FREQ=WEEKLY;BYDAY=WE,FR', '2021-01-01'],
    [{ frequency: 'yearly', months: [9, 10] }, '2021-01-01', '2022-12-31', 'FREQ=YEARLY;UNTIL=20221231;BYMONTH=9,10', '2021-09-01'],
    [{ frequency: 'yearly', months: [3] }, '2020-07-09', null, 'FREQ=YEARLY;BYMONTH=3', '2021-03-01'],
    [{ frequency: 'yearly', interval: 3 }, '2021-01-01', '2023-12-31', 'FREQ=YEARLY;INTERVAL=3;UNTIL=20231231', '2021-01-01'],
    [{ frequency: 'monthly', dayOfMonth: 10 }, '2021-01-15', null, 'FREQ=MONTHLY;BYMONTHDAY=10', '2021-02-10'],
    [{ frequency: 'quarterly' }, '2020-12-01', null, 'FREQ=MONTHLY;INTERVAL=3', '2020-12-01'],
    [{ frequency: 'halfyearly', interval: 2 }, '2021-01-01', null, 'FREQ=MONTHLY;INTERVAL=12', '2021-01-01'],
    [{ frequency: 'daily' }, '2021-01-01', '2021-01-31', 'FREQ=DAILY;UNTIL=20210131', '2021-01-01'],
  ] as const)('%j from %s until %s → %s, first %s', (r, start, until, expectedRule, expectedFirst) => {
    expect(rrule(r as never, until)).toBe(expectedRule);
    expect(firstOccurrence(start, r as never, until)).toBe(expectedFirst);
  });

  it('has no first occurrence when no day in the period fits', () => {
    expect(firstOccurrence('2021-01-01', { frequency: 'yearly', months: [9] }, '2021-06-30')).toBeNull();
  });
});
