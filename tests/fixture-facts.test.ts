import { describe, expect, it } from 'vitest';
import { convertFile } from '../src/pipeline/convert.js';
import type { Item, Roadmap, RoadmapDocument } from '../src/model/roadmap.js';
import { allItems } from '../src/model/walk.js';

/**
 * Facts about the written fixtures (issue 15), read by a person from each source text —
 * never from the converter's output or the goldens — so a golden change must leave them true.
 * Strings compare with whitespace collapsed: a cell written on several lines is one line here.
 */

const loaded = new Map<string, Promise<RoadmapDocument>>();

function load(name: string): Promise<RoadmapDocument> {
  let p = loaded.get(name);
  if (!p) {
    p = convertFile(`fixtures/txt/${name}.txt`).then((r) => {
      if (!r.value) throw new Error(`${name}: no document`);
      return r.value;
    });
    loaded.set(name, p);
  }
  return p;
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** One activity as the source writes it. */
interface Sample {
  number: string | null;
  /** The first words of the activity cell. */
  text: string;
  deadline: string;
  responsible: string;
  /** Mark a fact the converter gets wrong today (the reason goes in `why`). */
  fails?: true;
  why?: string;
}

function find(rm: Roadmap, s: Sample): Item | undefined {
  return allItems(rm).find((i) => (s.number === null ? i.number === null && norm(i.text).startsWith(norm(s.text)) : i.number === s.number));
}

function checkSample(rm: Roadmap, s: Sample): void {
  const i = find(rm, s);
  expect(i, `activity ${s.number ?? s.text}`).toBeDefined();
  expect(i!.number).toBe(s.number);
  expect(norm(i!.text).startsWith(norm(s.text)), `text «${norm(i!.text)}» starts with «${s.text}»`).toBe(true);
  expect(norm(i!.deadline.raw)).toBe(norm(s.deadline));
  expect(norm(i!.responsible.raw)).toBe(norm(s.responsible));
}

/** One `it` per sampled activity, so one wrong activity names itself. */
function samples(name: string, pick: (d: RoadmapDocument) => Roadmap, list: Sample[]): void {
  for (const s of list) {
    const title = `activity ${s.number ?? `(unnumbered) ${s.text}`}: «${s.deadline}», «${s.responsible}»`;
    (s.fails ? it.fails : it)(s.why ? `${title} — ${s.why}` : title, async () => checkSample(pick(await load(name)), s));
  }
}

const first = (d: RoadmapDocument): Roadmap => d.roadmaps[0]!;

// 100: a постановление; the plan's columns put the responsible before the deadline.
describe('100: постановление 315-п, a plan in 3 sections', () => {
  const name = '100_postanovlenie-enskk';
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'постановление', date: '2024-02-12', number: '315-п', place: 'г. Энск' });
    expect(d.order!.signatory).toMatchObject({ name: 'И.И. Петров' });
    expect(norm(d.order!.signatory!.position)).toBe('Глава городского округа');
    expect(d.approval).toBeNull();
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix).toMatchObject({ date: '2024-02-12', orderNumber: '315-п' });
  });
  it('7 activities in sections 1–3', async () => {
    const rm = first(await load(name));
    expect(allItems(rm)).toHaveLength(7);
    expect(rm.sections.map((s) => [s.number, norm(s.title), s.items.length])).toEqual([
      ['1', 'Организационно-управленческое обеспечение', 3],
      ['2', 'Развитие инфраструктуры', 2],
      ['3', 'Кадровое обеспечение', 2],
    ]);
  });
  samples(name, first, [
    { number: '1.1', text: 'Разработка и утверждение муниципальной программы', deadline: 'I квартал 2024 г.', responsible: 'УО' },
    { number: '1.3', text: 'Создание муниципального опорного центра', deadline: '2024 г.', responsible: 'УО, МБУ ДО «ЦДТ»' },
    { number: '2.2', text: 'Оснащение кабинетов технической направленности', deadline: 'декабрь 2025 г.', responsible: 'УО, руководители ОО' },
    { number: '3.1', text: 'Повышение квалификации педагогов ДОД', deadline: 'по мере необходимости', responsible: 'МБУ ДО «ЦДТ»' },
    { number: '3.2', text: 'Проведение муниципального конкурса профессионального мастерства', deadline: 'ежегодно, ноябрь', responsible: 'УО' },
  ]);
});

