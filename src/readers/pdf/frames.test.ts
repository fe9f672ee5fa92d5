import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../document/types.js';
import type { Rule } from './geometry.js';
import { findGrids } from './grid.js';
import { readPdf } from './index.js';

/** Tables drawn with their outer frame only (no lines inside), on testdata/framed.pdf and by hand. */

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const v = (at: number, from: number, to: number): Rule => ({ dir: 'v', at, from, to });

describe('frames from side lines alone', () => {
  it('two side lines of one height with nothing across (a table\'s middle page) are a frame', () => {
    const grids = findGrids([v(56.7, 42.5, 551.6), v(758.3, 42.5, 551.6)]);
    expect(grids).toHaveLength(1);
    expect(grids[0]).toMatchObject({ xs: [56.7, 758.3], top: 42.5, bottom: 551.6 });
  });

  it('lines of other heights, short ones, or one alone are none', () => {
    expect(findGrids([v(56.7, 42.5, 551.6), v(758.3, 100, 300)])).toEqual([]);
    expect(findGrids([v(56.7, 42.5, 80), v(758.3, 42.5, 80)])).toEqual([]);
    expect(findGrids([v(56.7, 42.5, 551.6)])).toEqual([]);
  });
});

describe('framed.pdf: a plan with its outer frame only, over four pages (landscape)', () => {
  /** Texts the spec writes for item n (see framedPlan in testdata/specs.mjs). */
  const item = (n: number): string[] => [
    `${n}`,
    `Мероприятие ${n}: анализ кадрового обеспечения и подготовка адресных рекомендаций для педагогов${n % 3 === 0 ? ', обучающиеся которых показывают низкие образовательные результаты' : ''}`,
    n % 2 ? 'Сентябрь – октябрь ежегодно' : 'в течение года',
    'УОи МП',
    `Аналитическая справка ${n}${n % 4 === 0 ? ' и выводы об эффективности проведенных мероприятий с рекомендациями по дальнейшей работе' : ''}`,
  ];

  it('is one table: columns from its header row (set tight), rows from the number column, over the pages with side lines only', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(join(DIR, 'framed.pdf'))), 'testdata/framed.pdf');
    expect(r.diagnostics).toEqual([]);
    const tables = r.value!.blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows.map((row) => row.cells.map((c) => c.text));
    expect(rows[0]).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки', 'Ответственный исполнитель', 'Ожидаемый результат']);
    expect(rows[1]![0]).toBe('Реализация адресной модели методической поддержки учителей и руководителей общеобразовательных организаций с низкими результатами (срок реализации - 1 год)');
    expect(rows[1]!.slice(1).every((t) => t === '')).toBe(true);
    expect(rows.slice(2)).toEqual(Array.from({ length: 20 }, (_x, i) => item(i + 1)));
    // nothing of the table is left outside it
    expect(r.value!.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['План мероприятий', 'Конец документа.']);
  });
});

describe('framedLists.pdf: lists and paragraphs in a table with its outer frame only, no header row (landscape)', () => {
  const entry = (k: number, what: string): string => `определены (описаны) механизмы ${what} ${k}, в том числе функционирующих в неблагоприятных социальных условиях, и порядок их применения`;
  /** The rows the spec writes (see framedLists in testdata/specs.mjs). */
  const expected = Array.from({ length: 6 }, (_x, i) => i + 1).flatMap((n) => [
    [`${n}`, `Показатели раздела ${n}`, [`Раздел ${n}: проведен мониторинг муниципальных показателей:`, entry(1, 'выявления школ'), entry(2, 'мониторинга динамики'), entry(3, 'выявления дефицитов')].join('\n')],
    ['', `Анализ раздела ${n}`, [entry(4, 'анализа'), `Подготовлены адресные рекомендации для руководителей по разделу ${n}`].join('\n')],
  ]);

  it('three columns: a bullet and the hanging lines of a list entry are no columns; an empty line inside a cell starts no row; entries without a number are rows of their own', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(join(DIR, 'framedLists.pdf'))), 'testdata/framedLists.pdf');
    expect(r.diagnostics).toEqual([]);
    const tables = r.value!.blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((row) => row.cells.map((c) => c.text))).toEqual(expected);
    // row 3, cut by the page break (its list goes on at the top of page 2), is one row again
    expect(tables[0]!.rows[4]!.source.page).toBe(1);
    expect(tables[0]!.rows[4]!.cells[2]!.paragraphs.map((p) => p.listItem === true)).toEqual([false, true, true, true]);
  });
});
