import { describe, expect, test } from 'vitest';
import type { Block, Paragraph, ParsedDocument, Table } from '../../document/types.js';
import { readDocx } from './index.js';
import { abstractNum, buildDocx, cell, num, para, row, run, table, type DocxSpec } from './test-support.js';

/**
 * What the body reader shows of the WordprocessingML elements read-docx.test.ts does not
 * build: fields, content controls, tracked changes, text boxes, symbols, pictures, notes
 * at the end. The expected values are what the reader gave when mammoth read the XML.
 */

async function read(spec: DocxSpec): Promise<{ doc: ParsedDocument; diagnostics: string[] }> {
  const r = await readDocx(buildDocx(spec), 'order.docx');
  if (!r.value) throw new Error(`not read: ${JSON.stringify(r.diagnostics)}`);
  return { doc: r.value, diagnostics: r.diagnostics.map((d) => d.code) };
}

const paragraphs = (blocks: Block[]): Paragraph[] => blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const texts = async (spec: DocxSpec): Promise<string[]> => paragraphs((await read(spec)).doc.blocks).map((p) => `${p.gapBefore ? '|' : ''}${p.text}`);
const onlyTable = (doc: ParsedDocument): Table => {
  const t = doc.blocks.find((b): b is Table => b.kind === 'table');
  if (!t) throw new Error('no table');
  return t;
};

const VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const textBox = (inner: string): string => `<w:pict><v:shape ${VML}><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict>`;

describe('fields', () => {
  test('a complex field shows its result; the instruction is dropped', async () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>01.12.2020</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    expect(await texts({ body: para(`${run('от ')}${field}${run(' № 607')}`) })).toEqual(['от 01.12.2020 № 607']);
  });

  test('a hyperlink field to a note anchor is not text; another hyperlink is', async () => {
    const link = (target: string, text: string): string =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK ${target} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(text)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(await texts({ body: para(`${run('сайт ')}${link('"http://example.org"', 'example.org')}${link('\\l "footnote-3"', '[3]')}`) })).toEqual([
      'сайт example.org',
    ]);
  });

  test('a hyperlink element shows its runs', async () => {
    expect(await texts({ body: para(`${run('см. ')}<w:hyperlink w:anchor="_Toc1">${run('раздел 2')}</w:hyperlink>`) })).toEqual(['см. раздел 2']);
  });
});

describe('content controls, smart tags, custom XML', () => {
  test('their content is read as if they were not there, inline and around paragraphs', async () => {
    const { doc } = await read({
      body:
        para(`<w:sdt><w:sdtPr><w:alias w:val="Дата"/></w:sdtPr><w:sdtContent>${run('01.12.2020')}</w:sdtContent></w:sdt>${run(' г.')}`) +
        `<w:sdt><w:sdtPr/><w:sdtContent>${para('в блоке')}</w:sdtContent></w:sdt>` +
        para(`<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">${run('Иванов И.И.')}</w:smartTag>`) +
        `<w:customXml w:element="item">${para('в разметке')}</w:customXml>`,
    });
    expect(paragraphs(doc.blocks).map((p) => [p.text, p.source.block])).toEqual([
      ['01.12.2020 г.', 1],
      ['в блоке', 2],
      ['Иванов И.И.', 3],
      ['в разметке', 4],
    ]);
  });

  test('a check box shows no text in place of its first character', async () => {
    const box = `<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${run('☒')}</w:sdtContent></w:sdt>`;
    expect(await texts({ body: para(`${box}${run(' согласовано')}`) })).toEqual(['согласовано']);
  });
});

