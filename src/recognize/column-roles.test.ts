import { describe, expect, it } from 'vitest';
import { makeCell, makeRow, makeTable } from '../document/build.js';
import type { Table } from '../document/types.js';
import { cellStats } from './column-cells.js';
import { headingEvidence, normalizeHeading } from './column-header.js';
import { tableColumns } from './column-roles.js';
import { sectionPeriodOf } from './roadmap-title.js';

const src = { file: 't' };
function table(rows: string[][]): Table {
  return makeTable(
    rows.map((cells) => makeRow(cells.map((t) => makeCell(t ? t.split('\n').map((text) => ({ text })) : [], src)), src)),
    src,
  );
}

/** A body of four activities in the usual order: number, activity, deadline, responsible. */
const BODY = [
  ['1', 'Проведение совещания с руководителями общеобразовательных организаций', 'январь 2025 г.', 'Иванова А.А.'],
  ['2', 'Организация курсов повышения квалификации учителей математики', 'до 01.03.2025', 'директор школы'],
  ['3', 'Подготовка аналитической справки по итогам мониторинга', 'ежеквартально', 'заместитель директора по УВР'],
  ['4', 'Разработка плана методической работы на учебный год', 'август 2025 г.', 'Петров П.П., методист'],
];

describe('headings: the lexicon, normalized', () => {
  it.each([
    ['№', 'number'],
    ['№ п/п', 'number'],
    ['N п/п', 'number'],
    ['No п/п', 'number'],
    ['№№ п/п', 'number'],
    ['№ п\\п', 'number'],
    ['N п.', 'number'],
    ['п/п', 'number'],
    ['Мероприятие', 'activity'],
    ['Наименование мероприятия', 'activity'],
    ['Направления деятельности', 'activity'],
    ['Содержание работы', 'activity'],
    ['Наименование работ', 'activity'],
    ['Вид деятельности', 'activity'],
    ['Тема', 'activity'],
    ['Сроки', 'deadline'],
    ['Срок исполне-\nния', 'deadline'],
    ['Дата', 'deadline'],
    ['Время', 'deadline'],
    ['Период', 'deadline'],
    ['Дата и место проведения', 'deadline'],
    ['Место и дата проведения', 'deadline'],
    ['Когда', 'deadline'],
    ['Ответственные лица', 'responsible'],
    ['Исполнитель', 'responsible'],
    ['Кто проводит', 'responsible'],
    ['Oтветственный', 'responsible'], // a Latin "O"
    ['Ожидаемый результат', 'result'],
    ['Форма отчётности', 'result'],
    ['Место проведения', 'none'],
    ['ФИО', 'none'],
    ['Наименование показателя', 'none'],
    ['2024 г.', 'none'],
    ['Примечание', 'none'],
  ])('%j → %s', (heading, role) => {
    expect(headingEvidence(heading)?.role).toBe(role);
  });

  it('says nothing of a heading it does not know', () => {
    expect(headingEvidence('Что делаем')).toBeNull();
    expect(headingEvidence('')).toBeNull();
  });

  it('normalizes the number sign, ё, hyphenation and look-alikes', () => {
    expect(normalizeHeading('N  п/п')).toBe('№ п/п');
    expect(normalizeHeading('Отчётность')).toBe('отчетность');
    expect(normalizeHeading('Ответст-\nвенный')).toBe('ответственный');
    expect(normalizeHeading('cроки')).toBe('сроки');
  });
});

describe('cells: what a column holds', () => {
  it.each([
    ['row numbers in sequence', ['1', '2', '3', '4'], { numbers: 1, sequence: 1 }],
    ['numbers restarting per section', ['1', '2', '1', '2', '3'], { numbers: 1, sequence: 1 }],
    ['decimal numbers', ['1.1.', '1.2.', '2.1.', '2.2.'], { numbers: 1, sequence: 1 }],
    ['deadlines', ['январь 2025', 'до 01.03.2025', 'ежеквартально', 'в течение года'], { deadlines: 1 }],
    ['persons', ['Иванова А.А.', 'П.П. Петров', 'Сидоров С.С.'], { persons: 1, parties: 1 }],
  ])('%s', (_, cells, expected) => {
    expect(cellStats(cells)).toMatchObject(expected);
  });

  it('does not take a long activity that mentions a condition for a deadline', () => {
    expect(cellStats(['Подготовка материалов по проведению информационно-разъяснительной работы с участниками']).deadlines).toBe(0);
  });

  it('sees the wording of activities', () => {
    expect(cellStats(['Проведение совещания', 'Организовать работу', 'Подготовка отчёта']).activityWording).toBe(1);
    expect(cellStats(['Иванова А.А.', 'январь 2025']).activityWording).toBe(0);
  });
});

