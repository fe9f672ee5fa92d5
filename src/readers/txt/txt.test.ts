import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readTxt } from './index.js';
import type { Paragraph, Table } from '../../document/types.js';

const read = async (text: string | Uint8Array) => readTxt(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'x.txt');

describe('txt reader: decoding', () => {
  const sample = 'ПРИКАЗ\r\nот 01 декабря 2020 № 607\r\nОб утверждении дорожной карты';
  it.each([
    ['UTF-8', new TextEncoder().encode(sample)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])],
    ['Windows-1251', new Uint8Array(iconv.encode(sample, 'win1251'))],
    ['UTF-16LE with BOM', new Uint8Array(iconv.encode(sample, 'utf16le', { addBOM: true }))],
  ])('%s decodes to the same paragraphs', async (_name, bytes) => {
    const r = await read(bytes);
    const texts = r.value!.blocks.map((b) => (b as Paragraph).text);
    expect(texts).toEqual(['ПРИКАЗ', 'от 01 декабря 2020 № 607', 'Об утверждении дорожной карты']);
  });

  it('refuses binary junk with one error', async () => {
    const r = await read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['input/binary']);
  });

  it('refuses an empty file', async () => {
    const r = await read('\n\n  \n');
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['input/empty']);
  });
});

describe('txt reader: layout', () => {
  it('reads tab-separated rows as one table and marks rows after an empty line', async () => {
    const r = await read('Title\n\n№\tМероприятие\tСрок\n1.\tПервое обла-\tдо 01.12.2020\n\n\tсти продолжение\t\n2.\tВторое\tмарт\n\nAfter');
    const blocks = r.value!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = blocks[1] as Table;
    expect(t.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['1.', 'Первое обла-', 'до 01.12.2020'],
      ['', 'сти продолжение', ''],
      ['2.', 'Второе', 'март'],
    ]);
    expect(t.rows.map((row) => row.afterBreak === true)).toEqual([false, false, true, false]);
    expect(t.rows[3]!.source).toMatchObject({ line: 7 });
    expect(t.rows[1]!.cells[2]!.source).toMatchObject({ line: 4, column: 17, cell: 3 });
  });

  it('reads a lone tab-aligned line (date and number, a signature) as text, not a one-row table', async () => {
    const r = await read('ПОСТАНОВЛЕНИЕ\n\nот 12.02.2024\t\t\t\t№ 315-п\nг. Энск\n\nГлава округа\t\t\tИ.И. Петров\n\nПриложение');
    const blocks = r.value!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => (b as Paragraph).text)).toEqual(['ПОСТАНОВЛЕНИЕ', 'от 12.02.2024 № 315-п', 'г. Энск', 'Глава округа И.И. Петров', 'Приложение']);
  });

  it('reads a page number line ("- 2 -", "Страница 3 из 5") as a page break, inside a table too', async () => {
    const r = await read('№\tМероприятие\tСрок\n1.\tПервое обла-\tмарт\n\n- 2 -\n\n\tсти продолжение\t\n2.\tВторое\tмай\nСтраница 3 из 5\n3.\tТретье\tиюнь\n\nПосле');
    const blocks = r.value!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    const t = blocks[0] as Table;
    expect(t.rows.map((row) => [row.cells[0]!.text, row.afterBreak === true])).toEqual([
      ['№', false],
      ['1.', false],
      ['', true],
      ['2.', false],
      ['3.', true],
    ]);
  });

  it('keeps a lone tab row that continues a table after a page break', async () => {
    const r = await read('№\tМероприятие\tСрок\n1.\tПервое\tмарт\n\n2.\tВторое\tапрель\n\nПосле');
    const blocks = r.value!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect((blocks[0] as Table).rows).toHaveLength(3);
  });

  it('keeps a lone tab row as wide as the table before it (after a section heading paragraph)', async () => {
    const r = await read('№\tМероприятие\tСрок\n1.\tПервое\tмарт\n\n2. Раздел второй\n\n1.\tВторое\tмай\n');
    expect(r.value!.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table']);
  });

  it('reads a lone tab header line as the header when a heading line and rows as wide follow it', async () => {
    const r = await read('План\n\nN\tМероприятие\tСрок\tКто\nI. Организационные меры\n1\tПервое\tмарт\tИванов И.И.\n2\tВторое\tмай\tПетров П.П.\n14 мая 2021 г.\n3\tТретье\tиюнь\tОО\n\nПосле');
    const blocks = r.value!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = blocks[1] as Table;
    expect(t.rows.map((row) => row.cells.map((c) => `${c.text}${c.colSpan > 1 ? `/${c.colSpan}` : ''}`))).toEqual([
      ['N', 'Мероприятие', 'Срок', 'Кто'],
      ['I. Организационные меры/4'],
      ['1', 'Первое', 'март', 'Иванов И.И.'],
      ['2', 'Второе', 'май', 'Петров П.П.'],
      ['14 мая 2021 г./4'],
      ['3', 'Третье', 'июнь', 'ОО'],
    ]);
  });

  it('reads a tab line after the table and an empty line, not as wide as the table, as text (the signature)', async () => {
    const r = await read('№\tМероприятие\tСрок\tКто\n1\tПервое\tмарт\tОО\n\nЗаместитель директора\t\tТ.А. Котова\n');
    expect(r.value!.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect((r.value!.blocks[1] as Paragraph).text).toBe('Заместитель директора Т.А. Котова');
  });

  it('keeps a lone tab line as text when the rows after the heading are of another width', async () => {
    const r = await read('от 12.02.2024\t№ 315-п\nОб утверждении плана\n1\tПервое\tмарт\n');
    expect(r.value!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a cell per line, rows between empty lines, untabbed lines continuing the cell', async () => {
    const r = await read('\t№ п/п\n\tМероприятия\n\tСроки\n\n\t1.\n\tОрганизационные\n\n\t1.1.\n\tСовещание\n(из опыта)\n- первое;\n- второе.\n\tмарт\n');
    const t = r.value!.blocks[0] as Table;
    expect(t.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['№ п/п', 'Мероприятия', 'Сроки'],
      ['1.', 'Организационные'],
      ['1.1.', 'Совещание\n(из опыта)\nпервое;\nвторое.', 'март'],
    ]);
    expect(t.rows[2]!.cells[1]!.paragraphs.map((p) => p.listItem === true)).toEqual([false, false, true, true]);
  });

  it('joins a cell-per-line row that a page break cut in two', async () => {
    const r = await read('\tA\n\tB\n\tC\n\tD\n\n\t\n\tтекст\n\n\n\n\t\n\t\n');
    const t = r.value!.blocks[0] as Table;
    expect(t.rows.map((row) => row.cells.length)).toEqual([4, 4]);
  });

  it('keeps **bold** across lines and sets gapBefore after empty lines', async () => {
    const r = await read('**Дорожная карта\nпродолжение**\n\nТекст');
    const ps = r.value!.blocks as Paragraph[];
    expect(ps.map((p) => [p.text, p.bold === true, p.gapBefore === true])).toEqual([
      ['Дорожная карта', true, false],
      ['продолжение', true, false],
      ['Текст', false, true],
    ]);
  });

  it('splits tables that a cell-per-line extraction ran together', async () => {
    const rows = (n: number, w: number, tag: string) => Array.from({ length: n }, (_, i) => `\t${tag}${i}\n${'\t\n'.repeat(w - 1)}`).join('\n');
    const r = await read(`${rows(3, 4, 'a')}\n${rows(3, 2, 'b')}\n${rows(2, 4, 'c')}`);
    const tables = r.value!.blocks as Table[];
    expect(tables.map((t) => [t.rows[0]!.cells[0]!.text, t.rows.length])).toEqual([
      ['a0', 3],
      ['b0', 5],
    ]);
  });
});
