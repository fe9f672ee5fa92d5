import { describe, expect, it } from 'vitest';
import type { Run } from './geometry.js';
import { makeLine, type Line } from './lines.js';
import { findGutterTables } from './gutters.js';
import { cellText } from './text.js';

/** Lines of word runs built by hand: [x0, text] pairs on a baseline, 12 pt, 6 pt a letter. */
const run = (x0: number, text: string, baseline: number): Run => ({ text, x0, x1: x0 + 6 * text.length, top: baseline - 10, bottom: baseline + 2, baseline, size: 12, bold: false, italic: false });
const line = (baseline: number, ...words: [number, string][]): Line => makeLine(words.map(([x, t]) => run(x, t, baseline)), 1);

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
});