// 101: a school plan under a УТВЕРЖДАЮ stamp, one cell per line; sections I, II are written in Roman
// numerals (kept as written); one row has an empty № cell and is still an activity (7 in all).
describe('101: a school ГИА plan under a stamp, one cell per line', () => {
  const name = '101_plan-school-gia';
  it('no order; the stamp', async () => {
    const d = await load(name);
    expect(d.order).toBeNull();
    expect(d.approval).toMatchObject({ form: 'approve', name: 'О.В. Кузнецова', date: '2024-09-02' });
    expect(norm(d.approval!.position)).toBe('Директор МБОУ «СОШ № 7»');
  });
  it('7 activities in sections I, II, one unnumbered', async () => {
    const d = await load(name);
    expect(d.roadmaps).toHaveLength(1);
    const rm = first(d);
    expect(allItems(rm)).toHaveLength(7);
    expect(allItems(rm).filter((i) => i.number === null)).toHaveLength(1);
    expect(rm.sections.map((s) => [s.number, norm(s.title), s.items.length])).toEqual([
      ['I', 'Организационные мероприятия', 3],
      ['II', 'Работа с обучающимися', 4],
    ]);
  });
  it('activity 2 keeps its three subject lines', async () => {
    const i = allItems(first(await load(name))).find((x) => x.number === '2')!;
    const all = norm([i.text, ...(i.list ?? [])].join(' '));
    for (const w of ['по русскому языку', 'по математике', 'по предметам по выбору']) expect(all).toContain(w);
  });
  samples(name, first, [
    { number: '1', text: 'Создание рабочей группы', deadline: 'сентябрь 2024 г.', responsible: 'Директор школы Кузнецова О.В.' },
    { number: '2', text: 'Составление и утверждение плана-графика подготовки к ГИА', deadline: 'сентябрь – октябрь 2024 г.', responsible: 'Зам. директора по УВР Иванова Н.П.' },
    { number: '4', text: 'Проведение пробных экзаменов в форме ОГЭ и ЕГЭ', deadline: 'декабрь 2024 г., март 2025 г.', responsible: 'Зам. директора по УВР Иванова Н.П., учителя-предметники' },
    { number: null, text: 'Психологическое сопровождение выпускников', deadline: 'в течение года', responsible: 'Педагог-психолог' },
    { number: '6', text: 'Итоговый анализ результатов ГИА', deadline: 'до 25.06.2025', responsible: 'Зам. директора по УВР Иванова Н.П.' },
  ]);
});

// 102: windows-1251 with CRLF. Judgement: 1.2 «Проведение региональных мониторингов:» has its own
// deadline, responsible and result, so it is an activity (with 1.2.1, 1.2.2 under it): 6 activities.
// The indicators after the plan are a table, not activities; "исп. Петрова" is the executor's line.
describe('102: распоряжение 512-р in windows-1251', () => {
  const name = '102_rasporyazhenie-uln-cp1251';
  it('header and the УТВЕРЖДЁН stamp of the plan', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'распоряжение', date: '2024-03-15', number: '512-р', place: 'г. Ульяновск' });
    expect(d.order!.signatory).toMatchObject({ position: 'Министр', name: 'А.Б. Васильев' });
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix?.approval).toMatchObject({ form: 'approved', act: { date: '2024-03-15', number: '512-р' } });
  });
  it('6 activities in sections 1, 2; the indicators are a table of 2 rows', async () => {
    const d = await load(name);
    const rm = first(d);
    expect(allItems(rm)).toHaveLength(6);
    expect(allItems(rm).map((i) => i.number)).toEqual(['1.1', '1.2', '1.2.1', '1.2.2', '2.1', '2.2']);
    expect(rm.sections.map((s) => [s.number, norm(s.title)])).toEqual([
      ['1', 'Нормативное правовое и методическое обеспечение'],
      ['2', 'Работа со школами с низкими образовательными результатами'],
    ]);
    const ind = d.tables.find((t) => norm(t.title) === 'Индикаторы реализации Комплекса мер');
    expect(ind).toBeDefined();
    expect(ind!.columns.map(norm)).toEqual(['№', 'Наименование показателя', 'Ед. изм.', '2024', '2025']);
    expect(ind!.rows).toHaveLength(2);
  });
  samples(name, first, [
    { number: '1.1', text: 'Разработка региональной модели оценки качества', deadline: 'до 31 декабря 2024 г.', responsible: 'Министерство, ОГАУ «ИРО»' },
    { number: '1.2', text: 'Проведение региональных мониторингов', deadline: '2024 – 2025 годы', responsible: 'ОГАУ «ИРО»' },
    { number: '1.2.2', text: 'мониторинг функциональной грамотности', deadline: 'ежеквартально до 10 числа месяца, следующего за отчётным', responsible: 'МОУО' },
    { number: '2.1', text: 'Адресная методическая помощь школам', deadline: 'постоянно', responsible: 'ОГАУ «ИРО», МОУО, руководители ШНОР' },
    { number: '2.2', text: 'Участие во всероссийских проверочных работах', deadline: 'в сроки, установленные Рособрнадзором', responsible: 'МОУО, ОО' },
  ]);
});

