import { describe, expect, it } from 'vitest';
import { markupToParagraphs, splitListText } from './markup.js';

describe('markup leftovers in extracted text', () => {
  it.each([
    ['plain text', 'Анализ итогов', [{ text: 'Анализ итогов' }]],
    ['<p> paragraphs', '<p>первый</p> <p>второй</p>', [{ text: 'первый' }, { text: 'второй' }]],
    ['<i> whole paragraph', '<i>1.1 Действия</i>', [{ text: '1.1 Действия', italic: true }]],
    ['centered <p>', '<p align="center">Раздел</p>', [{ text: 'Раздел' }]],
    [
      '<ul> with bullets and no <li>',
      'Вводный текст <ul style="list-style-type: none"> • первое • второе (далее – ПРШ) • третье',
      [{ text: 'Вводный текст' }, { text: 'первое', listItem: true }, { text: 'второе (далее – ПРШ)', listItem: true }, { text: 'третье', listItem: true }],
    ],
    [
      '<ul> with dashes keeps dashes inside entries',
      '<ul> - учитель - ученик, - школа',
      [{ text: 'учитель', listItem: true }, { text: 'ученик,', listItem: true }, { text: 'школа', listItem: true }],
    ],
    ['<br> breaks', 'a<br>b', [{ text: 'a' }, { text: 'b' }]],
    ['bookmarks vanish', '[bookmark: OLE_LINK20][bookmark: X]Работа с персоналом', [{ text: 'Работа с персоналом' }]],
    ['footnotes go inline', 'Р/Я[footnoteRef:2] [2:  Русский язык] ', [{ text: 'Р/Я (Русский язык)' }]],
    ['a dash line is a list entry', '-о ходе подготовки к ГИА-2021;', [{ text: 'о ходе подготовки к ГИА-2021;', listItem: true }]],
    [
      'an inline list after a colon',
      'по вопросам: - анализа программы; - анализа контроля; - анализ квалификации',
      [{ text: 'по вопросам:' }, { text: 'анализа программы', listItem: true }, { text: 'анализа контроля', listItem: true }, { text: 'анализ квалификации', listItem: true }],
    ],
    ['one dash after a colon is no list', 'итог: - один пункт', [{ text: 'итог: - один пункт' }]],
    ['entities decode', 'A &amp; B', [{ text: 'A & B' }]],
  ])('%s', (_name, input, expected) => {
    expect(markupToParagraphs(input)).toEqual(expected);
  });

  it('keeps the text of absurdly deep markup without recursing into it', () => {
    const deep = `${'<div>'.repeat(50_000)}текст${'</div>'.repeat(50_000)}`;
    expect(markupToParagraphs(deep)).toEqual([{ text: 'текст' }]);
  });

  it('splits an ordered list on its numbers', () => {
    expect(splitListText(' 1. Элементы школы. 2. Среда как условие 3. Итог', true)).toEqual(['1. Элементы школы.', '2. Среда как условие', '3. Итог']);
  });
});
