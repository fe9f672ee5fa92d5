import { describe, expect, it } from 'vitest';
import { readOperators } from './extract.js';
import { findFurniture } from './furniture.js';
import type { Rule, Run } from './geometry.js';
import { findGrids } from './grid.js';
import { makeLine, type Line } from './lines.js';
import { paragraphText, splitParagraphs } from './paragraphs.js';
import { pdfjs } from './pdfjs.js';
import { brokenWord, vocabularyOf } from './words.js';

/** Pieces built by hand: the geometry rules without a PDF around them. */

const run = (text: string, x0: number, baseline: number, opts: Partial<Run> = {}): Run => {
  const size = opts.size ?? 12;
  const width = opts.x1 !== undefined ? opts.x1 - x0 : text.length * 0.5 * size;
  return { text, x0, x1: x0 + width, top: baseline - 0.9 * size, bottom: baseline + 0.2 * size, baseline, size, bold: false, italic: false, ...opts };
};
const line = (text: string, x0: number, baseline: number, opts: Partial<Run> = {}, page = 1): Line => makeLine([run(text, x0, baseline, opts)], page);
const h = (at: number, from: number, to: number): Rule => ({ dir: 'h', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ dir: 'v', at, from, to });

describe('ruling lines → grids', () => {
  it('a 3×2 grid whose first row has no inner line is one cell over both columns', () => {
    const rules = [h(100, 50, 250), h(120, 50, 250), h(140, 50, 250), h(160, 50, 250), v(50, 100, 160), v(250, 100, 160), v(150, 120, 160)];
    const [grid] = findGrids(rules);
    expect(grid!.xs).toEqual([50, 150, 250]);
    expect(grid!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 2],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
    ]);
  });

  it('a cell with no line under it runs down over the next row; pieces of one line and double lines are one line', () => {
    const rules = [h(100, 50, 150), h(100, 150, 250), h(101.5, 50, 250), h(120, 150, 250), h(140, 50, 250), v(50, 100, 140), v(150, 100, 140), v(250, 100, 140)];
    const [grid] = findGrids(rules);
    expect(grid!.ys).toHaveLength(3);
    expect(grid!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('a frame left open at the foot of a page (its outer border is not drawn where the page cuts it) is closed where its sides end', () => {
    const [grid] = findGrids([h(100, 50, 250), v(50, 100, 700), v(250, 100, 700)]);
    expect(grid).toMatchObject({ ys: [100, 700], xs: [50, 250], top: 100, bottom: 700 });
  });

  it('a column border drawn a few points off from row to row is one edge; a narrow column every row draws both sides of stays', () => {
    // four columns; rows 1 and 3 draw the third column's left border at 150, row 2 at 156: no row draws both
    const across = [100, 120, 140, 160].map((y) => h(y, 50, 350));
    const sides = [50, 100, 250, 350].map((x) => v(x, 100, 160));
    const off = [...across, ...sides, v(150, 100, 120), v(156, 120, 140), v(150, 140, 160)];
    const [grid, ...more] = findGrids(off, 8);
    expect(more).toEqual([]);
    expect(grid!.xs).toEqual([50, 100, 150, 250, 350]);
    expect(grid!.cells).toHaveLength(12);
    // a real column 6 points wide: both sides drawn in every row
    const narrow = [h(100, 50, 250), h(120, 50, 250), v(50, 100, 120), v(250, 100, 120), v(150, 100, 120), v(156, 100, 120)];
    expect(findGrids(narrow, 8)[0]!.xs).toEqual([50, 150, 156, 250]);
  });

  it('lines that do not close a box (an underline, a signature line) make no table', () => {
    expect(findGrids([h(100, 50, 250), h(300, 50, 250), v(400, 10, 20)])).toEqual([]);
  });

  it('from the operator list: strokes and thin filled rectangles are rules, white ones and curves are not, transforms apply', () => {
    const { OPS } = pdfjs;
    const path = (...xs: number[]): Float32Array => new Float32Array(xs);
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.setFillRGBColor, OPS.constructPath, OPS.constructPath, OPS.paintImageXObject];
    const args = [
      null,
      [1, 0, 0, 1, 10, 0], // shift right by 10
      [OPS.stroke, [path(0, 0, 700, 1, 100, 700)], null], // a stroked horizontal line at y=700
      null,
      [OPS.fill, [path(0, 50, 600, 1, 50.5, 600, 1, 50.5, 700, 1, 50, 700, 3)], null], // a thin filled rectangle: a vertical rule
      ['#ffffff'],
      [OPS.fill, [path(0, 60, 600, 1, 60.5, 600, 1, 60.5, 700, 1, 60, 700, 3)], null], // white: not a rule
      [OPS.stroke, [path(0, 0, 500, 2, 10, 510, 20, 510, 30, 500)], null], // a curve
      ['img', 10, 10],
    ];
    const { rules, images } = readOperators(fn, args, [1, 0, 0, -1, 0, 800]);
    expect(rules).toEqual([
      { dir: 'h', at: 100, from: 10, to: 110 },
      { dir: 'v', at: 50.25, from: 100, to: 200 },
    ]);
    expect(images).toBe(1);
  });
});

