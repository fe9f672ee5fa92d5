import { INK, type Gray } from './image.js';
import type { OcrWord } from './tsv.js';

/** A box of ink on the page (pixels). */
export interface InkBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Side of the coarse cells ink is looked for in (pixels at 300 dpi: a third of a small letter). */
const CELL = 8;

/**
 * Ink that tesseract read no word from, in boxes of about a word: tesseract's layout
 * analysis drops a lone character in a wide empty cell (the "3" of a numbered row)
 * as noise. Only boxes of text size are kept (not specks, not pictures).
 */
export function missedInk(img: Gray, words: OcrWord[]): InkBox[] {
  const heights = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text)).map((w) => w.height).sort((a, b) => a - b);
  const lineHeight = heights[Math.floor(heights.length / 2)];
  if (!lineHeight) return [];
  const W = Math.ceil(img.width / CELL);
  const H = Math.ceil(img.height / CELL);
  // ink per coarse cell, then the cells any word covers cleared
  const ink = new Uint16Array(W * H);
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width;
    const r = Math.floor(y / CELL) * W;
    for (let x = 0; x < img.width; x++) if (img.data[row + x]! < INK) ink[r + Math.floor(x / CELL)]!++;
  }
  for (const w of words) {
    for (let cy = Math.floor((w.top - 4) / CELL); cy <= Math.floor((w.top + w.height + 4) / CELL); cy++) {
      for (let cx = Math.floor((w.left - 4) / CELL); cx <= Math.floor((w.left + w.width + 4) / CELL); cx++) {
        if (cx >= 0 && cy >= 0 && cx < W && cy < H) ink[cy * W + cx] = 0;
      }
    }
  }
  // a cell with a few dark pixels is ink (a speck of noise is one or two)
  const on = (i: number): boolean => ink[i]! >= 4;
  const seen = new Uint8Array(W * H);
  const boxes: InkBox[] = [];
  for (let i = 0; i < W * H; i++) {
    if (seen[i] || !on(i)) continue;
    // cells touching (a letter's strokes, the letters of a word, with one empty cell between) are one box
    let [x0, y0, x1, y1] = [i % W, Math.floor(i / W), i % W, Math.floor(i / W)];
    let cells = 0;
    const stack = [i];
    seen[i] = 1;
    while (stack.length) {
      const c = stack.pop()!;
      cells++;
      const cx = c % W;
      const cy = Math.floor(c / W);
      x0 = Math.min(x0, cx);
      x1 = Math.max(x1, cx);
      y0 = Math.min(y0, cy);
      y1 = Math.max(y1, cy);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
          const n = ny * W + nx;
          if (!seen[n] && on(n)) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
    }
    const box = { left: x0 * CELL, top: y0 * CELL, right: (x1 + 1) * CELL, bottom: (y1 + 1) * CELL };
    const h = box.bottom - box.top;
    const w = box.right - box.left;
    if (h >= 0.5 * lineHeight && h <= 2 * lineHeight && w <= 12 * h && cells >= 3) boxes.push(box);
  }
  return boxes.slice(0, MAX_BOXES);
}

/** More boxes than this on a page is not a few lone characters but a page tesseract could not read. */
const MAX_BOXES = 40;

/**
 * The boxes cut out of the page and set side by side on one strip, far apart: what
 * tesseract reads as one line of words (`--psm 7`), each word then put back where its
 * box came from. Returns the strip and the place of each box on it.
 */
export function strip(img: Gray, boxes: InkBox[]): { image: Gray; at: { box: InkBox; x: number; y: number }[] } {
  const PAD = 12;
  const GAP = 240;
  const height = Math.max(...boxes.map((b) => b.bottom - b.top)) + 2 * PAD;
  const width = boxes.reduce((s, b) => s + b.right - b.left + GAP, GAP);
  const data = new Uint8Array(width * height).fill(255);
  const at: { box: InkBox; x: number; y: number }[] = [];
  let x = GAP;
  for (const b of boxes) {
    const y = PAD + Math.floor((height - 2 * PAD - (b.bottom - b.top)) / 2);
    for (let sy = b.top; sy < Math.min(b.bottom, img.height); sy++) {
      for (let sx = b.left; sx < Math.min(b.right, img.width); sx++) data[(y + sy - b.top) * width + x + sx - b.left] = img.data[sy * img.width + sx]!;
    }
    at.push({ box: b, x, y });
    x += b.right - b.left + GAP;
  }
  return { image: { width, height, data }, at };
}

/** Words read from the strip, put back on the page; a word is kept in the box it mostly lies in. */
export function placeBack(words: OcrWord[], at: { box: InkBox; x: number; y: number }[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const w of words) {
    const cx = w.left + w.width / 2;
    const a = at.find((p) => cx >= p.x && cx < p.x + p.box.right - p.box.left);
    if (!a) continue;
    // each box is a line of its own for the page
    out.push({ ...w, block: 10_000 + at.indexOf(a), par: 1, line: 1, left: a.box.left + w.left - a.x, top: a.box.top + w.top - a.y });
  }
  return out;
}