// 103: three appendices. 1 is a list of people (a table), 2 the roadmap (3 activities).
// Judgement: appendix 3, a «план-график методических мероприятий» with date and responsible
// columns, is a plan of events; whether it is read as a second roadmap or a table, its two events
// must be kept with their dates, so that fact accepts either.
describe('103: приказ 01-07/418 with three appendices', () => {
  const name = '103_prikaz-three-appendices';
  const roadmapOf2 = (d: RoadmapDocument): Roadmap => d.roadmaps.find((r) => r.appendix?.number === '2')!;
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'приказ', date: '2025-09-05', number: '01-07/418', place: null });
    expect(d.order!.signatory).toMatchObject({ name: 'С.Н. Орлова' });
    expect(d.order!.clauses.map((c) => c.number)).toEqual(['1', '2', '3', '4']);
  });
  it('appendix 1: the working group, 3 people', async () => {
    const t = (await load(name)).tables.find((x) => x.appendix?.number === '1');
    expect(t).toBeDefined();
    expect(t!.columns.map(norm)).toEqual(['№', 'ФИО', 'Должность']);
    expect(t!.rows).toHaveLength(3);
  });
  it('appendix 2: the roadmap, 3 activities, no sections', async () => {
    const rm = roadmapOf2(await load(name));
    expect(rm).toBeDefined();
    expect(rm.appendix).toMatchObject({ number: '2', date: '2025-09-05', orderNumber: '01-07/418' });
    expect(allItems(rm)).toHaveLength(3);
    expect(rm.sections).toHaveLength(0);
  });
  it('appendix 3: two methodical events with their dates are kept', async () => {
    const d = await load(name);
    const rm = d.roadmaps.find((r) => r.appendix?.number === '3');
    const t = d.tables.find((x) => x.appendix?.number === '3');
    const rows = rm ? allItems(rm).map((i) => `${i.text} ${i.deadline.raw}`) : (t?.rows ?? []).map((r) => r.join(' '));
    expect(rows).toHaveLength(2);
    expect(norm(rows[0])).toMatch(/^(1 )?Семинар «Ключевые условия проекта».*15\.10\.2025/);
    expect(norm(rows[1])).toMatch(/^(2 )?Круглый стол руководителей ОО.*19\.02\.2026, 14\.00/);
  });
  samples(name, roadmapOf2, [
    { number: '1', text: 'Самодиагностика общеобразовательных организаций', deadline: 'до 01.10.2025', responsible: 'Руководители ОО' },
    { number: '2', text: 'Разработка программ развития ОО', deadline: 'до 01.12.2025, далее – ежегодно', responsible: 'Руководители ОО, Лебедева О.П., директор МАУ «ГМЦ»' },
    { number: '3', text: 'Мониторинг достижения уровней проекта', deadline: 'декабрь 2025 г., июнь 2026 г.', responsible: 'Ким А.В.' },
  ]);
});

