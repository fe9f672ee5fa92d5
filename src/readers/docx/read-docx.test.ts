import { describe, expect, test } from 'vitest';
import type { Block, Paragraph, ParsedDocument, Row, Table } from '../../document/types.js';
import { readDocx } from './index.js';
import { abstractNum, buildDocx, cell, num, para, row, run, table, type DocxSpec } from './test-support.js';

async function read(spec: DocxSpec): Promise<{ doc: ParsedDocument; diagnostics: string[] }> {
  const r = await readDocx(buildDocx(spec), 'order.docx');
  if (!r.value) throw new Error(`not read: ${JSON.stringify(r.diagnostics)}`);
  return { doc: r.value, diagnostics: r.diagnostics.map((d) => d.code) };
}

const paragraphs = (blocks: Block[]): Paragraph[] => blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.kind === 'table');
const texts = (r: Row | undefined): string[] => (r ? r.cells.map((c) => c.text) : []);

function onlyTable(doc: ParsedDocument): Table {
  const [t] = tables(doc.blocks);
  if (!t) throw new Error('no table');
  return t;
}

/** "1." for level 0, "1.1." for level 1: the usual numbering of a plan's № column. */
const PLAN_NUMBERING = abstractNum(0, [{ text: '%1.' }, { text: '%1.%2.' }, { text: '%1.%2.%3.' }]) + num(1, 0);

describe('paragraphs', () => {
  test('plain text with whitespace collapsed, bold/italic/centered, provenance by body position', async () => {
    const { doc, diagnostics } = await read({
      body:
        para('ПРИКАЗ', { jc: 'center', bold: true }) +
        para(run('от  01.12.2020\t\t№ ') + run('607', { bold: true })) +
        para('курсивом', { italic: true }) +
        para('Об\u00A0утверждении   дорожной карты'),
    });
    expect(diagnostics).toEqual([]);
    expect(doc.format).toBe('docx');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'ПРИКАЗ', bold: true, centered: true, source: { file: 'order.docx', block: 1 } },
      { kind: 'paragraph', text: 'от 01.12.2020 № 607', source: { file: 'order.docx', block: 2 } },
      { kind: 'paragraph', text: 'курсивом', italic: true, source: { file: 'order.docx', block: 3 } },
      { kind: 'paragraph', text: 'Об утверждении дорожной карты', source: { file: 'order.docx', block: 4 } },
    ]);
  });

  test('empty paragraphs are not emitted but mark a gap (not before the first block); block numbers still count them', async () => {
    const { doc } = await read({ body: para('') + para('А') + para('') + '<w:p/>' + para('   ') + para('Б') + para('В') });
    expect(doc.blocks.map((b) => [b.kind === 'paragraph' ? b.text : '', b.kind === 'paragraph' ? !!b.gapBefore : false, b.source.block])).toEqual([
      ['А', false, 2],
      ['Б', true, 6],
      ['В', false, 7],
    ]);
  });

  test('soft line breaks stay inside one paragraph as "\\n"', async () => {
    const { doc } = await read({ body: para('Начальник управления\nИ.И. Иванов') });
    expect(paragraphs(doc.blocks)[0]?.text).toBe('Начальник управления\nИ.И. Иванов');
  });

  test('page breaks and new-page section breaks become gapBefore', async () => {
    const { doc } = await read({
      body:
        para('первая') +
        para(`${run('вторая')}<w:r><w:br w:type="page"/></w:r>`) +
        para('третья') +
        para(`<w:r><w:br w:type="page"/></w:r>${run('четвёртая')}`) +
        para('пятая', { pageBreakBefore: true }) +
        '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>шестая</w:t></w:r></w:p>' +
        para('седьмая') +
        '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>восьмая</w:t></w:r></w:p>' +
        para('девятая'),
    });
    expect(paragraphs(doc.blocks).map((p) => `${p.gapBefore ? '|' : ''}${p.text}`)).toEqual([
      'первая',
      'вторая',
      '|третья',
      '|четвёртая',
      '|пятая',
      'шестая',
      '|седьмая',
      'восьмая',
      'девятая',
    ]);
  });

  test('alignment and bold given by a paragraph style count like direct formatting', async () => {
    const { doc } = await read({
      styles:
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Title1"><w:name w:val="Заголовок приказа"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="Title1"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>',
      body: para('ПРИКАЗ', { style: 'Title1' }) + para('подзаголовок', { style: 'Sub' }) + para('текст'),
    });
    expect(paragraphs(doc.blocks).map((p) => [p.text, !!p.bold, !!p.centered])).toEqual([
      ['ПРИКАЗ', true, true],
      ['подзаголовок', false, true],
      ['текст', false, false],
    ]);
  });

  test('a paragraph mammoth maps to a heading is still a paragraph', async () => {
    const { doc } = await read({
      styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
      body: para('I. Общие положения', { style: 'Heading1' }),
    });
    expect(paragraphs(doc.blocks).map((p) => p.text)).toEqual(['I. Общие положения']);
  });

  test('a non-standard namespace prefix is read the same', async () => {
    const { doc } = await read({ prefix: 'ns0', body: para('Утвердить', { num: [1, 0], jc: 'center' }), numbering: PLAN_NUMBERING });
    expect(paragraphs(doc.blocks)).toMatchObject([{ text: '1. Утвердить', listLabel: '1.', centered: true }]);
  });

  test('text in simple fields and after w:cr is kept', async () => {
    const { doc, diagnostics } = await read({
      body: para(`${run('Приложение № ')}<w:fldSimple w:instr=" SEQ Приложение "><w:r><w:t>2</w:t></w:r></w:fldSimple>`) + para(`<w:r><w:t>до</w:t><w:cr/><w:t>31.12.2025</w:t></w:r>`),
    });
    expect(paragraphs(doc.blocks).map((p) => p.text)).toEqual(['Приложение № 2', 'до\n31.12.2025']);
    expect(diagnostics).toEqual([]);
  });
});

