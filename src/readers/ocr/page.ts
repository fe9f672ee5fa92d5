import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PageContent } from '../pdf/geometry.js';
import { run, type Engine } from './engine.js';
import { half, parsePgm, rotate, turn, writePgm, type Gray } from './image.js';
import { clearOfWords, eraseRules, findRules, gridRules, type PixelRule } from './rules.js';
import { LOW_CONFIDENCE, toRunsAndRules } from './runs.js';
import { estimateSkew } from './skew.js';
import { missedInk, placeBack, strip } from './missed.js';
import { parseOsd, parseTsv, type OcrWord } from './tsv.js';

/** Pages are rendered at this resolution: what tesseract is trained for. */
export const DPI = 300;

export interface OcrPage {
  content: PageContent;
  words: number;
  /** Words below LOW_CONFIDENCE. */
  doubtful: number;
  /** Quarter turns clockwise the page needed (a page scanned sideways or upside down). */
  turns: number;
  /** Degrees the page was straightened by. */
  skew: number;
}

/** What the page is in the PDF: its number and size in points, as the reader sees it. */
export interface PageSpec {
  number: number;
  width: number;
  height: number;
}

/**
 * One page through OCR: rendered by pdftoppm, turned upright and straightened here,
 * ruling lines found in the image, words read by tesseract. The rendered image lives in
 * `dir` only while the page is worked on. A failure is a reason, never an exception.
 */
export async function ocrPage(engine: Engine, pdf: string, page: PageSpec, dir: string, timeoutMs: number): Promise<{ page: OcrPage } | { problem: string }> {
  const base = join(dir, `p${page.number}`);
  const image = `${base}.pgm`;
  const rendered = await run(engine.pdftoppm, ['-r', String(DPI), '-gray', '-f', String(page.number), '-l', String(page.number), '-singlefile', pdf, base], { timeoutMs });
  if (rendered.timedOut) return { problem: `rendering took longer than ${timeoutMs / 1000} s` };
  if (rendered.code !== 0) return { problem: `pdftoppm could not render it (${firstLine(rendered.stderr) || `exit ${rendered.code}`})` };
  let img: Gray | null;
  try {
    img = parsePgm(await readFile(image));
  } finally {
    await rm(image, { force: true });
  }
  if (!img) return { problem: 'pdftoppm gave no image' };

  let turns = 0;
  let skew = estimateSkew(img);
  if (skew.sideways) {
    // the ink lines up in columns: the text runs up or down the page
    turns = (await orientation(engine, img, base, timeoutMs)) ?? 0;
  }
  let read = await readUpright(engine, turns ? turn(img, turns) : img, base, timeoutMs, turns ? null : skew.skew);
  if ('problem' in read) return read;
  if (turns === 0 && looksWrong(read.words)) {
    // nothing sensible read: perhaps upside down, or sideways after all
    const t = await orientation(engine, img, base, timeoutMs);
    if (t) {
      const again = await readUpright(engine, turn(img, t), base, timeoutMs, null);
      if (!('problem' in again) && quality(again.words) > quality(read.words)) {
        read = again;
        turns = t;
      }
    }
  }
  skew = { skew: read.skew, sideways: false };
  const { straight, words, rules } = read;
  const quarter = turns % 2 === 1;
  const width = quarter ? page.height : page.width;
  const height = quarter ? page.width : page.height;
  const scale = width / straight.width;
  const { runs, rules: pageRules } = toRunsAndRules(words, rules, scale);
  return {
    page: {
      content: { number: page.number, width, height, runs, rules: pageRules, images: 1 },
      words: runs.length,
      doubtful: runs.filter((r) => (r.confidence ?? 100) < LOW_CONFIDENCE).length,
      turns,
      skew: skew.skew,
    },
  };
}

/**
 * Straightens an upright page (by `skew`, or as measured when null), finds its ruling
 * lines, erases those of tables (tesseract reads a border beside text as letters, "|",
 * "_", "ООО", and may join text to it) and reads the words.
 */
