import { describe, expect, it } from 'vitest';
import { estimateSkew } from './skew.js';
import { eraseRules, findRules, gridRules } from './rules.js';
import { parsePgm, rotate, turn, writePgm, type Gray } from './image.js';
import { toRunsAndRules } from './runs.js';
import { parseOsd, parseTsv, type OcrWord } from './tsv.js';
import { pageList } from './index.js';
import { missedInk, placeBack, strip } from './missed.js';

/** The pure parts of OCR, on made-up images and tesseract output: no engine needed. */

function blank(width: number, height: number): Gray {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}
function fill(img: Gray, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) img.data[y * img.width + x] = 0;
}
/** A ruled table of 3 × 2 cells with "text" (short dark blocks like words) in each cell. */
function table(): Gray {
  const img = blank(1200, 800);
  for (const y of [100, 300, 500, 700]) fill(img, 100, y, 1102, y + 3);
  for (const x of [100, 400, 1100]) fill(img, x, 100, x + 3, 702);
  for (const y of [150, 350, 550]) for (const x of [130, 200, 430, 560, 700]) fill(img, x, y, x + 50, y + 30);
  return img;
}

describe('tesseract output', () => {
  it('TSV: words with boxes, confidences and line ids; blank and non-word rows left out', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t100\t200\t500\t40\t-1\t',
      '5\t1\t1\t1\t1\t1\t100\t200\t220\t40\t96.5\tПриказ',
      '5\t1\t1\t1\t1\t2\t340\t205\t30\t35\t31.2\t№',
      '5\t1\t2\t1\t1\t1\t170\t237\t14\t3002\t95\t ',
    ].join('\n');
    expect(parseTsv(tsv)).toEqual({
      words: [
        { block: 1, par: 1, line: 1, left: 100, top: 200, width: 220, height: 40, conf: 96.5, text: 'Приказ' },
        { block: 1, par: 1, line: 1, left: 340, top: 205, width: 30, height: 35, conf: 31.2, text: '№' },
      ],
      bad: 0,
    });
    expect(parseTsv('not a tsv\nat all').words).toEqual([]);
  });

  it('OSD: the turn that makes the page upright', () => {
    expect(parseOsd('Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 30.53\nScript: Cyrillic\n')).toEqual({ rotate: 270, confidence: 30.53 });
    expect(parseOsd('Too few characters. Skipping this page\n')).toBeNull();
  });
});

describe('page images', () => {
  it('PGM round trip; a quarter turn clockwise moves the top left corner to the top right', () => {
    const img = blank(3, 2);
    img.data[0] = 0;
    expect(parsePgm(writePgm(img))).toEqual(img);
    const t = turn(img, 1);
    expect([t.width, t.height]).toEqual([2, 3]);
    expect(t.data[1]).toBe(0);
    expect(turn(turn(img, 3), 1)).toEqual(img);
  });

  it('the skew of a page of lines turned by 1.5°, and no skew for a straight one', () => {
    const img = table();
    expect(estimateSkew(img).skew).toBe(0);
    const turned = rotate(img, 1.5);
    expect(estimateSkew(turned).skew).toBeCloseTo(1.5, 1);
    expect(estimateSkew(turned).sideways).toBe(false);
    // lines of words: in rows upright, in columns when the page lies on its side
    const text = blank(1200, 1600);
    for (let y = 100; y < 1500; y += 60) for (let x = 100; x < 1050; x += 90 + (y % 7) * 5) fill(text, x, y, x + 70, y + 30);
    expect(estimateSkew(text).sideways).toBe(false);
    expect(estimateSkew(turn(text, 1)).sideways).toBe(true);
  });
});