describe('automatic numbering', () => {
  test('numbered paragraphs show the label Word renders, and say which part it is', async () => {
    const { doc } = await read({
      numbering: PLAN_NUMBERING,
      body:
        para('Утвердить дорожную карту', { num: [1, 0] }) +
        para('Руководителям:', { num: [1, 0] }) +
        para('принять участие', { num: [1, 1] }) +
        para('руководствоваться', { num: [1, 1] }) +
        para('Контроль оставляю за собой', { num: [1, 0] }),
    });
    expect(paragraphs(doc.blocks).map((p) => [p.listLabel, p.text])).toEqual([
      ['1.', '1. Утвердить дорожную карту'],
      ['2.', '2. Руководителям:'],
      ['2.1.', '2.1. принять участие'],
      ['2.2.', '2.2. руководствоваться'],
      ['3.', '3. Контроль оставляю за собой'],
    ]);
  });

  test('the № column: empty auto-numbered cells show their number, levels restart under a new parent', async () => {
    const numberedRow = (lvl: number, text: string): string => row([cell(para('', { num: [1, lvl] })), cell(text)]);
    const { doc } = await read({
      numbering: PLAN_NUMBERING,
      body: table([
        row([cell('№ п/п'), cell('Мероприятие')]),
        numberedRow(0, 'Организационные мероприятия'),
        numberedRow(1, 'Создать рабочую группу'),
        numberedRow(1, 'Утвердить план'),
        numberedRow(0, 'Методическое сопровождение'),
        numberedRow(1, 'Провести семинар'),
        numberedRow(2, 'для учителей'),
        numberedRow(1, 'Провести конференцию'),
      ]),
    });
    expect(onlyTable(doc).rows.map((r) => r.cells[0]?.text)).toEqual(['№ п/п', '1.', '1.1.', '1.2.', '2.', '2.1.', '2.1.1.', '2.2.']);
  });

  test('numbering continues across paragraphs and tables of the same list; another list counts on its own', async () => {
    const { doc } = await read({
      numbering: PLAN_NUMBERING + abstractNum(1, [{ text: '%1)' }]) + num(2, 1),
      body:
        para('пункт', { num: [1, 0] }) +
        para('перечень', { num: [2, 0] }) +
        table([row([cell(para('', { num: [1, 0] })), cell('в таблице')])]) +
        para('перечень', { num: [2, 0] }) +
        para('пункт', { num: [1, 0] }),
    });
    expect(paragraphs(doc.blocks).map((p) => p.listLabel)).toEqual(['1.', '1)', '2)', '3.']);
    expect(onlyTable(doc).rows[0]?.cells[0]?.text).toBe('2.');
  });

  test('a w:num with startOverride restarts the list where it is first used', async () => {
    const { doc } = await read({
      numbering: abstractNum(0, [{ text: '%1.' }]) + num(1, 0) + num(2, 0, { 0: 1 }) + num(3, 0, { 0: 10 }),
      body:
        para('a', { num: [1, 0] }) +
        para('b', { num: [1, 0] }) +
        para('c', { num: [2, 0] }) +
        para('d', { num: [2, 0] }) +
        para('e', { num: [3, 0] }),
    });
    expect(paragraphs(doc.blocks).map((p) => p.listLabel)).toEqual(['1.', '2.', '1.', '2.', '10.']);
  });

  test('numbering given by a paragraph style, and formats other than decimal', async () => {
    const { doc } = await read({
      styles:
        '<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Раздел"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Подраздел"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>',
      numbering: abstractNum(4, [{ text: '%1.', fmt: 'upperRoman' }, { text: '%2)', fmt: 'russianLower' }]) + num(5, 4),
      body:
        para('Общие положения', { style: 'Section' }) +
        para('первое', { style: 'Sub' }) +
        para('второе', { style: 'Sub' }) +
        para('Мероприятия', { style: 'Section' }),
    });
    expect(paragraphs(doc.blocks).map((p) => p.listLabel)).toEqual(['I.', 'а)', 'б)', 'II.']);
  });

  test('bullets: the label is the bullet, symbol-font glyphs read as "•"', async () => {
    const { doc } = await read({
      numbering:
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl></w:abstractNum>' +
        num(1, 0) +
        num(2, 1),
      body: para('первый', { num: [1, 0] }) + para('второй', { num: [2, 0] }),
    });
    expect(paragraphs(doc.blocks).map((p) => [p.listLabel, p.text])).toEqual([
      ['•', '• первый'],
      ['–', '– второй'],
    ]);
  });
});