describe('lines → paragraphs', () => {
  const frame = { left: 50, right: 350 };
  const gaps = { paragraph: 5, empty: 12 };

  it('a line ends its paragraph when the next line\'s first word would have fit after it', () => {
    const lines = [
      line('Первая строка длинного абзаца, которая дошла до', 50, 100, { x1: 349 }),
      line('края, и её конец.', 50, 114),
      line('Новый абзац.', 50, 128),
    ];
    const paras = splitParagraphs(lines, frame, gaps);
    expect(paras.map((p) => paragraphText(p.lines))).toEqual(['Первая строка длинного абзаца, которая дошла до края, и её конец.', 'Новый абзац.']);
  });

  it('an empty line between lines is a gap before the paragraph', () => {
    const paras = splitParagraphs([line('Первый.', 50, 100), line('Второй.', 50, 128)], frame, gaps);
    expect(paras.map((p) => [paragraphText(p.lines), p.gapBefore])).toEqual([
      ['Первый.', false],
      ['Второй.', true],
    ]);
  });

  it('lines centered on one axis in a cell are one paragraph, though the frame is wider than the text (no "indented first line")', () => {
    // a cell from 112 to 308 whose text is centered on 210; the last line is narrower and so further right
    const cell = { left: 117, right: 303 };
    const lines = [
      line('Разработка и утверждение', 126, 100, { x1: 294 }),
      line('муниципальной программы', 120, 114, { x1: 300 }),
      line('развития дополнительного', 124, 128, { x1: 296 }),
      line('образования детей', 151, 142, { x1: 269 }),
    ];
    const paras = splitParagraphs(lines, cell, gaps);
    expect(paras.map((p) => paragraphText(p.lines))).toEqual(['Разработка и утверждение муниципальной программы развития дополнительного образования детей']);
  });

  it('a list entry starts at its bullet and its wrapped lines hang under its text', () => {
    const first = makeLine([run('•', 50, 100, { x1: 55 }), run('первый пункт списка, который переносится на', 64, 100, { x1: 349 })], 1);
    const lines = [first, line('вторую строку;', 64, 114), makeLine([run('•', 50, 128, { x1: 55 }), run('второй пункт.', 64, 128)], 1)];
    const paras = splitParagraphs(lines, frame, gaps);
    expect(paras.map((p) => paragraphText(p.lines))).toEqual(['• первый пункт списка, который переносится на вторую строку;', '• второй пункт.']);
  });

  it('a word broken at a hyphen stays whole with it; a number broken at its dot is mended', () => {
    expect(paragraphText([line('семинаров-', 50, 100), line('практикумов', 50, 114)])).toBe('семинаров-практикумов');
    expect(paragraphText([line('3.1.', 50, 100), line('2.', 50, 114)])).toBe('3.1.2.');
    expect(paragraphText([line('ЕГЭ -', 50, 100), line('2021', 50, 114)])).toBe('ЕГЭ -2021');
    expect(paragraphText([line('управления -', 50, 100), line('комплекс', 50, 114)])).toBe('управления - комплекс');
  });
});