// 104: CRLF; the plan has no № column: each activity cell opens with its number ("1. Проведение…"),
// read as the number without its dot. Activity 3 is cut by a page break with a repeated header row;
// its text and result continue on the next page. Sections I, II are kept as written (Roman).
describe('104: приказ 35-од, a plan without a № column, cut by a page break', () => {
  const name = '104_prikaz-no-number-column';
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'приказ', date: '2025-01-20', number: '35-од', place: null });
    expect(d.order!.signatory).toMatchObject({ position: 'Начальник управления', name: 'П.А. Морозов' });
    expect(d.order!.clauses.map((c) => c.number)).toEqual(['1', '2', '2.1', '2.2', '3']);
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix).toMatchObject({ date: '2025-01-20', orderNumber: '35-од' });
  });
  it('5 activities in sections I, II', async () => {
    const rm = first(await load(name));
    expect(allItems(rm).map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(rm.sections.map((s) => [s.number, norm(s.title), s.items.length])).toEqual([
      ['I', 'Организационная работа', 3],
      ['II', 'Работа с семьями', 2],
    ]);
  });
  it('activity 3 is one activity across the page break', async () => {
    const i = allItems(first(await load(name))).find((x) => x.number === '3')!;
    expect(norm(i.text)).toBe('Организация летнего отдыха и занятости несовершеннолетних, состоящих на всех видах профилактического учёта');
    expect(norm(i.result)).toBe('Охват не менее 90 % детей');
  });
  samples(name, first, [
    { number: '1', text: 'Проведение межведомственных совещаний', deadline: '2 раза в год (апрель, октябрь)', responsible: 'Управление образования (Соколова Н.В.)' },
    { number: '2', text: 'Сверка списков несовершеннолетних', deadline: 'ежемесячно, до 15 числа', responsible: 'Руководители ОО, КДН и ЗП*' },
    { number: '3', text: 'Организация летнего отдыха', deadline: 'июнь – август 2025 г.', responsible: 'Руководители ОО' },
    { number: '4', text: 'Посещение семей, находящихся в социально опасном положении', deadline: 'по отдельному графику', responsible: 'Социальные педагоги ОО' },
    { number: '5', text: 'Родительский всеобуч «Ответственное родительство»', deadline: 'IV квартал 2025 года', responsible: 'Руководители ОО' },
  ]);
});

// 105: the plan follows the signature in the body, with no «Приложение» line: the roadmap has
// no appendix. Its goal, tasks and period are written before the table; the tasks are no activities.
describe('105: постановление 14 with the plan in its body', () => {
  const name = '105_postanovlenie-plan-in-body';
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'постановление', date: '2025-03-03', number: '14', place: 'с. Берёзовка' });
    expect(d.order!.signatory).toMatchObject({ name: 'А.И. Кузьмин' });
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix).toBeNull();
  });
  it('4 activities, no sections; goal and period', async () => {
    const rm = first(await load(name));
    expect(allItems(rm).map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(rm.sections).toHaveLength(0);
    expect(norm(rm.goal)).toMatch(/^увеличение доли обучающихся, систематически занимающихся/);
    expect(rm.period).toMatchObject({ start: '2025-01-01', end: '2027-12-31' });
  });
  samples(name, first, [
    { number: '1', text: 'Создание школьного спортивного клуба', deadline: 'в течение 10 рабочих дней со дня подписания постановления', responsible: 'Директор МБОУ «Берёзовская СОШ»' },
    { number: '2', text: 'Проведение школьных этапов «Президентских состязаний»', deadline: '2025–2027 гг. (ежегодно)', responsible: 'Учитель физической культуры' },
    { number: '3', text: 'Мониторинг посещаемости секций', deadline: 'до 1 числа каждого месяца', responsible: 'Руководитель клуба' },
    { number: '4', text: 'Ремонт спортивного зала', deadline: 'II–III кварталы 2026 г.', responsible: 'Администрация поселения совместно с МБОУ «Берёзовская СОШ»' },
  ]);
});

