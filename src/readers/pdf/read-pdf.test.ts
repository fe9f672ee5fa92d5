import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { Block, Paragraph, ParsedDocument, Table } from '../../document/types.js';
import { readPdf } from './index.js';
import type { OcrOptions } from '../ocr/index.js';

/**
 * The reader on small PDFs rendered by LibreOffice from the specs in testdata/specs.mjs
 * (node fixtures/scripts/make-pdf.mjs testdata): what each document holds is known
 * exactly, so the blocks are checked against it.
 */

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));

async function read(name: string): Promise<ParsedDocument> {
  const r = await readPdf(bytes(name), `testdata/${name}`);
  // the running headers dropped are reported (info), and nothing else
  expect(r.diagnostics.filter((d) => d.code !== 'pdf/page-furniture')).toEqual([]);
  if (!r.value) throw new Error(`${name}: not read`);
  return r.value;
}

const paragraphs = (blocks: Block[]): Paragraph[] => blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.kind === 'table');
const texts = (t: Table): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

/** The activity text the spec writes for item s.n (see testdata/specs.mjs). */
function activity(s: number, n: number): string {
  const base = `Мероприятие ${s}.${n}: проведение анализа результатов и подготовка методических рекомендаций для общеобразовательных организаций`;
  return n % 3 === 0 ? `${base}, с обсуждением на совещании руководителей и размещением материалов на официальном сайте управления образования` : base;
}

