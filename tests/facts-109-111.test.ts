import { describe, expect, it } from 'vitest';
import { convertFile } from '../src/pipeline/convert.js';
import type { RoadmapDocument } from '../src/model/roadmap.js';
import { allItems } from '../src/model/walk.js';

/** Facts about fixtures 109–111, written by reading their text (not the tool's output). */
async function load(name: string): Promise<RoadmapDocument> {
  const r = await convertFile(`fixtures/txt/${name}.txt`);
  expect(r.value).not.toBeNull();
  return r.value!;
}

const brief = (d: RoadmapDocument) =>
  allItems(d.roadmaps[0]!).map((i) => ({ number: i.number, text: i.text.slice(0, 25), deadline: i.deadline.raw, responsible: i.responsible.raw }));

describe('109: a распоряжение copied from a legal database, its plan a cell per line closed by "|"', () => {
  it('header: "N 812-рп", two clauses, the governor signs', async () => {
    const d = await load('109_rasporyazhenie-legal-db-pipes');
    expect(d.order).toMatchObject({ kind: 'распоряжение', date: '2022-04-14', number: '812-рп', authority: 'ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ' });
    expect(d.order!.inferred).toBeUndefined();
    expect(d.order!.clauses.map((c) => c.number)).toEqual(['1', '2']);
    expect(d.order!.signatory).toEqual({ position: 'Губернатор Заречной области', name: 'А.П. Кольцов' });
  });
  it('the stamp "Утвержден распоряжением … от 14 апреля 2022 г. N 812-рп" heads the plan', async () => {
    const d = await load('109_rasporyazhenie-legal-db-pipes');
    expect(d.roadmaps).toHaveLength(1);
    expect(d.roadmaps[0]!.appendix?.approval?.act).toEqual({ kind: 'распоряжение', authority: 'Правительства Заречной области', date: '2022-04-14', number: '812-рп' });
  });
  it('5 activities in two Roman sections, numbering restarting; an empty responsible cell stays empty', async () => {
    const d = await load('109_rasporyazhenie-legal-db-pipes');
    const rm = d.roadmaps[0]!;
    expect(rm.columns).toEqual(['N п/п', 'Мероприятие', 'Срок исполнения', 'Ответственный исполнитель']);
    expect(rm.sections.map((s) => [s.number, s.title])).toEqual([
      ['I', 'Организационные мероприятия'],
      ['II', 'Кадровое обеспечение'],
    ]);
    const items = brief(d);
    expect(items).toHaveLength(5);
    expect(items[0]).toEqual({ number: '1', text: 'Мониторинг деятельности ш', deadline: 'до 1 июня 2022 г.', responsible: 'министерство образования' });
    expect(items[1]).toMatchObject({ number: '2', deadline: 'III квартал 2022 г.', responsible: 'министерство образования, министерство спорта' });
    expect(items[3]).toEqual({ number: '2', text: 'Региональный семинар "Шко', deadline: 'декабрь 2022 г.', responsible: '' });
    expect(items[4]).toMatchObject({ number: '3', deadline: 'апрель 2023 г.', responsible: 'министерство спорта' });
  });
});

