import { describe, expect, it } from 'vitest';
import { convertFile } from '../src/pipeline/convert.js';
import type { RoadmapDocument } from '../src/model/roadmap.js';
import { allItems } from '../src/model/walk.js';

/** Facts about the five real documents, checked by hand against their text. */
async function load(name: string): Promise<RoadmapDocument> {
  const r = await convertFile(`fixtures/txt/${name}.txt`);
  expect(r.value).not.toBeNull();
  return r.value!;
}

const items = allItems;

describe('000: order of the Западное управление, with a roadmap and an interview schedule', () => {
  it('header', async () => {
    const d = await load('000_72fc9603205c0c49');
    expect(d.order).toMatchObject({ kind: 'приказ', date: '2020-12-01', number: '607', authority: 'МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ САМАРСКОЙ ОБЛАСТИ ЗАПАДНОЕ УПРАВЛЕНИЕ' });
    expect(d.order!.clauses.map((c) => c.number)).toEqual(['1', '2', '3', '3.1', '3.2', '3.3']);
    expect(d.order!.signatory).toEqual({ position: 'Руководитель Западного управления', name: 'Т.Н. Гороховицкая' });
  });
  it('53 activities in 6 sections, one unnumbered, two numbered 6.6', async () => {
    const d = await load('000_72fc9603205c0c49');
    const rm = d.roadmaps[0]!;
    expect(d.roadmaps).toHaveLength(1);
    expect(rm.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    const all = items(rm);
    expect(all).toHaveLength(53);
    expect(all.filter((i) => i.number === null)).toHaveLength(1);
    expect(all.filter((i) => i.number === '6.6')).toHaveLength(2);
    expect(rm.goal).toMatch(/^повышение эффективности деятельности ОО/);
    expect(rm.expectedResults).toHaveLength(3);
  });
  it('a row cut by a page break is one activity', async () => {
    const d = await load('000_72fc9603205c0c49');
    const i13 = items(d.roadmaps[0]!).find((i) => i.number === '1.3')!;
    expect(i13.text).toMatch(/Самарской области по повышению качества общего образования/);
    expect(i13.deadline.raw).toBe('01.12.2020');
  });
  it('the interview schedule is a table of appendix 2; the note is the glossary', async () => {
    const d = await load('000_72fc9603205c0c49');
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]).toMatchObject({ appendix: { number: '2', date: '2020-12-01', orderNumber: '607' }, columns: ['№', 'Наименование ОО', 'Дата и время проведения собеседования'] });
    expect(d.tables[0]!.rows).toHaveLength(5);
    expect(d.glossary.map((g) => g.abbreviation)).toEqual(expect.arrayContaining(['Западное управление', 'Ресурсный центр', 'ОО']));
  });
});

describe('001: a roadmap with a passport, no order header', () => {
  it('13 sections in the plan, passport and indicators kept as tables', async () => {
    const d = await load('001_9a5414332806af39');
    expect(d.order).toBeNull();
    expect(d.roadmaps).toHaveLength(1);
    const rm = d.roadmaps[0]!;
    expect(rm.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(rm.columns).toEqual(['№ п/п', 'Мероприятия', 'Сроки', 'Ответственные', 'Результат', 'Отметка об исполнении']);
    expect(rm.period).toMatchObject({ start: '2020-01-01', end: '2022-12-31' });
    expect(d.tables.map((t) => t.title)).toEqual(expect.arrayContaining(['1.1.Финансовая поддержка', '1.2.Кадровая поддержка']));
  });
});

describe('002: order 262 with a plan of 8 activities', () => {
  it('header and plan', async () => {
    const d = await load('002_d8146b65e7b6d256');
    expect(d.order).toMatchObject({ date: '2021-06-08', number: '262', kind: 'приказ' });
    expect(d.order!.clauses.map((c) => c.number)).toEqual(['1', '2', '2.1', '2.2', '3', '3.1', '3.2', '4']);
    const rm = d.roadmaps[0]!;
    expect(items(rm)).toHaveLength(8);
    expect(items(rm).find((i) => i.number === '4')!.text).toMatch(/«Адресная методическая поддержка педагогов»$/);
    expect(rm.period).toMatchObject({ start: '2021-01-01', end: '2022-12-31' });
  });
});

describe('003: a plan approved by a stamp', () => {
  it('approval, 59 activities, participants as a table', async () => {
    const d = await load('003_c07eb7e652819042');
    expect(d.order).toBeNull();
    expect(d.approval).toMatchObject({ form: 'approve', name: 'Е.М.Артемьева', date: '2021-10-06' });
    const rm = d.roadmaps[0]!;
    expect(items(rm)).toHaveLength(59);
    expect(rm.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(rm.sections[2]!.sections.map((s) => s.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7']);
    expect(d.tables.map((t) => t.title)).toEqual(['I. Целевые ориентиры и индикаторы с учетом групп рисков', 'Участники реализации «дорожной карты»']);
    expect(d.glossary.find((g) => g.abbreviation === 'ПРШ')?.expansion).toBe('повышающих результаты школ');
  });
});

describe('004: order 01-05/504 with a plan in 3 sections and the council', () => {
  it('header, plan, council table', async () => {
    const d = await load('004_5cf6f8dfe62893e0');
    expect(d.order).toMatchObject({ date: '2020-07-09', number: '01-05/504', kind: 'приказ' });
    const rm = d.roadmaps[0]!;
    expect(rm.sections.map((s) => [s.number, s.items.length])).toEqual([
      ['1', 12],
      ['2', 26],
      ['3', 10],
    ]);
    expect(rm.appendix).toMatchObject({ number: '1', approval: { form: 'approved', act: { number: '01-05/504' } } });
    const council = d.tables.find((t) => t.appendix?.number === '2')!;
    expect(council.columns).toEqual(['№', 'ФИО', 'Должность']);
    expect(council.rows).toHaveLength(7);
  });
});
