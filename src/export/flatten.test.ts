import { describe, expect, it } from 'vitest';
import { validateRoadmapDocument } from '../model/schema.js';
import type { Item, RoadmapDocument } from '../model/roadmap.js';
import { flatten, itemReference, sectionBlocks } from './flatten.js';
import { allItems } from '../model/walk.js';
import { goldenNames, loadGolden, sampleDoc } from './test-support.js';
import { timingBasis, timingOf, timingText } from './timing.js';

function countItems(doc: RoadmapDocument): number {
  return doc.roadmaps.flatMap(allItems).length;
}

/** Follows a JSON pointer into the document. */
function resolve(doc: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc);
}

describe('flatten', () => {
  it('the sample document is a valid roadmap', () => {
    expect(validateRoadmapDocument(sampleDoc())).toEqual([]);
  });

  it.each([...goldenNames(), 'sample'])('%s: every item once, in order, with a path that points at it', (name) => {
    const doc = name === 'sample' ? sampleDoc() : loadGolden(name);
    const flat = flatten(doc);
    expect(flat).toHaveLength(countItems(doc));
    expect(new Set(flat.map((f) => f.path)).size).toBe(flat.length);
    flat.forEach((f, i) => {
      expect(f.index).toBe(i);
      expect(resolve(doc, f.path)).toBe(f.item);
      expect((resolve(doc, f.path) as Item).text).toBe(f.item.text);
    });
  });

  it('lists leading items first, then each section before its subsections', () => {
    const doc = sampleDoc();
    const blocks = sectionBlocks(doc, 0);
    expect(blocks.map((b) => [b.path, b.depth, b.items.length])).toEqual([
      ['/roadmaps/0', 0, 1],
      ['/roadmaps/0/sections/0', 0, 3],
      ['/roadmaps/0/sections/0/sections/0', 1, 3],
      ['/roadmaps/0/sections/1', 0, 7],
    ]);
    expect(blocks[2]!.sections.map((s) => s.number)).toEqual(['1', '1.1']);
  });

  it.each([
    ['1.3', '1', '1.3'],
    ['2', '1.1', '1.1, п. 2'],
    [null, '3.2.1', 'разд. 3.2.1'],
    ['5', null, '5'],
    [null, null, ''],
    ['1', '1', '1'],
  ])('refers to item %s in section %s as "%s"', (number, section, expected) => {
    const sections = section === null ? [] : [{ number: section, title: 'T', items: [], sections: [] }];
    expect(itemReference({ item: { number } as Item, sections })).toBe(expected);
  });
});

describe('timing', () => {
  const doc = sampleDoc();
  const byNumber = new Map(flatten(doc).map((f) => [`${f.sections.at(-1)?.number ?? ''}/${f.item.number ?? f.item.text}`, f]));
  const t = (key: string) => {
    const f = byNumber.get(key);
    if (!f) throw new Error(`no item ${key}`);
    return timingOf(f, doc);
  };

  it.each([
    ['/0.1', { type: 'span', start: '2021-02-01', end: '2021-02-01' }, '01.02.2021'],
    ['1/1.1', { type: 'due', end: '2021-06-01' }, 'до 01.06.2021'],
    ['1/1.2', { type: 'span', start: '2021-03-01', end: '2021-05-31' }, '01.03.2021 – 31.05.2021'],
    ['1/1.3', { type: 'span', start: '2021-12-09', end: '2021-12-09', time: '10:00' }, '09.12.2021, 10:00'],
    ['2/2.3', { type: 'from', start: '2021-12-01' }, 'с 01.12.2021'],
    ['2/2.4', { type: 'none' }, 'без даты'],
    ['2/Без номера и без срока', { type: 'none' }, 'без даты'],
    ['2/2.6', { type: 'none' }, 'без даты'],
    ['2/2.5', { type: 'span', start: '2021-01-01', end: '2022-12-31' }, '01.01.2021 – 31.12.2022'],
  ])('%s', (key, expected, text) => {
    expect(t(key)).toEqual(expected);
    expect(timingText(t(key))).toBe(text);
  });

  it('separate days and months are separate spans', () => {
    expect(t('2/2.1')).toEqual({ type: 'dates', spans: [{ start: '2021-04-15', end: '2021-04-15' }, { start: '2021-07-15', end: '2021-07-15' }] });
    expect(t('2/2.2')).toEqual({ type: 'dates', spans: [{ start: '2021-04-01', end: '2021-04-30' }, { start: '2021-10-01', end: '2021-10-31' }] });
  });

  it('a recurrence without dates runs over the roadmap period; its own dates win', () => {
    expect(t('1.1/1')).toMatchObject({ type: 'recurring', start: '2021-01-01', until: '2022-12-31', startFrom: 'period', untilFrom: 'period' });
    expect(t('1.1/2')).toMatchObject({ type: 'recurring', start: '2021-01-01', until: '2022-12-31', startFrom: 'deadline' });
    expect(timingText(t('1.1/1'))).toBe('еженедельно, по вторникам, с 01.01.2021 по 31.12.2022');
    expect(timingText(t('1.1/2'))).toBe('ежегодно, сентябрь, октябрь, с 01.01.2021 по 31.12.2022');
    expect(timingBasis(t('1.1/1'))).toBe('даты — период дорожной карты');
    expect(timingBasis(t('1.1/2'))).toBeNull();
    expect(timingBasis(t('1/1.2'))).toBeNull();
  });

  it('without a period a recurrence starts on the order date and has no end; without either it has no date', () => {
    const d = sampleDoc();
    d.roadmaps[0]!.period = null;
    const f = flatten(d).find((x) => x.item.text === 'Еженедельно по вторникам')!;
    expect(timingOf(f, d)).toMatchObject({ type: 'recurring', start: '2021-03-15', until: null, startFrom: 'orderDate', untilFrom: null });
    expect(timingBasis(timingOf(f, d))).toBe('с даты приказа, без даты окончания');
    d.order = null;
    expect(timingOf(f, d)).toEqual({ type: 'none' });
  });
});