describe('tables', () => {
  test('provenance: block, table, row and cell, 1-based; several tables with text between them', async () => {
    const { doc } = await read({
      body:
        para('Приложение 1') +
        table([row([cell('a'), cell('b')]), row([cell('c'), cell('d')])]) +
        para('Приложение 2') +
        para('') +
        table([row([cell('e')])]) +
        para('конец'),
    });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table', 'paragraph']);
    const [t1, t2] = tables(doc.blocks);
    expect(t1?.source).toEqual({ file: 'order.docx', block: 2, table: 1 });
    expect(t1?.rows[1]?.source).toEqual({ file: 'order.docx', block: 2, table: 1, row: 2 });
    expect(t1?.rows[1]?.cells[1]?.source).toEqual({ file: 'order.docx', block: 2, table: 1, row: 2, cell: 2 });
    expect(t2?.source).toEqual({ file: 'order.docx', block: 5, table: 2 });
    expect(paragraphs(doc.blocks).map((p) => [p.text, p.source.block])).toEqual([
      ['Приложение 1', 1],
      ['Приложение 2', 3],
      ['конец', 6],
    ]);
  });

  test('a section title merged across all columns is one cell with colSpan', async () => {
    const { doc } = await read({
      body: table([
        row([cell('№'), cell('Мероприятие'), cell('Срок'), cell('Ответственный')]),
        row([cell('1. Организационно-управленческие мероприятия', { span: 4 })]),
        row([cell('1.1.'), cell('Создать рабочую группу'), cell('январь 2021'), cell('Иванов И.И.')]),
      ]),
    });
    const t = onlyTable(doc);
    expect(t.rows[1]?.cells).toHaveLength(1);
    expect(t.rows[1]?.cells[0]).toMatchObject({ text: '1. Организационно-управленческие мероприятия', colSpan: 4, rowSpan: 1 });
    expect(texts(t.rows[2])).toEqual(['1.1.', 'Создать рабочую группу', 'январь 2021', 'Иванов И.И.']);
  });

  test('a deadline and a responsible merged down over rows apply to each row they cover', async () => {
    const { doc } = await read({
      body: table([
        row([cell('1'), cell('Провести совещание'), cell('в течение года', { vMerge: 'restart' }), cell('Петров П.П.', { vMerge: 'restart' })]),
        row([cell('2'), cell('Провести мониторинг'), cell('', { vMerge: 'continue' }), cell('', { vMerge: 'continue' })]),
        row([cell('3'), cell('Подготовить отчёт'), cell('', { vMerge: 'continue' }), cell('Сидоров С.С.')]),
        row([cell('4'), cell('Итоги'), cell('декабрь'), cell('Сидоров С.С.')]),
      ]),
    });
    const t = onlyTable(doc);
    expect(t.rows.map(texts)).toEqual([
      ['1', 'Провести совещание', 'в течение года', 'Петров П.П.'],
      ['2', 'Провести мониторинг', 'в течение года', 'Петров П.П.'],
      ['3', 'Подготовить отчёт', 'в течение года', 'Сидоров С.С.'],
      ['4', 'Итоги', 'декабрь', 'Сидоров С.С.'],
    ]);
    expect(t.rows[0]?.cells[2]).toMatchObject({ rowSpan: 3 });
    expect(t.rows[0]?.cells[2]?.mergedFromAbove).toBeUndefined();
    expect(t.rows[2]?.cells[2]).toMatchObject({ mergedFromAbove: true, rowSpan: 1, source: { row: 3, cell: 3 } });
    expect(t.rows[1]?.cells[3]).toMatchObject({ mergedFromAbove: true, source: { row: 2, cell: 4 } });
    expect(t.rows[2]?.cells[3]?.mergedFromAbove).toBeUndefined();
  });

  test('a merged cell in the first column is repeated before the row\'s own cells', async () => {
    const { doc } = await read({
      body: table([
        row([cell('Раздел', { vMerge: 'restart' }), cell('a'), cell('b')]),
        row([cell('', { vMerge: 'continue' }), cell('c'), cell('d')]),
      ]),
    });
    expect(onlyTable(doc).rows.map(texts)).toEqual([
      ['Раздел', 'a', 'b'],
      ['Раздел', 'c', 'd'],
    ]);
  });

  test('header rows repeated on each page are marked; a header split over two rows ("Срок" over начало | окончание)', async () => {
    const { doc } = await read({
      body: table([
        row([cell('№', { vMerge: 'restart' }), cell('Мероприятие', { vMerge: 'restart' }), cell('Срок', { span: 2 })], { header: true }),
        row([cell('', { vMerge: 'continue' }), cell('', { vMerge: 'continue' }), cell('начало'), cell('окончание')], { header: true }),
        row([cell('1'), cell('Совещание'), cell('01.01.2021'), cell('31.12.2021')]),
      ]),
    });
    const t = onlyTable(doc);
    expect(t.rows.map((r) => !!r.header)).toEqual([true, true, false]);
    expect(t.rows[0]?.cells.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['№', 1, 2],
      ['Мероприятие', 1, 2],
      ['Срок', 2, 1],
    ]);
    expect(t.rows[1]?.cells.map((c) => [c.text, !!c.mergedFromAbove])).toEqual([
      ['№', true],
      ['Мероприятие', true],
      ['начало', false],
      ['окончание', false],
    ]);
  });

  test('soft line breaks in a cell are separate cell paragraphs; bold is kept per paragraph', async () => {
    const { doc } = await read({
      body: table([row([cell(para(`${run('Иванов И.И.', { bold: true })}<w:r><w:br/></w:r>${run('заместитель начальника')}`) + para('Петров П.П.'))])]),
    });
    const c = onlyTable(doc).rows[0]?.cells[0];
    expect(c?.paragraphs).toEqual([{ text: 'Иванов И.И.', bold: true }, { text: 'заместитель начальника' }, { text: 'Петров П.П.' }]);
    expect(c?.text).toBe('Иванов И.И.\nзаместитель начальника\nПетров П.П.');
  });

  test('lists inside cells: automatic bullets and numbers, and typed bullets, are list items; a lone numbered paragraph is not', async () => {
    const { doc } = await read({
      numbering:
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
        abstractNum(1, [{ text: '%1)' }]) +
        num(1, 0) +
        num(2, 1),
      body: table([
        row([
          cell(para('Провести:') + para('семинар', { num: [1, 0] }) + para('конференцию', { num: [1, 0] })),
          cell(para('мониторинг', { num: [2, 0] }) + para('анализ', { num: [2, 0] })),
          cell(para('- школы района') + para('• детские сады')),
          cell(para('Организационные мероприятия', { num: [2, 0] })),
        ]),
      ]),
    });
    const cells = onlyTable(doc).rows[0]?.cells ?? [];
    expect(cells[0]?.paragraphs).toEqual([{ text: 'Провести:' }, { text: 'семинар', listItem: true }, { text: 'конференцию', listItem: true }]);
    expect(cells[1]?.paragraphs).toEqual([
      { text: '1) мониторинг', listItem: true },
      { text: '2) анализ', listItem: true },
    ]);
    expect(cells[2]?.paragraphs).toEqual([
      { text: 'школы района', listItem: true },
      { text: 'детские сады', listItem: true },
    ]);
    // A single numbered paragraph is a numbered title, not a list.
    expect(cells[3]?.paragraphs).toEqual([{ text: '3) Организационные мероприятия' }]);
  });

  test('a page break inside a table marks the row after it', async () => {
    const { doc } = await read({
      body: table([row([cell('1'), cell('a')]), row([cell(para('2', { pageBreakBefore: true })), cell('b')]), row([cell('3'), cell('c')])]),
    });
    expect(onlyTable(doc).rows.map((r) => !!r.afterBreak)).toEqual([false, true, false]);
  });

  test('a table nested in a cell is read as that cell\'s paragraphs', async () => {
    const { doc, diagnostics } = await read({
      body: table([row([cell('внешняя'), cell(table([row([cell('x'), cell('y')])]) + para(''))])]),
    });
    expect(texts(onlyTable(doc).rows[0])).toEqual(['внешняя', 'x\ny']);
    expect(diagnostics).toEqual(['docx/nested-table']);
  });
});