describe('110: a постановление exported with box-drawn tables', () => {
  it('header: "Постановление Администрации Лесного района / от 3 февраля 2023 г. N 57"', async () => {
    const d = await load('110_postanovlenie-box-drawn');
    expect(d.order).toMatchObject({ kind: 'постановление', date: '2023-02-03', number: '57', authority: 'Администрации Лесного района' });
    expect(d.order!.clauses).toHaveLength(2);
    expect(d.order!.signatory).toEqual({ position: 'Глава района', name: 'С.Г. Белов' });
  });
  it('"(утв. постановлением … N 57)" under the title is the plan\'s stamp, not part of the title', async () => {
    const d = await load('110_postanovlenie-box-drawn');
    const rm = d.roadmaps[0]!;
    expect(d.roadmaps).toHaveLength(1);
    expect(rm.title).toBe('План мероприятий по подготовке к летней оздоровительной кампании 2023 года');
    expect(rm.appendix?.approval?.act).toMatchObject({ kind: 'постановление', date: '2023-02-03', number: '57' });
  });
  it('4 activities; a row across is a section; the responsible cell merged over rows 1–2 belongs to both', async () => {
    const d = await load('110_postanovlenie-box-drawn');
    const rm = d.roadmaps[0]!;
    expect(rm.columns).toEqual(['N п/п', 'Мероприятие', 'Срок', 'Ответственный']);
    expect(rm.sections.map((s) => s.title)).toEqual(['Кадровое обеспечение']);
    const items = brief(d);
    expect(items).toHaveLength(4);
    expect(items[0]).toEqual({ number: '1', text: 'Заседание районной межвед', deadline: 'до 15.03.2023', responsible: 'Управление образования' });
    expect(items[1]).toEqual({ number: '2', text: 'Приёмка лагерей с дневным', deadline: 'до 20.05.2023', responsible: 'Управление образования' });
    expect(items[2]).toMatchObject({ number: '3', text: 'Обучение вожатых и воспит', deadline: 'апрель - май 2023 г.', responsible: 'Отдел по делам молодёжи' });
    expect(items[3]).toMatchObject({ number: '4', deadline: 'до 25.05.2023', responsible: 'ЦРБ (по согласованию)' });
  });
});

describe('111: a school plan under a two-column stamp, a tab table whose header stands alone before a day heading', () => {
  it('the stamp is the right column: the director, the act "Приказ № 214 от 26.08.2024"; the left one is reported', async () => {
    const d = await load('111_plan-school-stamp-two-columns');
    expect(d.approval).toMatchObject({
      form: 'approve',
      organization: 'МБОУ «Средняя школа № 12»',
      position: 'Директор МБОУ «Средняя школа № 12»',
      name: 'Г.Н. Руденко',
      date: '2024-08-26',
      act: { kind: 'приказ', date: '2024-08-26', number: '214' },
    });
    expect(d.tables).toHaveLength(0);
    expect(d.diagnostics.filter((x) => x.message.startsWith('beside the approval stamp')).map((x) => [x.code, x.message])).toEqual(
      ['СОГЛАСОВАНО', 'Председатель Совета родителей', '__________ Е.В. Фомина', '«___»______2024 г.'].map((t) => ['text/unplaced', `beside the approval stamp: "${t}"`]),
    );
  });
  it('the order is inferred from the act the stamp names', async () => {
    const d = await load('111_plan-school-stamp-two-columns');
    expect(d.order).toMatchObject({ kind: 'приказ', date: '2024-08-26', number: '214', title: null, inferred: { fields: ['kind', 'date', 'number'], from: 'approval' } });
  });
  it('the plan: the header line before "2 сентября 2024 г." is read; 5 activities with their responsible', async () => {
    const d = await load('111_plan-school-stamp-two-columns');
    const rm = d.roadmaps[0]!;
    expect(rm.title).toBe('План мероприятий Недели безопасности дорожного движения на 2024/2025 учебный год');
    expect(rm.columns).toEqual(['Время', 'Мероприятие', 'Участники', 'Ответственные']);
    const items = allItems(rm);
    expect(items.map((i) => i.text.slice(0, 20))).toEqual(['Линейка «Безопасная д', 'Беседа с инспектором', 'Викторина «Знатоки ПД', 'Составление маршрутов', 'Родительское собрание'].map((t) => t.slice(0, 20)));
    expect(items.map((i) => i.responsible.raw)).toEqual([
      'Заместитель директора по ВР Т.А. Котова',
      'Классные руководители',
      'Педагог-организатор С.И. Жукова',
      'Классные руководители',
      'Администрация школы',
    ]);
  });
  // the times are the deadlines within the day the heading names ("08.30-08.45" on 2 September 2024),
  // and the day headings are not sections numbered "2", "3", "4"
  it('the times under a day heading are deadlines on that day', async () => {
    const d = await load('111_plan-school-stamp-two-columns');
    const first = allItems(d.roadmaps[0]!)[0]!;
    expect(first.deadline).toMatchObject({ raw: '08.30-08.45', kind: 'day', start: '2024-09-02', time: '08:30', endTime: '08:45' });
    expect(d.roadmaps[0]!.sections.map((s) => s.number)).toEqual([null, null, null]);
  });
});