describe('words broken for lack of room in a narrow cell', () => {
  const frame = { left: 100, right: 160 };
  const vocabulary = vocabularyOf([{ lines: [line('мероприятия по результативности и работе с родителями', 10, 500)], frame: { left: 0, right: 1000 } }]);
  const full = (text: string): Line => line(text, 100, 100, { x1: 159 });

  it('are mended when the joined word is the document\'s, or the rest is an ending or a short piece', () => {
    expect(brokenWord(full('результативност'), line('и', 100, 114), frame, vocabulary, true)).toBe(true);
    expect(brokenWord(full('Организацион'), line('ные мероприятия', 100, 114), frame, vocabulary, false)).toBe(true);
    expect(brokenWord(full('Сентя'), line('брь – октябрь', 100, 114), frame, vocabulary, false)).toBe(true);
  });

  it('are not mended when the line does not fill the cell, when the next line is a word of the document, or starts a sentence', () => {
    expect(brokenWord(line('Организацион', 100, 100, { x1: 140 }), line('ные', 100, 114), frame, vocabulary, false)).toBe(false);
    expect(brokenWord(full('Ответственные'), line('мероприятия', 100, 114), frame, vocabulary, false)).toBe(false);
    expect(brokenWord(full('Работа'), line('с родителями', 100, 114), frame, vocabulary, false)).toBe(false);
    expect(brokenWord(full('Итоги'), line('Анализ', 100, 114), frame, vocabulary, false)).toBe(false);
  });
});

describe('page headers, footers and numbers', () => {
  const page = (n: number, lines: Line[]) => ({ page: n, height: 800, lines, tableTop: Infinity, tableBottom: -Infinity });

  it('a line repeated at the top of most pages and a page number at the bottom are dropped; an appendix heading is not', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [
        line('Западное управление — служебная копия', 200, 40, {}, n),
        line(n === 3 ? 'Приложение № 2' : `Пункт ${n * 3 + 1} плана`, 50, 80, {}, n),
        line('Обычный текст', 50, 400, {}, n),
        line(`- ${n} -`, 290, 780, {}, n),
      ]),
    );
    const drop = findFurniture(pages);
    expect([...drop].map((l) => l.text).sort()).toEqual(['- 1 -', '- 2 -', '- 3 -', '- 4 -', ...Array(4).fill('Западное управление — служебная копия')].sort());
  });

  it('an appendix heading that opens several pages where other pages begin their text is kept', () => {
    // pages 1–2: the order, its text from y 57; pages 3–5: "Приложение N / к приказу … / от …" at the same height
    const order = [1, 2].map((n) => page(n, [line(`Текст приказа, страница ${n}`, 50, 70, {}, n), line('Обычный текст', 50, 400, {}, n)]));
    const appendices = [3, 4, 5].map((n) =>
      page(n, [
        line(`Приложение ${n - 2}`, 400, 70, {}, n),
        line('к приказу департамента образования', 400, 86, {}, n),
        line('от 05.09.2025 № 01-07/418', 400, 102, {}, n),
        line('Обычный текст', 50, 400, {}, n),
      ]),
    );
    expect([...findFurniture([...order, ...appendices])].map((l) => l.text)).toEqual([]);
  });

  it('"стр. 3 из 12" follows the page; a number that does not is kept', () => {
    const pages = [1, 2, 3].map((n) => page(n, [line(`стр. ${n} из 3`, 280, 780, {}, n), line(`Итого ${n * 7}`, 50, 770, {}, n)]));
    const kept = pages.flatMap((p) => p.lines).filter((l) => !findFurniture(pages).has(l));
    expect(kept.map((l) => l.text)).toEqual(['Итого 7', 'Итого 14', 'Итого 21']);
  });
});