// 106: page numbers «- 1 -», «- 2 -», «- 3 -» between pages; activity 1.1 is cut by one, with the
// word «Стандар-|та» hyphenated across it. Judgement: the fact is that the text runs on to
// «…управления школой» and carries no page number; how the hyphen is joined is not asserted.
describe('106: приказ 1207 with page numbers', () => {
  const name = '106_prikaz-page-numbers';
  it('header and the УТВЕРЖДЁН stamp of the plan', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'приказ', date: '2024-11-11', number: '1207', place: 'г. Примерск' });
    expect(d.order!.signatory).toMatchObject({ position: 'Министр', name: 'В.В. Петрова' });
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix?.approval).toMatchObject({ form: 'approved', act: { date: '2024-11-11', number: '1207' } });
  });
  it('4 activities in sections 1, 2; no page number inside any activity', async () => {
    const rm = first(await load(name));
    expect(allItems(rm).map((i) => i.number)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(rm.sections.map((s) => [s.number, norm(s.title)])).toEqual([
      ['1', 'Информационно-методическое сопровождение'],
      ['2', 'Мониторинг'],
    ]);
    const i11 = allItems(rm)[0]!;
    expect(norm(i11.text)).toMatch(/^Проведение вебинаров для руководителей общеобразовательных организаций по вопросам внедрения Стандар.*та управления школой$/);
    for (const i of allItems(rm)) expect(JSON.stringify(i)).not.toMatch(/- [123] -/);
  });
  samples(name, first, [
    { number: '1.1', text: 'Проведение вебинаров для руководителей', deadline: 'ноябрь 2024 г. – май 2025 г.', responsible: 'ИРО' },
    { number: '1.2', text: 'Разработка методических рекомендаций', deadline: 'до 20.12.2024', responsible: 'ИРО' },
    { number: '2.1', text: 'Самообследование общеобразовательных организаций', deadline: 'январь – февраль 2025 г.', responsible: 'Руководители ОО' },
    { number: '2.2', text: 'Анализ результатов самообследования', deadline: 'март 2025 г.', responsible: 'ИРО' },
  ]);
});

// 107: two stages, each a heading line followed by its own table with a repeated header; the stages
// are the sections (unnumbered, titled as written) of one roadmap with 4 activities.
describe('107: распоряжение 77-р, a plan in two stages', () => {
  const name = '107_rasporyazhenie-stages';
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'распоряжение', date: '2024-04-02', number: '77-р', place: null });
    expect(d.order!.signatory).toMatchObject({ position: 'Председатель комитета', name: 'Е.Н. Белова' });
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix).toMatchObject({ date: '2024-04-02', orderNumber: '77-р' });
  });
  it('4 activities in the two stages', async () => {
    const rm = first(await load(name));
    expect(allItems(rm).map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(rm.sections.map((s) => [s.number, norm(s.title), s.items.map((i) => i.number)])).toEqual([
      [null, 'Первый этап (2024 год)', ['1', '2']],
      [null, 'Второй этап (2025 год)', ['3', '4']],
    ]);
  });
  samples(name, first, [
    { number: '1', text: 'Формирование перечня ОО для создания центров', deadline: 'апрель 2024 г.', responsible: 'Комитет по образованию' },
    { number: '2', text: 'Разработка и утверждение медиаплана', deadline: 'май 2024 г.', responsible: 'Комитет по образованию, МКУ «ИМЦ»' },
    { number: '3', text: 'Открытие центров', deadline: 'до 1 сентября 2025 г.', responsible: 'Руководители ОО' },
    { number: '4', text: 'Мониторинг деятельности центров', deadline: 'ежеквартально', responsible: 'МКУ «ИМЦ»' },
  ]);
});