async function readUpright(
  engine: Engine,
  img: Gray,
  base: string,
  timeoutMs: number,
  skew: number | null,
): Promise<{ straight: Gray; words: OcrWord[]; rules: PixelRule[]; skew: number } | { problem: string }> {
  const angle = skew ?? estimateSkew(img).skew;
  // a tenth of a degree moves the end of a 17 cm line by 0.3 mm: not worth a pass
  const straight = Math.abs(angle) >= 0.1 ? rotate(img, -angle) : img;
  const rules = findRules(straight, Math.round(DPI / 5));
  const grid = gridRules(rules);
  const seen = eraseRules(straight, grid);
  const file = `${base}.pgm`;
  await writeFile(file, writePgm(seen));
  // PRIKAZ_OCR_KEEP=DIR keeps each page as tesseract saw it, with the lines found, for looking into a bad read
  const keep = process.env.PRIKAZ_OCR_KEEP;
  if (keep) {
    await copyFile(file, join(keep, basename(file)));
    await writeFile(join(keep, `${basename(base)}.rules.json`), JSON.stringify({ grid, rules }));
  }
  let words: OcrWord[];
  try {
    // --psm 4, a column of lines of any size: unlike the default it keeps lone words in a table's cells
    const r = await run(engine.tesseract, [file, '-', '--dpi', String(DPI), '-l', 'rus', '--psm', '4', 'tsv'], { timeoutMs });
    if (r.timedOut) return { problem: `OCR took longer than ${timeoutMs / 1000} s` };
    if (r.code !== 0) return { problem: `tesseract failed (${firstLine(r.stderr) || `exit ${r.code}`})` };
    words = parseTsv(r.stdout).words;
  } finally {
    await rm(file, { force: true });
  }
  words.push(...(await lone(engine, seen, words, base, timeoutMs)));
  // the grid stands (text does not run from border to border); other lines must keep clear of the words
  const others = clearOfWords(rules.filter((r) => !grid.includes(r)), words);
  return { straight, words, rules: [...grid, ...others], skew: angle };
}

/**
 * Words tesseract's layout analysis still passed over: lone characters in wide empty
 * cells (the numbers of a plan's rows), read again set side by side on one line.
 */
async function lone(engine: Engine, img: Gray, words: OcrWord[], base: string, timeoutMs: number): Promise<OcrWord[]> {
  const boxes = missedInk(img, words);
  if (boxes.length === 0) return [];
  const { image, at } = strip(img, boxes);
  const file = `${base}-lone.pgm`;
  await writeFile(file, writePgm(image));
  try {
    const r = await run(engine.tesseract, [file, '-', '--dpi', String(DPI), '-l', 'rus', '--psm', '7', 'tsv'], { timeoutMs });
    return r.code === 0 ? placeBack(parseTsv(r.stdout).words, at) : [];
  } finally {
    await rm(file, { force: true });
  }
}

/** Quarter turns clockwise that make the page upright, by tesseract's orientation detection; null when it cannot tell. */
async function orientation(engine: Engine, img: Gray, base: string, timeoutMs: number): Promise<number | null> {
  const file = `${base}-osd.pgm`;
  // half the resolution is enough to see which way letters stand, and twice as fast
  await writeFile(file, writePgm(half(img)));
  try {
    const r = await run(engine.tesseract, [file, '-', '--dpi', String(DPI / 2), '--psm', '0'], { timeoutMs });
    const osd = r.code === 0 ? parseOsd(r.stdout) : null;
    if (!osd || osd.confidence < 2) return null;
    return Math.round(osd.rotate / 90) % 4 || null;
  } finally {
    await rm(file, { force: true });
  }
}

/** Mostly doubtful words, or words standing on end: the page was not read the right way up. */
function looksWrong(words: OcrWord[]): boolean {
  const long = words.filter((w) => w.text.length >= 4);
  if (long.length < 5) return false;
  const onEnd = long.filter((w) => w.height > w.width).length;
  return quality(words) < 0.5 || onEnd > long.length / 2;
}

/** Share of words of three letters or more read with confidence. */
function quality(words: OcrWord[]): number {
  const long = words.filter((w) => w.text.length >= 3);
  if (long.length === 0) return 0;
  return long.filter((w) => w.conf >= LOW_CONFIDENCE && w.width >= w.height).length / long.length;
}

function firstLine(s: string): string {
  return s.split(/\r?\n/).find((l) => l.trim() !== '' && !/^Warning/i.test(l))?.trim() ?? '';
}