describe('ruling lines in the image', () => {
  it('finds the borders of a table, not its words; erasing them leaves the words', () => {
    const img = table();
    const rules = findRules(img, 60);
    expect(rules.filter((r) => r.dir === 'h').map((r) => Math.round(r.at))).toEqual([101, 301, 501, 701]);
    expect(rules.filter((r) => r.dir === 'v').map((r) => Math.round(r.at)).sort((a, b) => a - b)).toEqual([101, 401, 1101]);
    expect(gridRules(rules)).toHaveLength(7);
    const erased = eraseRules(img, gridRules(rules));
    expect(findRules(erased, 60)).toEqual([]);
    expect(erased.data[160 * 1200 + 150]).toBe(0);
  });

  it('a border broken into dashes (a hairline thresholded by a scanner) is one line', () => {
    const dashed = blank(1200, 800);
    for (let x = 100; x < 1100; x += 30) fill(dashed, x, 400, x + 15, 402);
    expect(findRules(dashed, 60).map((r) => [r.dir, Math.round(r.at), r.from, r.to])).toEqual([['h', 401, 100, 1104]]);
  });
});

describe('OCR words → runs and rules', () => {
  const w = (text: string, left: number, top: number, width: number, height: number, conf = 95, line = 1): OcrWord => ({ block: 1, par: 1, line, left, top, width, height, conf, text });

  it('words of one line share its baseline and size; points from pixels', () => {
    const { runs } = toRunsAndRules([w('Срок', 100, 100, 120, 40), w('на', 240, 110, 60, 30)], [], 0.24);
    expect(runs.map((r) => r.text)).toEqual(['Срок', 'на']);
    expect(runs[0]!.baseline).toBe(runs[1]!.baseline);
    expect(runs[0]!.size).toBe(runs[1]!.size);
    expect(runs[0]!.x0).toBeCloseTo(24);
    expect(runs[1]!.confidence).toBe(95);
  });

  it('"|" and "_" read from ruling lines are lines, not text; a bar stuck to a word is dropped', () => {
    const { runs, rules } = toRunsAndRules([w('|', 300, 100, 6, 50), w('|Срок', 320, 100, 130, 40), w('____', 100, 200, 200, 10), w('ООО', 259, 236, 692, 3)], [], 1);
    expect(runs.map((r) => r.text)).toEqual(['Срок']);
    expect(rules.map((r) => r.dir)).toEqual(['v', 'h']);
  });

  it('a narrow "I" or "1" standing on a line found in the image is that line; elsewhere it is text', () => {
    const line = { dir: 'v' as const, at: 303, from: 0, to: 600, thick: 3 };
    expect(toRunsAndRules([w('I', 298, 100, 8, 40)], [line], 1).runs).toEqual([]);
    expect(toRunsAndRules([w('I', 500, 100, 8, 40)], [line], 1).runs.map((r) => r.text)).toEqual(['I']);
  });
});

it('page lists', () => {
  expect(pageList([3])).toBe('page 3');
  expect(pageList([5, 1, 2, 3])).toBe('pages 1–3, 5');
});

describe('ink tesseract passed over', () => {
  it('a lone character outside every word box is found, cut onto a strip and its word put back in place', () => {
    const img = blank(1200, 800);
    fill(img, 100, 100, 400, 140); // a word tesseract read
    fill(img, 100, 300, 125, 340); // a lone "5" it did not
    fill(img, 600, 600, 602, 602); // a speck
    const words: OcrWord[] = [{ block: 1, par: 1, line: 1, left: 100, top: 100, width: 300, height: 40, conf: 96, text: 'Мероприятие' }];
    const boxes = missedInk(img, words);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.left).toBeLessThanOrEqual(100);
    expect(boxes[0]!.bottom).toBeGreaterThanOrEqual(340);
    const { image, at } = strip(img, boxes);
    expect(image.width).toBeGreaterThan(boxes[0]!.right - boxes[0]!.left);
    const read: OcrWord = { block: 1, par: 1, line: 1, left: at[0]!.x + 4, top: at[0]!.y + 4, width: 20, height: 36, conf: 95, text: '5' };
    const [back] = placeBack([read], at);
    expect(back).toMatchObject({ text: '5', left: boxes[0]!.left + 4, top: boxes[0]!.top + 4 });
  });
});