// 108: the financing column is split by year on a second header row (2024, 2025); the «Итого» row
// is a total, not an activity. Judgement: the per-year sums are not one of the known columns, so
// the fact is only that each activity keeps both of its sums somewhere in its extra columns.
describe('108: приказ 52 with financing by year', () => {
  const name = '108_prikaz-financing-by-year';
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'приказ', date: '2024-03-14', number: '52' });
    expect(d.order!.signatory).toMatchObject({ position: 'Заведующий отделом образования', name: 'Т.С. Зайцева' });
    expect(d.roadmaps).toHaveLength(1);
    expect(first(d).appendix).toMatchObject({ date: '2024-03-14', orderNumber: '52' });
  });
  it('3 activities, no total row, no sections; the yearly sums are kept', async () => {
    const rm = first(await load(name));
    expect(allItems(rm).map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(rm.sections).toHaveLength(0);
    expect(allItems(rm).some((i) => /Итого/.test(i.text))).toBe(false);
    const sums = allItems(rm).map((i) => Object.values(i.extra ?? {}).map(norm));
    expect(sums[0]).toEqual(expect.arrayContaining(['150,0', '160,0']));
    expect(sums[1]).toEqual(expect.arrayContaining(['200,0']));
    expect(sums[2]).toEqual(expect.arrayContaining(['80,0']));
  });
  samples(name, first, [
    { number: '1', text: 'Конкурс профессионального мастерства «Наставник года»', deadline: 'октябрь', responsible: 'Отдел образования' },
    { number: '2', text: 'Курсы повышения квалификации наставников', deadline: 'в течение года', responsible: 'ИРО' },
    { number: '3', text: 'Форум молодых педагогов', deadline: 'март 2025 г.', responsible: 'Отдел образования, ОО' },
  ]);
});

