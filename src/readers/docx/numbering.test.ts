import { describe, expect, test } from 'vitest';
import { bulletGlyph, formatNumber, NumberingCounter, readNumbering } from './numbering.js';
import { emptyStyles, readStyles } from './styles.js';
import { abstractNum, num } from './test-support.js';
import { parseXml } from './xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const defs = (xml: string) => readNumbering(parseXml(`<w:numbering ${W}>${xml}</w:numbering>`).root);

function labels(counter: NumberingCounter, seq: [numId: string, ilvl: number][]): (string | null)[] {
  return seq.map(([n, l]) => counter.next(n, l)?.label ?? null);
}

describe('number formats', () => {
  test.each([
    [1, 'decimal', '1'],
    [7, 'decimalZero', '07'],
    [14, 'decimalZero', '14'],
    [4, 'upperRoman', 'IV'],
    [1999, 'upperRoman', 'MCMXCIX'],
    [9, 'lowerRoman', 'ix'],
    [3, 'upperLetter', 'C'],
    [28, 'lowerLetter', 'bb'],
    [1, 'russianLower', 'а'],
    [9, 'russianLower', 'и'],
    [10, 'russianLower', 'к'],
    [3, 'russianUpper', 'В'],
    [5, 'ordinal', '5'],
    [5, 'none', ''],
  ])('%i as %s → %s', (n, fmt, out) => {
    expect(formatNumber(n, fmt)).toBe(out);
  });
});

describe('counting', () => {
  const plan = defs(abstractNum(0, [{ text: '%1.' }, { text: '%1.%2.' }, { text: '%1.%2.%3.' }]) + num(1, 0) + num(2, 0));

  test('deeper levels restart under a new parent; lists sharing an abstract definition continue', () => {
    const c = new NumberingCounter(plan, emptyStyles);
    expect(labels(c, [['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 0], ['1', 1], ['2', 0], ['2', 1]])).toEqual([
      '1.', '1.1.', '1.2.', '1.2.1.', '2.', '2.1.', '3.', '3.1.',
    ]);
  });

  test('a level used before its parent shows the parent at its start value', () => {
    const c = new NumberingCounter(plan, emptyStyles);
    expect(labels(c, [['1', 1], ['1', 1], ['1', 0], ['1', 1]])).toEqual(['1.1.', '1.2.', '1.', '1.1.']);
  });

  test('w:lvlRestart 0 never restarts; start values other than 1', () => {
    const d = defs(abstractNum(0, [{ text: '%1.' }, { text: '(%2)', restart: 0, start: 5 }]) + num(1, 0));
    const c = new NumberingCounter(d, emptyStyles);
    expect(labels(c, [['1', 1], ['1', 0], ['1', 1], ['1', 0], ['1', 1]])).toEqual(['(5)', '1.', '(6)', '2.', '(7)']);
  });

  test('startOverride restarts where the w:num is first used', () => {
    const d = defs(abstractNum(0, [{ text: '%1.' }]) + num(1, 0) + num(2, 0, { 0: 1 }));
    const c = new NumberingCounter(d, emptyStyles);
    expect(labels(c, [['1', 0], ['1', 0], ['2', 0], ['2', 0], ['1', 0]])).toEqual(['1.', '2.', '1.', '2.', '3.']);
  });

  test('legal numbering shows every level in digits', () => {
    const d = defs(abstractNum(0, [{ text: 'Раздел %1.', fmt: 'upperRoman' }, { text: '%1.%2.', isLgl: true }]) + num(1, 0));
    const c = new NumberingCounter(d, emptyStyles);
    expect(labels(c, [['1', 0], ['1', 1], ['1', 0], ['1', 1]])).toEqual(['Раздел I.', '1.1.', 'Раздел II.', '2.1.']);
  });

  test('numId 0, unknown lists and undefined levels show no label', () => {
    const c = new NumberingCounter(plan, emptyStyles);
    expect(labels(c, [['0', 0], ['9', 0], ['1', 5]])).toEqual([null, null, null]);
  });

  test('a list linked through a numbering style (numStyleLink) counts with its target', () => {
    const d = defs(
      abstractNum(0, [{ text: '%1)' }]) +
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>' +
        num(1, 0) +
        num(2, 1),
    );
    const styles = readStyles(
      parseXml(
        `<w:styles ${W}><w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
      ).root,
    );
    const c = new NumberingCounter(d, styles);
    expect(labels(c, [['2', 0], ['1', 0], ['2', 0]])).toEqual(['1)', '2)', '3)']);
  });
});

describe('bullets', () => {
  test('symbol-font and private-use glyphs read as "•"; ordinary characters stay', () => {
    expect(bulletGlyph({ start: 1, numFmt: 'bullet', lvlText: '\uF0B7', isLgl: false })).toBe('•');
    expect(bulletGlyph({ start: 1, numFmt: 'bullet', lvlText: '§', isLgl: false, font: 'Wingdings' })).toBe('•');
    expect(bulletGlyph({ start: 1, numFmt: 'bullet', lvlText: '–', isLgl: false })).toBe('–');
    expect(bulletGlyph({ start: 1, numFmt: 'bullet', lvlText: 'o', isLgl: false, font: 'Courier New' })).toBe('o');
  });
});
