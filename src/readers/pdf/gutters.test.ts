import { describe, expect, it } from 'vitest';
import type { Rule, Run } from './geometry.js';
import { makeLine, type Line } from './lines.js';
import { findGutterTables } from './gutters.js';
import { cellText } from './text.js';

/** Lines of word runs built by hand: [x0, text] pairs on a baseline, 12 pt, 6 pt a letter. */
const run = (x0: number, text: string, baseline: number): Run => ({ text, x0, x1: x0 + 6 * text.length, top: baseline - 10, bottom: baseline + 2, baseline, size: 12, bold: false, italic: false });
const line = (baseline: number, ...words: [number, string][]): Line => makeLine(words.map(([x, t]) => run(x, t, baseline)), 1);
const onPage = (page: number, baseline: number, ...words: [number, string][]): Line => makeLine(words.map(([x, t]) => run(x, t, baseline)), page);
const rule = (at: number, from: number, to: number): Rule => ({ dir: 'h', at, from, to });
const texts = (t: { rows: { cells: Parameters<typeof cellText>[0][] }[] }): string[][] => t.rows.map((r) => r.cells.map((c) => cellText(c)));

describe('tables by their gutters', () => {
  // not solved yet: in a table of a few lines, gaps of the justified lines of one column line up (here between
  // 304 and 320) and are taken for a gutter; marked failing so that the day it passes the mark must go
  it.fails('a numbered table with justified activity text, a deadline centred half-way down its row, and a title across the table', () => {
    const lines = [
      line(100, [100, '№'], [200, 'Мероприятие'], [420, 'Срок'], [520, 'Ответственный']),
      line(114, [102, '1'], [250, '2'], [430, '3'], [540, '4']),
      line(128, [100, '1.'], [130, 'Раздел первый: организационные и методические меры, через всю ширину таблицы']),
      line(142, [100, '1.1'], [130, 'Провести'], [230, 'анализ'], [320, 'результатов'], [520, 'Школа']),
      line(156, [130, 'работы за прошлый учебный год'], [340, 'в школах']),
      line(170, [130, 'района'], [180, 'и подготовить отчет о'], [330, 'работе'], [410, 'март']),
      line(184, [130, 'по'], [150, 'итогам года']),
      line(198, [100, '1.2'], [130, 'Собрать сведения о ходе'], [290, 'работы в школах'], [410, 'май'], [520, 'Директор']),
    ];
    const { tables, used } = findGutterTables(lines, 12);
    expect(used.size).toBeGreaterThanOrEqual(lines.length - 1);
    const rows = tables[0]!.rows.map((r) => r.cells.map((c) => cellText(c)));
    // (the rows from the title on; whether the header's first line is taken is not asserted here)
    expect(rows.slice(-3)).toEqual([
      ['1. Раздел первый: организационные и методические меры, через всю ширину таблицы'],
      ['1.1', 'Провести анализ результатов работы за прошлый учебный год в школах района и подготовить отчет о работе по итогам года', 'март', 'Школа'],
      ['1.2', 'Собрать сведения о ходе работы в школах', 'май', 'Директор'],
    ]);
  });

  it('justified prose whose wide gaps line up by chance on a few lines is no table', () => {
    const lines = [0, 1, 2, 3, 4, 5, 6].map((k) => line(100 + 14 * k, [100, 'Текст'], [170 + 3 * k, 'абзаца'], [260, 'по'], [300 + 5 * k, 'ширине'], [400, 'страницы'], [470 + 2 * k, 'далее']));
    expect(findGutterTables(lines, 12).tables).toEqual([]);
  });

  it('horizontal rules part the rows (an entry without a number too), and a rule that leaves out a column carries the cell above down', () => {
    const lines = [
      line(100, [100, '№'], [150, 'Мероприятие'], [400, 'Срок']),
      line(120, [100, '1'], [150, 'Провести анализ'], [400, 'март']),
      line(134, [150, 'результатов']),
      line(154, [100, '2'], [150, 'Собрать сведения']),
      line(168, [150, 'о работе']),
      line(188, [150, 'Подготовить отчёт'], [400, 'май']),
      line(202, [150, 'по итогам']),
    ];
    // under the header and under row 2 across the table; under row 1 all but the deadline's column (merged down)
    const rules = [rule(108, 90, 500), rule(144, 90, 380), rule(178, 90, 500)];
    const { tables } = findGutterTables(lines, 12, null, rules);
    expect(texts(tables[0]!)).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['1', 'Провести анализ результатов', 'март'],
      ['2', 'Собрать сведения о работе', 'март'],
      ['', 'Подготовить отчёт по итогам', 'май'],
    ]);
    expect(tables[0]!.rows[2]!.cells[2]!.mergedFromAbove).toBe(true);
    // without the rules, only the numbers start rows
    expect(texts(findGutterTables(lines, 12).tables[0]!).slice(2)).toEqual([['2', 'Собрать сведения о работе Подготовить отчёт по итогам', 'май']]);
  });

  it('a table that ends its page goes on with the top lines of the next that keep its gutters, with its columns', () => {
    const page1 = [
      onPage(1, 100, [100, '№'], [150, 'Мероприятие'], [400, 'Срок']),
      onPage(1, 120, [100, '1'], [150, 'Провести анализ'], [400, 'март']),
      onPage(1, 134, [150, 'результатов']),
      onPage(1, 154, [100, '2'], [150, 'Собрать сведения'], [400, 'май']),
      onPage(1, 168, [150, 'о работе']),
      onPage(1, 188, [100, '3'], [150, 'Подготовить отчёт'], [400, 'июнь']),
      onPage(1, 202, [150, 'по итогам']),
    ];
    const first = findGutterTables(page1, 12);
    expect(first.carry).not.toBeNull();
    // the rest of row 3 in the second column only, then row 4; then a paragraph across the page
    const page2 = [onPage(2, 60, [150, 'учебного года']), onPage(2, 80, [100, '4'], [150, 'Провести совещание'], [400, 'июль']), onPage(2, 120, [100, 'Настоящий приказ вступает в силу со дня его подписания'])];
    const second = findGutterTables(page2, 12, first.carry);
    expect(second.tables[0]!.xs).toEqual(first.tables[0]!.xs);
    expect(texts(second.tables[0]!)).toEqual([
      ['', 'учебного года', ''],
      ['4', 'Провести совещание', 'июль'],
    ]);
    expect(second.used.has(page2[2]!)).toBe(false);
    // a line at the left margin alone is no rest of a row
    expect(findGutterTables([onPage(2, 60, [100, 'Приложение']), ...page2.slice(1)], 12, first.carry).tables).toEqual([]);
  });

  it('in a numbered table whose rows stand apart, a number set lower than its row\'s first line belongs to that row', () => {
    const lines = [
      line(100, [100, '№'], [150, 'Мероприятие'], [400, 'Срок']),
      line(126, [100, '1'], [150, 'Провести анализ'], [400, 'март']),
      line(140, [150, 'результатов']),
      line(154, [150, 'работы школ']),
      line(180, [150, 'Организация и']),
      line(194, [100, '2'], [150, 'проведение семинаров'], [400, 'май']),
      line(208, [150, 'для учителей']),
      line(234, [100, '3'], [150, 'Подготовить отчёт'], [400, 'июнь']),
      line(248, [150, 'по итогам']),
      line(262, [150, 'года']),
    ];
    expect(texts(findGutterTables(lines, 12).tables[0]!)).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['1', 'Провести анализ результатов работы школ', 'март'],
      ['2', 'Организация и проведение семинаров для учителей', 'май'],
      ['3', 'Подготовить отчёт по итогам года', 'июнь'],
    ]);
  });

  it('lines at the top of a page right of the first column, above a table found there, are the rest of its cut row; the page before may hold that row\'s start', async () => {
    const { firstRowBefore } = await import('./gutters.js');
    const rows = [
      onPage(2, 60, [150, 'учебного года']),
      onPage(2, 74, [150, 'и отчёт']),
      onPage(2, 100, [100, '4'], [150, 'Провести совещание'], [400, 'июль']),
      onPage(2, 114, [150, 'с директорами']),
      onPage(2, 140, [100, '5'], [150, 'Собрать сведения'], [400, 'май']),
      onPage(2, 154, [150, 'о работе школ']),
      onPage(2, 180, [100, '6'], [150, 'Подготовить отчёт'], [400, 'июнь']),
      onPage(2, 194, [150, 'по итогам']),
    ];
    const found = findGutterTables(rows, 12);
    expect(texts(found.tables[0]!)[0]).toEqual(['', 'учебного года и отчёт', '']);
    expect(found.lead).not.toBeNull();
    // the page before ends with a paragraph and the row's start in the second column alone
    const before = [onPage(1, 600, [100, 'Настоящий приказ вступает в силу со дня подписания']), onPage(1, 640, [150, 'Анализ итогов'])];
    const head = firstRowBefore(before, found.lead!, 12);
    expect(head?.used).toEqual([before[1]]);
    expect(texts(head!.table)).toEqual([['', 'Анализ итогов', '']]);
    expect(firstRowBefore([before[0]!], found.lead!, 12)).toBeNull();
  });
});