// 120: a council plan under a «УТВЕРЖДАЮ» stamp that names its act («Приказ от 29.08.2025 № 214-од»)
// and has no date of its own (so the stamp's date is not asserted). It has no order header: the act
// line belongs to the stamp. The header row spells № as Latin N; month lines are unnumbered
// sections, «Сентябрь» the first. The chair's signature at the end is no activity.
// The order is not in the document: its kind, date and number come from the act the stamp names,
// marked as inferred (issue 15), with no authority or title of its own.
describe('120: a methodical council plan by months', () => {
  const name = '120_plan-metodsovet-months';
  it('no order header of its own: kind, date and number inferred from the act the stamp names', async () => {
    const order = (await load(name)).order!;
    expect(order).toMatchObject({ kind: 'приказ', date: '2025-08-29', number: '214-од', authority: null, title: null });
    expect(order.inferred).toMatchObject({ from: 'approval', fields: ['kind', 'date', 'number'] });
  });
  it('the stamp: approve, Директор МАОУ «Лицей № 4» Р.Г. Сафина', async () => {
    const d = await load(name);
    expect(d.approval).toMatchObject({ form: 'approve', name: 'Р.Г. Сафина' });
    expect(norm(d.approval!.position)).toBe('Директор МАОУ «Лицей № 4»');
  });
  it('the stamp names its act', async () => {
    const d = await load(name);
    expect(d.approval?.act).toMatchObject({ date: '2025-08-29', number: '214-од' });
  });
  it('8 activities', async () => {
    const d = await load(name);
    expect(d.roadmaps).toHaveLength(1);
    expect(allItems(first(d)).map((i) => i.number).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
  it('the goal', async () => {
    expect(norm(first(await load(name)).goal)).toMatch(/^совершенствование системы методической работы лицея/);
  });
  it('5 month sections, «Сентябрь» first', async () => {
    const rm = first(await load(name));
    expect(rm.sections.map((s) => [s.number, norm(s.title), s.items.map((i) => i.number)])).toEqual([
      [null, 'Сентябрь', ['1', '2']],
      [null, 'Ноябрь', ['3', '4']],
      [null, 'Январь', ['5', '6']],
      [null, 'Март', ['7']],
      [null, 'Май', ['8']],
    ]);
  });
  it('the columns as written', async () => {
    expect(first(await load(name)).columns.map(norm)).toEqual(['N', 'Тема заседания', 'Дата', 'Кто проводит', 'Выход']);
  });
  samples(name, first, [
    { number: '1', text: 'Анализ методической работы за 2024/2025 учебный год', deadline: '04.09.2025, 15.00', responsible: 'Зам. директора по НМР Хабибуллина Л.Ф.' },
    { number: '3', text: 'Итоги входных диагностических работ', deadline: '13.11.2025', responsible: 'Руководители ШМО' },
    { number: '4', text: 'Подготовка к региональному этапу', deadline: 'ноябрь – декабрь 2025 г.', responsible: 'Зам. директора по УВР Мухаметова А.И.' },
    { number: '6', text: 'О проведении недели естественно-научных предметов', deadline: '3-я неделя января', responsible: 'Руководитель ШМО учителей естественных наук' },
    { number: '7', text: 'Подготовка к государственной итоговой аттестации', deadline: 'март 2026 г.', responsible: 'Зам. директора по УВР Мухаметова А.И., классные руководители 9, 11 классов' },
    { number: '8', text: 'Итоги методической работы за год', deadline: '21.05.2026', responsible: 'Зам. директора по НМР Хабибуллина Л.Ф.' },
  ]);
});

// 121: number written with Latin «N»; the plan has a «Участники» column beside «Ответственные» and
// the deadline column is «Дата и место проведения». Judgement: the date part opens the cell and the
// place follows; the fact is that the deadline opens with the date part as written and the place
// («ОО района») is kept on the activity (in the deadline or an extra column), not that it is split.
describe('121: распоряжение 12-р, participants and place columns', () => {
  const name = '121_rasporyazhenie-participants-place';
  it('header', async () => {
    const d = await load(name);
    expect(d.order).toMatchObject({ kind: 'распоряжение', date: '2026-01-14', number: '12-р', place: 'п. Заречный' });
    expect(d.order!.signatory).toMatchObject({ position: 'Начальник управления образования', name: 'Т.А. Белова' });
    expect(d.order!.clauses.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(d.roadmaps).toHaveLength(1);
  });
  it('the plan is the appendix of 12-р', async () => {
    expect(first(await load(name)).appendix).toMatchObject({ date: '2026-01-14', orderNumber: '12-р' });
  });
  it('5 activities, no sections; the participants are kept', async () => {
    const rm = first(await load(name));
    expect(allItems(rm).map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(rm.sections).toHaveLength(0);
    const i1 = allItems(rm)[0]!;
    expect(Object.values(i1.extra ?? {}).map(norm)).toContain('обучающиеся 1–11 классов');
  });
  it('the columns as written', async () => {
    expect(first(await load(name)).columns.map(norm)).toEqual(['N п.', 'Содержание работы', 'Участники', 'Дата и место проведения', 'Ответственные']);
  });
  it('activity 1 keeps its place «ОО района»', async () => {
    const i1 = allItems(first(await load(name)))[0]!;
    expect(norm(i1.deadline.raw)).toMatch(/^май, сентябрь 2026 г\./);
    expect(norm([i1.deadline.raw, ...Object.values(i1.extra ?? {})].join(' '))).toContain('ОО района');
  });
  // the deadline facts below are the date parts that open the cell; the place may follow
  for (const s of [
    { number: '2', text: 'Организация занятий по правилам дорожного движения', deadline: 'в течение года', responsible: 'заместители директоров по ВР' },
    { number: '3', text: 'Муниципальный конкурс юных инспекторов движения', deadline: '20.04.2026', responsible: 'МБУ ДО «ДДТ», Ковалёва Н.И.' },
    { number: '4', text: 'Родительские собрания по вопросам безопасности', deadline: 'сентябрь 2026 г.', responsible: 'классные руководители' },
    { number: '5', text: 'Совещание руководителей ОО по итогам работы за год', deadline: 'декабрь 2026 г.', responsible: 'Орлова С.В.' },
  ]) {
    it(`activity ${s.number}: deadline opens «${s.deadline}», «${s.responsible}»`, async () => {
      const i = allItems(first(await load(name))).find((x) => x.number === s.number);
      expect(i).toBeDefined();
      expect(norm(i!.text).startsWith(s.text)).toBe(true);
      expect(norm(i!.deadline.raw).startsWith(s.deadline)).toBe(true);
      expect(norm(i!.responsible.raw)).toBe(s.responsible);
    });
  }
  it('activity 1: «руководители ОО, Госавтоинспекция (по согласованию)»', async () => {
    const i = allItems(first(await load(name))).find((x) => x.number === '1')!;
    expect(norm(i.text).startsWith('Проведение профилактической акции «Внимание – дети!»')).toBe(true);
    expect(norm(i.responsible.raw)).toBe('руководители ОО, Госавтоинспекция (по согласованию)');
  });
});
