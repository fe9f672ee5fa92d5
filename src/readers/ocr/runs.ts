import type { Rule, Run } from '../pdf/geometry.js';
import type { PixelRule } from './rules.js';
import type { OcrWord } from './tsv.js';

/** Pixels (at 300 dpi): lower than this, a "word" is a line or a speck (6 pt text has letters 12 px high). */
const MIN_TEXT_HEIGHT = 8;

/** Below this confidence (0–100) a word is kept but counted as doubtful. */
export const LOW_CONFIDENCE = 60;

/**
 * OCR words and the lines found in the image → what the PDF reader takes from a page
 * with a text layer: runs (one a word) and ruling lines, in points from the top left.
 * From there lines, paragraphs and tables are rebuilt by the same code as for text PDFs.
 *
 * tesseract reads a ruling line it meets inside a text line as a glyph ("|", "_", a
 * narrow "I" or "l" standing on it): those are the line, not text. They are dropped,
 * and a "|" or "_" run the image gave no line for is kept as a piece of one, so that
 * it still tells where a column ends.
 *
 * `scale` is points per pixel.
 */
export function toRunsAndRules(words: OcrWord[], pixelRules: PixelRule[], scale: number): { runs: Run[]; rules: Rule[] } {
  const rules: Rule[] = pixelRules.map((r) => ({ dir: r.dir, at: r.at * scale, from: r.from * scale, to: r.to * scale }));
  const vertical = pixelRules.filter((r) => r.dir === 'v');
  const horizontal = pixelRules.filter((r) => r.dir === 'h');
  const text: OcrWord[] = [];
  for (const w of words) {
    const glyph = ruleGlyph(w, vertical, horizontal);
    if (glyph === 'drop') continue;
    if (glyph === 'v') {
      if (!onRule(w, vertical, 'v')) rules.push({ dir: 'v', at: (w.left + w.width / 2) * scale, from: w.top * scale, to: (w.top + w.height) * scale });
      continue;
    }
    if (glyph === 'h') {
      if (!onRule(w, horizontal, 'h')) rules.push({ dir: 'h', at: (w.top + w.height) * scale, from: w.left * scale, to: (w.left + w.width) * scale });
      continue;
    }
    // a bar stuck to a word ("|Срок", "выполнения|") is the border beside it
    const trimmed = w.text.replace(/^[|¦│]+|[|¦│]+$/g, '');
    if (trimmed === '') continue;
    text.push(trimmed === w.text ? w : { ...w, text: trimmed });
  }
  return { runs: lineUp(text, scale), rules };
}

/** A word that is a ruling line read as glyphs: 'v' for a vertical one, 'h' for a horizontal one; 'drop' for one that is no text. */
function ruleGlyph(w: OcrWord, vertical: PixelRule[], horizontal: PixelRule[]): 'v' | 'h' | 'drop' | null {
  if (/^[|¦│]+$/.test(w.text)) return 'v';
  if (/^_+$/.test(w.text)) return 'h';
  // a box no letters could fill (far wider or taller than its characters could be), or a speck
  const chars = [...w.text].length;
  if (/[\p{L}\p{N}]/u.test(w.text) && (w.width > 4 * chars * w.height || w.height > 6 * chars * w.width || w.height < MIN_TEXT_HEIGHT)) return 'drop';
  // a narrow glyph like a bar, standing on a line the image shows
  if (/^[|lI1!\[\]()/\\]$/.test(w.text) && w.width < 0.35 * w.height && onRule(w, vertical, 'v')) return 'v';
  // dashes or underscores along a line the image shows (an underline, a blank to sign on)
  if (/^[_\-–—]{2,}$/.test(w.text) && onRule(w, horizontal, 'h')) return 'h';
  return null;
}

function onRule(w: OcrWord, rules: PixelRule[], dir: 'v' | 'h'): boolean {
  const slack = Math.max(4, w.height * 0.25);
  if (dir === 'v') {
    return rules.some((r) => r.at >= w.left - slack && r.at <= w.left + w.width + slack && r.from <= w.top + w.height / 2 && r.to >= w.top + w.height / 2);
  }
  return rules.some((r) => r.at >= w.top - slack && r.at <= w.top + w.height + slack && r.from <= w.left + w.width / 2 && r.to >= w.left + w.width / 2);
}

/**
 * Words → runs. A word's box covers its ink only (a low word "на" is short, "Срок" tall),
 * so each is placed on its line's baseline and given its line's size, as a text layer
 * would have them: the line is tesseract's, its baseline where most of its words end.
 */
function lineUp(words: OcrWord[], scale: number): Run[] {
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) {
    const key = `${w.block}:${w.par}:${w.line}`;
    lines.get(key)?.push(w) ?? lines.set(key, [w]);
  }
  const runs: Run[] = [];
  for (const ws of lines.values()) {
    const bottoms = ws.map((w) => w.top + w.height);
    // where most words end: words with a descender ("р", "у") end lower
    const baseline = quantile(bottoms, 0.3);
    // ascender to descender, from the tallest words of the line (capitals, digits, "б", "д", "р")
    const tall = Math.max(...ws.map((w) => w.height));
    const size = tall / EM_HEIGHT;
    const byX = [...ws].sort((a, b) => a.left - b.left);
    for (const w of ws) {
      const bottom = w.top + w.height;
      // a list's bullet, which tesseract reads as some round sign ("®", "°", "e"): a sign before a
      // word close by, far from any word before it (a line of text may cross several cells)
      const k = byX.indexOf(w);
      const next = byX[k + 1];
      const prev = byX[k - 1];
      const bullet = BULLET_AS_READ.test(w.text) && next && next.left - (w.left + w.width) < 1.5 * tall && (!prev || w.left - (prev.left + prev.width) > tall);
      const text = bullet ? '•' : mend(w.text, prev?.text ?? '');
      // a word far off the line's baseline (tesseract joined pieces of two rows) keeps its own
      const base = Math.abs(bottom - baseline) <= 0.3 * size ? baseline : bottom;
      runs.push({
        text,
        x0: w.left * scale,
        x1: (w.left + w.width) * scale,
        top: (base - ASCENT * size) * scale,
        bottom: (base + DESCENT * size) * scale,
        baseline: base * scale,
        size: size * scale,
        bold: false,
        italic: false,
        confidence: w.conf,
      });
    }
  }
  return runs;
}

/** What tesseract makes of a bullet ("•") at the start of a line: round or square signs, a Latin "e" or "o". */
const BULLET_AS_READ = /^[®©°•*·●■▪◦@eo]$/;

/** The height of a line's tallest word as a share of the font size (measured on Times-like fonts). */
const EM_HEIGHT = 0.9;
/** Text-layer runs reach this far above and below the baseline (shares of the size). */
const ASCENT = 0.9;
const DESCENT = 0.22;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)] ?? 0;
}

/**
 * What OCR of Russian print gets wrong in a way the text itself shows: a dash read as
 * two ("-—"), a month run into its year ("октябрь2021"), the "г." after a year read as a
 * capital.
 */
export function mend(text: string, before: string): string {
  let t = text.replace(/[-–—]{2,}/g, '–').replace(/(\p{Ll}{3,})(\d{4})/u, '$1 $2');
  if (/^Г\.?$/.test(t) && /\d{4}$/.test(before)) t = t.toLowerCase();
  return t.replace(/(\d{4})Г\./, '$1г.');
}
