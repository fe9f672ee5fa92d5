import { firstWordWidth, textWidth, type Line } from './lines.js';
import { isBullet, startsWithBullet } from './text.js';
import { brokenWord, type Frame, type Vocabulary } from './words.js';

export type { Frame };

/** One reconstructed paragraph: its lines, and whether something stood between it and the one before. */
export interface ParaLines {
  lines: Line[];
  /** A visibly larger gap (an empty paragraph) stood before it. */
  gapBefore: boolean;
}


/**
 * Splits lines set in one frame into paragraphs. A line starts a new paragraph when
 * the line before could have taken its first word (so that line was not wrapped but
 * ended), when a gap larger than the line spacing stands between them, when it starts
 * a list entry, or when it is set differently (bold, centered against left, indented).
 * `gapAfter` is the vertical gap between lines of one paragraph, and `emptyGap` the
 * gap from which on an empty line is taken to have stood between.
 */
export function splitParagraphs(lines: Line[], frame: Frame, gaps: { paragraph: number; empty: number }): ParaLines[] {
  const out: ParaLines[] = [];
  let cur: Line[] = [];
  let gapBefore = false;
  let prev: Line | null = null;
  for (const line of lines) {
    if (prev) {
      const gap = line.top - prev.bottom;
      const samePage = line.page === prev.page;
      const empty = samePage && gap >= gaps.empty;
      if (empty || (samePage && gap >= gaps.paragraph) || startsParagraph(prev, line, frame, cur[0]!)) {
        out.push({ lines: cur, gapBefore });
        cur = [];
        gapBefore = empty;
      }
    }
    cur.push(line);
    prev = line;
  }
  if (cur.length) out.push({ lines: cur, gapBefore });
  return out;
}

/** Does `line` start a paragraph after `prev` (both in `frame`), `first` being the first line of prev's paragraph? */
export function startsParagraph(prev: Line, line: Line, frame: Frame, first: Line): boolean {
  // a drawn bullet starts an entry (a typed dash may also be a wrapped dash: the width test decides)
  if (startsWithBullet(line.text)) return true;
  if (prev.bold !== line.bold) return true;
  // no paragraph ends with a preposition or a conjunction ("…ресурсы для" / "обеспечения …")
  if (DANGLING.test(prev.text)) return false;
  const space = 0.3 * line.size;
  const width = frame.right - frame.left;
  // a list entry's lines after the first stand where its text starts, right of its bullet or number
  const hanging = Math.abs(line.x0 - textStart(first)) < 3;
  // lines with one left edge are set flush left, whatever their middle happens to be
  const sameLeft = hanging || Math.abs(line.x0 - prev.x0) <= 2;
  // a line that fills the frame may be centered as well as flush left
  const prevCentered = isCentered(prev, frame) || prev.x1 - prev.x0 > width - 0.7 * prev.size - 2;
  // lines centered on one axis (a cell set centered, whose frame may be a little off) are
  // read as centered whatever the frame says
  const sameAxis = !sameLeft && Math.abs((line.x0 + line.x1) / 2 - (prev.x0 + prev.x1) / 2) < 2;
  const centered = sameAxis || (!sameLeft && prevCentered && isCentered(line, frame));
  if (centered) {
    // centered lines: would the word have fit in the width the line was centered in?
    return prev.x1 - prev.x0 + space + firstWordWidth(line) < width - slack(line);
  }
  if (!sameLeft && isCentered(line, frame) !== prevCentered && line.x0 > frame.left + 0.1 * width) return true;
  // further right than the line before, and not a list entry's hanging line: an indented first line
  if (line.x0 > prev.x0 + 6 && !hanging) return true;
  // back left of a list entry's hanging lines: the next entry's number
  if (line.x0 < prev.x0 - 6 && textStart(first) > first.x0 + 3) return true;
  // a numbered line after a sentence's end: the next clause ("…(Приложение 1)." / "2. Руководителям …")
  if (/^\d{1,2}(?:\.\d{1,2})*[.)]\s/.test(line.text) && /[.:;]$/.test(prev.text)) return true;
  // the previous line ended although the first word of this one would have fit after it
  return prev.x1 + space + firstWordWidth(line) < frame.right - slack(line);
}

const DANGLING = /(?:^|\s)(?:для|и|в|во|на|с|со|по|к|ко|о|об|от|до|за|из|у|при|без|над|под|или|а|но|что|как)$/i;