describe('tracked changes', () => {
  test('insertions and moves-to are shown; deletions and moves-from are not', async () => {
    const body = para(
      `${run('Срок: ')}<w:del w:id="1" w:author="a"><w:r><w:delText>2020</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${run('2021')}</w:ins>` +
        `<w:moveFrom w:id="3" w:author="a">${run(' (старое место)')}</w:moveFrom><w:moveTo w:id="4" w:author="a">${run(' год')}</w:moveTo>`,
    );
    const { doc, diagnostics } = await read({ body });
    expect(paragraphs(doc.blocks).map((p) => p.text)).toEqual(['Срок: 2021 год']);
    expect(diagnostics).toEqual([]);
  });

  test('a paragraph whose mark is deleted runs on into the next one', async () => {
    const joined = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>${run('Утвердить ')}</w:p>${para('дорожную карту')}${para('далее')}`;
    expect(await texts({ body: joined })).toEqual(['Утвердить дорожную карту', 'далее']);
  });

  test('a table row marked deleted is dropped', async () => {
    const deleted = `<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${cell('удалено')}${cell('x')}</w:tr>`;
    const { doc } = await read({ body: table([row([cell('a'), cell('b')]), deleted, row([cell('c'), cell('d')])]) });
    expect(onlyTable(doc).rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('text boxes and pictures', () => {
  test('the fallback of mc:AlternateContent is read: a text box\'s paragraphs follow the one it is anchored in', async () => {
    const anchored = `<mc:AlternateContent ${VML}><mc:Choice Requires="wps">${run('не видно')}</mc:Choice><mc:Fallback>${textBox(para('УТВЕРЖДЕН приказом'))}</mc:Fallback></mc:AlternateContent>`;
    const { doc } = await read({ body: para(`${run('Приложение')}<w:r>${anchored}</w:r>`) + para('текст') });
    expect(paragraphs(doc.blocks).map((p) => [p.text, p.source.block])).toEqual([
      ['Приложение', 1],
      ['УТВЕРЖДЕН приказом', 1],
      ['текст', 2],
    ]);
  });

  test('pictures are counted, not read; a VML picture stands after its paragraph like an empty one', async () => {
    const drawing =
      '<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';
    const vml = `<w:pict><v:shape ${VML}><v:imagedata r:id="rId1"/></v:shape></w:pict>`;
    // styles: so that the pictures' relationship rId1 exists.
    const { doc, diagnostics } = await read({ styles: '', body: para(`${run('герб')}<w:r>${drawing}</w:r>`) + para(`${run('подпись')}<w:r>${vml}</w:r>`) + para('ФИО') });
    expect(paragraphs(doc.blocks).map((p) => `${p.gapBefore ? '|' : ''}${p.text}`)).toEqual(['герб', 'подпись', '|ФИО']);
    expect(diagnostics).toEqual(['docx/images-ignored']);
  });
});

describe('characters', () => {
  test('symbols, non-breaking and soft hyphens, tabs, line breaks in a cell', async () => {
    const { doc } = await read({
      body:
        para(`<w:r><w:sym w:font="Symbol" w:char="F0B3"/><w:t xml:space="preserve"> 90%</w:t></w:r>`) +
        para(`<w:r><w:t>Кабардино</w:t><w:noBreakHyphen/><w:t>Балкария, ма</w:t><w:softHyphen/><w:t>ссовый</w:t><w:tab/><w:t>учёт</w:t></w:r>`) +
        table([row([cell(para('<w:r><w:t>до 01.06</w:t><w:br/><w:t>до 01.12</w:t></w:r>'))])]),
    });
    expect(paragraphs(doc.blocks).map((p) => p.text)).toEqual(['≥ 90%', 'Кабардино-Балкария, массовый учёт']);
    expect(onlyTable(doc).rows[0]?.cells[0]?.paragraphs).toEqual([{ text: 'до 01.06' }, { text: 'до 01.12' }]);
  });
});

describe('lists', () => {
  const numbering = abstractNum(0, [{ text: '%1.' }, { text: '%1.%2.' }]) + num(1, 0);

  test('a second-level item with no first-level item before it stands after a gap', async () => {
    expect(await texts({ numbering, body: para('Вводный текст') + para('подпункт', { num: [1, 1] }) + para('пункт', { num: [1, 0] }) + para('подпункт', { num: [1, 1] }) })).toEqual([
      'Вводный текст',
      '|1.1. подпункт',
      '1. пункт',
      '1.1. подпункт',
    ]);
  });

  test('a numbered paragraph with a heading style is not a list item, so no gap', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>';
    expect(await texts({ numbering, styles, body: para('Вводный текст') + para('Раздел', { num: [1, 1], style: 'Heading2' }) })).toEqual([
      'Вводный текст',
      '1.1. Раздел',
    ]);
  });
});

describe('notes', () => {
  test('endnotes follow footnotes in the order they are referenced; each reference lists its note', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const { doc } = await read({
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>Сноска</w:t></w:r></w:p><w:p><w:r><w:t>вторая строка</w:t></w:r></w:p></w:footnote>',
      extra: { 'word/endnotes.xml': `<w:endnotes ${W}><w:endnote w:id="1"><w:p><w:r><w:t>Концевая</w:t></w:r></w:p></w:endnote></w:endnotes>` },
      body: para(`${run('текст')}<w:r><w:endnoteReference w:id="1"/></w:r>${run(' и ')}<w:r><w:footnoteReference w:id="1"/></w:r>`),
    });
    expect(paragraphs(doc.blocks).map((p) => p.text)).toEqual(['текст и', '[1] Концевая', '[2] Сноска вторая строка']);
  });
});