describe('tables: roles from headings, from cells, and from both', () => {
  const rolesOf = (rows: string[][]): string[] => tableColumns(table(rows)).columns.roles;

  it('headings alone (a plan with its header and no body yet)', () => {
    expect(rolesOf([['№ п/п', 'Мероприятие', 'Срок', 'Ответственный']])).toEqual(['number', 'activity', 'deadline', 'responsible']);
  });

  it('cells alone: a table without a heading row', () => {
    const t = tableColumns(table(BODY));
    expect(t.headerRows).toBe(0);
    expect(t.columns.roles).toEqual(['number', 'activity', 'deadline', 'responsible']);
    expect(t.isPlan).toBe(true);
  });

  it('cells decide where the headings are unknown words', () => {
    const t = tableColumns(table([['', 'Что делаем', 'К какому сроку', 'Кто'], ...BODY]));
    expect(t.headerRows).toBe(1);
    expect(t.columns.roles).toEqual(['number', 'activity', 'deadline', 'responsible']);
  });

  it('cells decide in any column order', () => {
    const shuffled = BODY.map(([n, a, d, r]) => [r!, d!, a!, n!]);
    expect(rolesOf([['Кто', 'Когда', 'Что', 'Номер'], ...shuffled])).toEqual(['responsible', 'deadline', 'activity', 'number']);
  });

  it('a heading the lexicon knows beats the cells, and gives its role to one column only', () => {
    // three headings say "мероприятие"; each names its own role, the activity goes to one column
    const rows = [['№', 'Мероприятие', 'Сроки проведения мероприятия', 'Ответственный за мероприятие'], ...BODY];
    expect(rolesOf(rows)).toEqual(['number', 'activity', 'deadline', 'responsible']);
  });

  it('"Место проведения" stays a column of its own beside the deadline', () => {
    const rows = [['№ п\\п', 'Наименование мероприятия', 'Место проведения', 'Дата и время проведения', 'Ответственный'], ...BODY.map(([n, a, d, r]) => [n!, a!, 'актовый зал', d!, r!])];
    expect(rolesOf(rows)).toEqual(['number', 'activity', 'other', 'deadline', 'responsible']);
  });

  it('a long heading is still a heading: the row differs from the body below', () => {
    const long = 'Мероприятия, направленные на повышение качества образования в общеобразовательных организациях муниципального района';
    const t = tableColumns(table([['№', long, 'Сроки', 'Исполнители'], ...BODY]));
    expect(t.headerRows).toBe(1);
    expect(t.columns.roles[1]).toBe('activity');
  });

  it('an activity row that mentions "сроки" is no heading', () => {
    const t = tableColumns(table([['1', 'Соблюдение сроков и результатов', 'сроки, установленные приказом', 'Ответственный за результаты'], ...BODY.slice(1)]));
    expect(t.headerRows).toBe(0);
  });

  it('a table of people is no plan', () => {
    const t = tableColumns(table([['№', 'ФИО', 'Должность'], ['1', 'Иванова Анна Петровна', 'директор'], ['2', 'Петров Пётр Петрович', 'заместитель директора']]));
    expect(t.isPlan).toBe(false);
    expect(t.why).toMatch(/activity/);
  });

  it('a table of target indicators is no plan', () => {
    const t = tableColumns(
      table([
        ['№', 'Наименование показателя', 'Ед. изм.', '2024', '2025'],
        ['1', 'Доля обучающихся, охваченных дополнительным образованием', '%', '75', '80'],
        ['2', 'Количество центров «Точка роста»', 'ед.', '3', '5'],
      ]),
    );
    expect(t.isPlan).toBe(false);
  });

  it('a numbered column with an unknown heading is the number column by its sequence', () => {
    expect(rolesOf([['Пункт', 'Мероприятие', 'Срок', 'Ответственный'], ...BODY])[0]).toBe('number');
  });

  it('the second heading row names the halves of a deadline', () => {
    const t = tableColumns(
      table([
        ['№', 'Мероприятие', 'Срок', '', 'Ответственный'],
        ['', '', 'начало', 'окончание', ''],
        ['1', 'Проведение совещания', '01.09.2025', '30.09.2025', 'Иванова А.А.'],
      ]),
    );
    expect(t.headerRows).toBe(2);
    expect(t.columns.roles).toEqual(['number', 'activity', 'deadlineStart', 'deadlineEnd', 'responsible']);
  });

  it('keeps the evidence for each column', () => {
    const t = tableColumns(table([['', 'Что делаем', 'К какому сроку', 'Кто'], ...BODY]));
    const deadline = t.evidence[2]!;
    expect(deadline.heading).toBeNull();
    expect(deadline.cells.deadlines).toBe(1);
    expect(deadline.scores.deadline).toBeGreaterThan(deadline.scores.activity ?? 0);
  });
});

describe('the time a section states for itself', () => {
  it.each([
    ['Второй этап (2025 год)', '2025-01-01', '2025-12-31'],
    ['Этап 1. 2024–2025 гг.', '2024-01-01', '2025-12-31'],
    ['Раздел 2. Мероприятия на 2025/2026 учебный год', '2025-09-01', '2026-08-31'],
    ['II. Работа с родителями', null, null],
    ['3. Мероприятия по подготовке к ГИА-2026', null, null],
  ])('%s', (title, start, end) => {
    const p = sectionPeriodOf(title);
    expect(p ? [p.start, p.end] : [null, null]).toEqual([start, end]);
  });
});