/** How sure the width test must be: estimated word widths are a little off. */
function slack(line: Line): number {
  return 1 + 0.1 * line.size;
}

/** Where a list entry's text starts, after its bullet or number ("1.", "2.3.", "а)"); the line's start otherwise. */
function textStart(l: Line): number {
  const [label, second] = l.runs;
  if (label && second && (isBullet(label.text) || LABEL.test(label.text))) return second.x0;
  const m = label ? /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[а-яa-z]\))\s+/.exec(label.text) : null;
  if (label && m && l.runs.length === 1 && label.x0 > 0) return label.x0 + textWidth(label, m[0]);
  return l.x0;
}

/**
 * The word before the last in `text` (`text.split(' ').slice(-2, -1)[0] ?? ''`), found from
 * the end: splitting the whole paragraph so far, for every line, made long paragraphs quadratic.
 */
function wordBeforeLast(text: string): string {
  const last = text.lastIndexOf(' ');
  if (last < 0) return '';
  const before = last > 0 ? text.lastIndexOf(' ', last - 1) : -1;
  return text.slice(before + 1, last);
}

const LABEL = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[а-яa-z]\))$/;

/** A line set in the middle of its frame, clear of its left edge. */
export function isCentered(l: Line, frame: Frame): boolean {
  const width = frame.right - frame.left;
  const mid = (frame.left + frame.right) / 2;
  // clear of both edges by a tenth of the width (a long line indented by a list looks centered too)
  return l.x0 > frame.left + Math.max(8, 0.1 * width) && Math.abs((l.x0 + l.x1) / 2 - mid) < Math.max(3, 0.02 * width);
}

/**
 * The text of a paragraph's lines: wrapped lines joined with a space; a word that was
 * broken at a hyphen stays whole with its hyphen; a word too long for its cell, broken
 * without a hyphen, is mended (see `brokenWord`).
 */
export function paragraphText(lines: Line[], frame?: Frame, vocabulary?: Vocabulary): string {
  let out = '';
  let prev: Line | null = null;
  for (const [i, l] of lines.entries()) {
    const t = l.text.trim();
    if (t === '') continue;
    if (out === '') out = t;
    else if (/[\p{L}\d.][-–]$/u.test(out) && /^[\p{L}\d]/u.test(t)) out += t;
    // "ЕГЭ -" / "2021": a hyphen before a number ("-2021") lets the line break after it
    else if (/\s-$/.test(out) && /^\d/.test(t)) out += t;
    // a line never starts a word with a stop, comma or closing bracket; a slash lets a word break after it
    else if (/^[.,;:)\]»]/.test(t) || (/\S\/$/.test(out) && /^\p{L}/u.test(t))) out += t;
    // in a cell one character wide: a per cent sign after its number ("10" / "0" / "%"), a slash alone
    // ("И" / "/" / "Я"), a dash alone between numbers ("51" / "-" / "60")
    // (a per cent sign after a line of text had its own space: "… в 50" / "% ШНОР")
    else if ((/\d$/.test(out) && /^%/.test(t) && prev !== null && /^\d{1,3}$/.test(prev.text.trim())) || (t === '/' && /\p{L}$/u.test(out)) || (/^[-–]$/.test(t) && /\d$/.test(out))) out += t;
    // a decimal broken after its comma in a narrow column ("80," / "0", "1 250," / "50"), not a list of years ("2024," / "2025")
    else if (prev && /^\d[\d\s]*\d[,.]$/.test(prev.text.trim()) && /^\d{1,2}(?:\s|$)/.test(t)) out += t;
    // a number broken at one of its dots in a narrow column ("3.1." / "2.")
    else if (/(?:^|\s)\d{1,3}(?:\.\d{1,3})*\.$/.test(out) && /^\d{1,3}(?:\.\d{1,3})*\.?(?:\s|$)/.test(t) && prev && /^\d{1,3}(?:\.\d{1,3})*\.$/.test(prev.text.trim())) out += t;
    else if (prev && frame && vocabulary && brokenWord(prev, l, frame, vocabulary, i === lines.length - 1, false, wordBeforeLast(out))) out += t;
    else out += ` ${t}`;
    prev = l;
  }
  return out.replace(/\s+/g, ' ').trim();
}