describe('basic.pdf: an order on five pages with a header, page numbers and a plan across them', () => {
  it('reads the head in reading order: the authority (left column) before the approval stamp (right column)', async () => {
    const doc = await read('basic.pdf');
    const ps = paragraphs(doc.blocks).map((p) => p.text);
    const authority = ps.indexOf('МИНИСТЕРСТВО ОБРАЗОВАНИЯ');
    const stamp = ps.indexOf('УТВЕРЖДАЮ');
    expect(authority).toBe(0);
    expect(stamp).toBeGreaterThan(authority);
    // the stamp's lines follow each other, not interleaved with the authority's lines on the same heights
    expect(ps.slice(stamp, stamp + 4)).toEqual(['УТВЕРЖДАЮ', 'Руководитель управления', 'Т.Н. Гороховицкая', '«01» декабря 2020 года']);
    expect(ps.slice(0, stamp).join(' ')).toBe('МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ САМАРСКОЙ ОБЛАСТИ ЗАПАДНОЕ УПРАВЛЕНИЕ');
  });

  it('drops the page header and the page numbers on every page, and says which header it dropped', async () => {
    const r = await readPdf(bytes('basic.pdf'), 'testdata/basic.pdf');
    const notes = r.diagnostics.filter((d) => d.code === 'pdf/page-furniture');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info' });
    expect(notes[0]!.message).toContain('служебная копия');
    expect(notes[0]!.message).not.toMatch(/"\d+"/); // page numbers are no content: not listed
    const doc = await read('basic.pdf');
    const all = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text))));
    expect(all.filter((t) => t.includes('служебная копия'))).toEqual([]);
    expect(all.filter((t) => /^\d$/.test(t))).toEqual([]);
  });

  it('joins the lines of a wrapped paragraph, keeps one line per paragraph otherwise, and marks empty lines and emphasis', async () => {
    const doc = await read('basic.pdf');
    const ps = paragraphs(doc.blocks);
    const preamble = ps.find((p) => p.text.startsWith('В целях'));
    expect(preamble?.text).toBe(
      'В целях повышения эффективности деятельности общеобразовательных организаций в обеспечении оптимальных результатов обучения, воспитания и развития обучающихся, руководствуясь Положением о Западном управлении, п р и к а з ы в а ю:',
    );
    expect(preamble?.gapBefore).toBe(true);
    const clauses = ps.filter((p) => /^[12]\. /.test(p.text));
    expect(clauses.map((p) => [p.text, p.gapBefore === true])).toEqual([
      ['1. Утвердить дорожную карту Западного управления.', true],
      ['2. Контроль за исполнением настоящего приказа оставляю за собой.', false],
    ]);
    expect(ps.find((p) => p.text === 'ПРИКАЗ')).toMatchObject({ bold: true, centered: true });
    expect(ps.find((p) => p.text === 'на 2020-2021 учебный год')).toMatchObject({ bold: true, centered: true });
  });

  it('reads the plan as one table over all pages: the repeated header row dropped, rows cut by page breaks joined', async () => {
    const doc = await read('basic.pdf');
    const [plan, ...others] = tables(doc.blocks);
    expect(others).toEqual([]);
    const rows = texts(plan!);
    expect(rows[0]).toEqual(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный']);
    expect(plan!.rows[0]!.header).toBe(true);
    expect(rows.filter((r) => r[0] === '№ п/п')).toHaveLength(1);
    // 1 header + 3 sections + 36 activities: every activity whole, however the pages cut it
    expect(rows).toHaveLength(40);
    const items = rows.filter((r) => r.length === 4 && /^\d\.\d+\.$/.test(r[0]!));
    expect(items).toHaveLength(36);
    for (const [number, text, deadline, responsible] of items) {
      const [s, n] = number!.split('.').map(Number);
      expect(text).toBe(activity(s!, n!));
      expect(deadline).toBe(n! % 2 ? 'до 01.12.2020' : 'в течение года');
      expect(responsible).toBe(n! % 4 === 0 ? 'Западное управление, Ресурсный центр, ОО' : 'ОО');
    }
    // a row that starts a page after a row ended there is marked (a page break stood before it); all of them start with a number
    const afterBreak = plan!.rows.filter((r) => r.afterBreak);
    expect(afterBreak.length).toBeGreaterThan(0);
    expect(afterBreak.every((r) => /^\d/.test(r.cells[0]!.text))).toBe(true);
  });

  it('the PDF does cut rows: an activity begins at the foot of one page and ends at the head of the next', async () => {
    const parser = new PDFParse({ data: bytes('basic.pdf') });
    try {
      const pages = (await parser.getText()).pages.map((p) => p.text);
      for (const [item, next] of [
        ['1.6', '1.7'],
        ['2.3', '2.4'],
      ] as const) {
        const from = pages.findIndex((p) => p.includes(`Мероприятие ${item}:`));
        expect(from).toBeGreaterThanOrEqual(0);
        const following = pages[from + 1]!;
        // the head of the next page, before the next activity, holds the end of this one
        expect(following.slice(0, following.indexOf(`Мероприятие ${next}:`))).toContain('официальном сайте управления образования');
      }
    } finally {
      await parser.destroy();
    }
  });

  it('keeps section rows that span the table as one cell', async () => {
    const doc = await read('basic.pdf');
    const sections = tables(doc.blocks)[0]!.rows.filter((r) => r.cells.length === 1);
    expect(sections.map((r) => [r.cells[0]!.text, r.cells[0]!.colSpan])).toEqual([
      ['1. Раздел плана номер 1', 4],
      ['2. Раздел плана номер 2', 4],
      ['3. Раздел плана номер 3', 4],
    ]);
  });

  it('locates everything by page: paragraphs and rows carry the page they are printed on', async () => {
    const doc = await read('basic.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.blocks[0]!.source).toMatchObject({ file: 'testdata/basic.pdf', page: 1, block: 1 });
    const plan = tables(doc.blocks)[0]!;
    const pages = [...new Set(plan.rows.map((r) => r.source.page))];
    expect(pages).toEqual([1, 2, 3, 4, 5]);
    expect(plan.rows.at(-1)!.cells[1]!.source).toMatchObject({ page: 5, table: 1, row: 40, cell: 2 });
    expect(paragraphs(doc.blocks).at(-1)).toMatchObject({ text: 'Примечание: ОО — общеобразовательные организации.', source: { page: 5 } });
  });
});