describe('footnotes and mammoth messages', () => {
  test('footnote references leave the text; the notes follow the document', async () => {
    const { doc, diagnostics } = await read({
      footnotes:
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
        '<w:footnote w:id="1"><w:p><w:r><w:t>Указывается параметр «численность»</w:t></w:r></w:p></w:footnote>',
      body: table([row([cell(para(`${run('Итоги ЕГЭ')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`))])]) + para('текст'),
    });
    expect(diagnostics).toEqual([]);
    expect(onlyTable(doc).rows[0]?.cells[0]?.text).toBe('Итоги ЕГЭ');
    expect(paragraphs(doc.blocks).map((p) => [p.text, !!p.gapBefore])).toEqual([
      ['текст', false],
      ['[1] Указывается параметр «численность»', true],
    ]);
  });

  test('unknown styles are not reported; content mammoth cannot read is', async () => {
    const { diagnostics: styleOnly } = await read({
      styles: '<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Мой стиль"/></w:style>',
      body: para('a', { style: 'Custom' }) + para('b', { style: 'Undefined' }),
    });
    expect(styleOnly).toEqual([]);
    const { diagnostics } = await read({ body: para(`<w:r><w:t>a</w:t></w:r><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x</m:t></m:r></m:oMath>`) });
    expect(diagnostics).toEqual(['docx/unread-content']);
  });
});
