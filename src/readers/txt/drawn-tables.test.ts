import { describe, expect, it } from 'vitest';
import { readTxt } from './index.js';
import type { Paragraph, Table } from '../../document/types.js';

/** Layouts written from the genre (legal-database copies and box-drawn exports), not copied from a document. */
const read = async (text: string) => (await readTxt(new TextEncoder().encode(text), 'x.txt')).value!.blocks;
const grid = (t: Table) => t.rows.map((r) => r.cells.map((c) => `${c.text}${c.colSpan > 1 ? `/${c.colSpan}` : ''}${c.mergedFromAbove ? '^' : ''}`));

describe('legal-database text: a cell per line closed by "|"', () => {
  it('bars on lines of their own, rows found by the item numbers, a heading across', async () => {
    const text = ['План', '', '№', '|', 'Мероприятие', '|', 'Срок', '|', 'I. Общие меры', '|', '1', '|', 'Совещание', '|', 'март', '|', '2', '|', 'Семинар', '|', 'май', '|', 'II. Контроль', '|', '1', '|', 'Проверка', '|', 'июнь', '|', '', 'После'].join('\n');
    const blocks = await read(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(grid(blocks[1] as Table)).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['I. Общие меры/3'],
      ['1', 'Совещание', 'март'],
      ['2', 'Семинар', 'май'],
      ['II. Контроль/3'],
      ['1', 'Проверка', 'июнь'],
    ]);
    expect((blocks[2] as Paragraph).text).toBe('После');
  });

  it('bars at the ends of the cell lines, an empty cell as a bar alone', async () => {
    const text = ['N п/п |', 'Наименование |', 'Место |', 'Дата |', '1 |', 'Концерт |', 'Дом культуры |', '1 июня |', '2 |', 'Выставка |', '|', '2 июня |', '3 |', 'Ярмарка |', 'Площадь |', '3 июня |'].join('\n');
    const [t] = await read(text);
    expect(grid(t as Table)).toEqual([
      ['N п/п', 'Наименование', 'Место', 'Дата'],
      ['1', 'Концерт', 'Дом культуры', '1 июня'],
      ['2', 'Выставка', '', '2 июня'],
      ['3', 'Ярмарка', 'Площадь', '3 июня'],
    ]);
  });

  it('rows closed by a line of bars; a cell over two lines', async () => {
    const text = ['Мероприятие |', 'Ответственный |', '||', 'Подготовка', 'отчёта |', 'Иванов И.И. |', '||', 'Совещание |', 'Петров П.П. |', '||'].join('\n');
    const [t] = await read(text);
    expect(grid(t as Table)).toEqual([
      ['Мероприятие', 'Ответственный'],
      ['Подготовка\nотчёта', 'Иванов И.И.'],
      ['Совещание', 'Петров П.П.'],
    ]);
    expect((t as Table).rows[1]!.cells[0]!.source).toMatchObject({ line: 4, endLine: 5 });
  });

  it('a few lines ending in "|" are text, not a table', async () => {
    const blocks = await read('Итог: да |\nОценка |\nТекст');
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('tables drawn with box-drawing characters', () => {
  it('reads rows between rules, wrapped cell lines, a row across the columns', async () => {
    const text = [
      'ПЛАН',
      '┌───┬──────────────┬──────────┐',
      '│ N │ Мероприятие  │   Срок   │',
      '├───┼──────────────┼──────────┤',
      '│ 1 │ Провести     │ до 01.03 │',
      '│   │ совещание    │          │',
      '├───┴──────────────┴──────────┤',
      '│ II. Раздел второй           │',
      '├───┬──────────────┬──────────┤',
      '│ 2 │ Семинар      │ май      │',
      '└───┴──────────────┴──────────┘',
      'Глава',
    ].join('\n');
    const blocks = await read(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(grid(blocks[1] as Table)).toEqual([
      ['N', 'Мероприятие', 'Срок'],
      ['1', 'Провести совещание', 'до 01.03'],
      ['II. Раздел второй/3'],
      ['2', 'Семинар', 'май'],
    ]);
  });

  it('a cell the rule leaves open goes on into the next row', async () => {
    const text = [
      '┌────┬─────────┬────────┐',
      '│ N  │ Дело    │ Кто    │',
      '├────┼─────────┼────────┤',
      '│ 1  │ Первое  │ Отдел  │',
      '├────┼─────────┤ кадров │',
      '│ 2  │ Второе  │        │',
      '└────┴─────────┴────────┘',
    ].join('\n');
    const [t] = await read(text);
    expect(grid(t as Table)).toEqual([
      ['N', 'Дело', 'Кто'],
      ['1', 'Первое', 'Отдел кадров'],
      ['2', 'Второе', 'Отдел кадров^'],
    ]);
    expect((t as Table).rows[1]!.cells[2]!.rowSpan).toBe(2);
  });

  it('reads the ASCII form "+---+" and "|"', async () => {
    const text = ['+---+----------+-------+', '| N | Дело     | Срок  |', '+---+----------+-------+', '| 1 | Отчёт    | май   |', '+---+----------+-------+'].join('\n');
    const [t] = await read(text);
    expect(grid(t as Table)).toEqual([
      ['N', 'Дело', 'Срок'],
      ['1', 'Отчёт', 'май'],
    ]);
  });

  it('a dash line alone is text', async () => {
    const blocks = await read('Итого\n----------\nКонец');
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});