describe('merged.pdf: merged cells', () => {
  it('a section row across the table, a number over two rows, a deadline over two columns', async () => {
    const doc = await read('merged.pdf');
    const t = tables(doc.blocks)[0]!;
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.colSpan, c.rowSpan, c.mergedFromAbove === true]))).toEqual([
      [['№ п/п', 1, 1, false], ['Мероприятие', 1, 1, false], ['Срок', 1, 1, false], ['Ответственный', 1, 1, false]],
      [['1. Организационные мероприятия', 4, 1, false]],
      [['1.1.', 1, 2, false], ['Первое мероприятие', 1, 1, false], ['март', 1, 1, false], ['ОО', 1, 1, false]],
      // the number merged down is repeated into the row it covers, marked (as the Word reader does)
      [['1.1.', 1, 1, true], ['Второе мероприятие', 1, 1, false], ['апрель', 1, 1, false], ['Ресурсный центр', 1, 1, false]],
      [['1.2.', 1, 1, false], ['Собеседование по вопросам:\nанализа результатов;\nпланирования работы.', 1, 1, false], ['май', 1, 1, false], ['ОО', 1, 1, false]],
      [['1.3.', 1, 1, false], ['Последнее мероприятие', 1, 1, false], ['до 01.12.2020', 2, 1, false]],
    ]);
  });

  it('a list in a cell: its entries are list items, the bullets gone', async () => {
    const doc = await read('merged.pdf');
    const cell = tables(doc.blocks)[0]!.rows[4]!.cells[1]!;
    expect(cell.paragraphs).toEqual([{ text: 'Собеседование по вопросам:' }, { text: 'анализа результатов;', listItem: true }, { text: 'планирования работы.', listItem: true }]);
  });
});

describe('unruled.pdf: tables known by alignment (landscape)', () => {
  it('a table with its outer frame only: columns and rows from alignment, wrapped cells whole', async () => {
    const doc = await read('unruled.pdf');
    expect(texts(tables(doc.blocks)[0]!)).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'Проведение диагностики эффективности программ по повышению качества образования в школах с низкими результатами обучения', 'до 15.12.2020', 'Западное управление'],
      ['2.', 'Собеседование с управленческими командами', '7-11.12.2020', 'Западное управление, Ресурсный центр'],
      ['3.', 'Мониторинг', 'ежеквартально', 'ОО'],
    ]);
  });

  it('a table with no lines at all, between paragraphs', async () => {
    const doc = await read('unruled.pdf');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table', 'paragraph']);
    expect(texts(tables(doc.blocks)[1]!)).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'Организация окружных вебинаров по использованию в работе администрации модуля МСОКО АСУ РСО', 'в течение года', 'Ресурсный центр'],
      ['2.', 'Обеспечение участия педагогов в исследовании', 'март', 'ОО'],
    ]);
    expect(paragraphs(doc.blocks).map((p) => p.text)).toEqual(['Таблица без внутренних границ', 'Таблица без границ', 'Конец документа.']);
  });
});

describe('bad input: one clear error, no value, nothing thrown', () => {
  const refuse = async (data: Uint8Array, ocr?: OcrOptions): Promise<{ codes: string[]; messages: string[] }> => {
    const r = await readPdf(data, 'bad.pdf', { ocr });
    expect(r.value).toBeNull();
    return { codes: r.diagnostics.map((d) => d.code), messages: r.diagnostics.map((d) => d.message) };
  };

  it('an encrypted PDF', async () => {
    expect((await refuse(bytes('encrypted.pdf'))).codes).toEqual(['pdf/encrypted']);
  });

  it('a scan, with OCR off: pages that are images with no text', async () => {
    const r = await refuse(bytes('scanned.pdf'), { mode: 'never' });
    expect(r).toEqual({ codes: ['pdf/no-text-layer'], messages: ['no text layer: the PDF looks scanned, OCR it first'] });
  });

  it('a PDF cut short', async () => {
    const whole = bytes('basic.pdf');
    for (const keep of [0.3, 0.6, 0.99]) {
      expect((await refuse(whole.slice(0, Math.floor(whole.length * keep)))).codes).toEqual(['pdf/truncated']);
    }
  });

  it('a damaged PDF, an empty file, and one that only starts like a PDF', async () => {
    const whole = bytes('merged.pdf');
    const damaged = whole.slice();
    damaged.fill(0x20, 200, whole.length - 200); // objects and cross-reference table blanked out
    expect((await refuse(damaged)).codes).toEqual(['pdf/corrupt']);
    expect((await refuse(new Uint8Array(0))).codes).toEqual(['pdf/corrupt']);
    expect((await refuse(new TextEncoder().encode('%PDF-1.7\nnot really\n%%EOF\n'))).codes).toEqual(['pdf/corrupt']);
  });
});
