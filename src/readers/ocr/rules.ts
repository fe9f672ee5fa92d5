import { INK, type Gray } from './image.js';

/** A straight line found in the image, in pixels: horizontal ('h', at y) or vertical ('v', at x). */
export interface PixelRule {
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
  /** Thickness in pixels. */
  thick: number;
}

/**
 * The ruling lines of a (straightened) page image: long straight runs of ink. Text never
 * makes them: a letter's stroke is a few tenths of an inch at most, and letters stand
 * apart. Table borders do, and so do underlines and the blanks of a signature line.
 *
 * `minLength` is in pixels (at 300 dpi, 60 px is 5 mm: shorter than the narrowest
 * column or the lowest row of a table, longer than any stroke of body text).
 */
export function findRules(img: Gray, minLength = 60): PixelRule[] {
  const found = [...join(scan(img, 'h', minLength)), ...join(scan(img, 'v', minLength))].filter((r) => clearBeside(img, r));
  return [...join(snap(found, 'h')), ...join(snap(found, 'v'))];
}

/**
 * The lines of `dir` with their ends moved onto the line across them they nearly meet:
 * a worn border often stops short of the corner it runs to.
 */
function snap(rules: PixelRule[], dir: 'h' | 'v'): PixelRule[] {
  const across = rules.filter((r) => r.dir !== dir);
  const nearest = (r: PixelRule, end: number): number => {
    let best = end;
    let d = MEET;
    for (const o of across) {
      if (r.at < o.from - MEET / 4 || r.at > o.to + MEET / 4) continue;
      if (Math.abs(o.at - end) < d) {
        d = Math.abs(o.at - end);
        best = o.at;
      }
    }
    return best;
  };
  return rules.filter((r) => r.dir === dir).map((r) => ({ ...r, from: Math.min(r.from, nearest(r, r.from)), to: Math.max(r.to, nearest(r, r.to)) }));
}

/**
 * A rule has white on both sides along its length (but where lines cross it or a letter
 * touches it). The tops of a line of small letters, or its serifs, look like a dashed
 * line too, but one side of them is the letters' bodies.
 */
function clearBeside(img: Gray, r: PixelRule): boolean {
  const { width: w, height: h, data } = img;
  const lanes = r.dir === 'h' ? h : w;
  const side = (sign: number): number => {
    let ink = 0;
    let all = 0;
    for (let d = 3; d <= 6; d++) {
      const lane = Math.round(r.at + sign * (r.thick / 2 + d));
      if (lane < 0 || lane >= lanes) continue;
      for (let i = Math.floor(r.from); i <= r.to; i++) {
        all++;
        if ((r.dir === 'h' ? data[lane * w + i]! : data[i * w + lane]!) < INK) ink++;
      }
    }
    return all === 0 ? 1 : 1 - ink / all;
  };
  return side(-1) >= CLEAR && side(1) >= CLEAR;
}

/** The share of white a rule has beside it. */
const CLEAR = 0.85;

/** Pieces of one line (at within a few pixels) not far apart are one line: a worn border. */
function join(rules: PixelRule[]): PixelRule[] {
  const sorted = [...rules].sort((a, b) => a.from - b.from);
  const out: PixelRule[] = [];
  for (const r of sorted) {
    const o = out.find((o) => Math.abs(o.at - r.at) <= 4 && r.from <= o.to + JOIN);
    if (o) {
      o.at = (o.at * (o.to - o.from) + r.at * (r.to - r.from)) / (o.to - o.from + r.to - r.from);
      o.to = Math.max(o.to, r.to);
      o.thick = Math.max(o.thick, r.thick);
    } else out.push({ ...r });
  }
  return out;
}

/** Ink a stroke may skip (noise) and still be one piece. */
const GAP = 3;
/** Pieces shorter than this (pixels) are not parts of a line (a serif, a dot of noise). */
const MIN_PIECE = 8;
/**
 * A thin line thresholded by a scanner breaks into dashes: gaps up to `gap` pixels are
 * bridged when the pieces cover `cover` of the whole. Horizontal lines suffer most (a
 * hairline falls between two rows of pixels) and a dashed row of ink is no text: the
 * tops of small letters are, but `clearBeside` tells them. Vertical ones are held
 * tighter: the stems of letters stand one above the other from line to line.
 */
const BRIDGE = { h: { gap: 40, cover: 0.3 }, v: { gap: 12, cover: 0.7 } } as const;
/** Pieces of one line further apart than this (pixels) are two lines. */
const JOIN = 160;

/** A line thicker than this (pixels) is a filled area (a photo, a black bar), not a rule. */
const MAX_THICKNESS = 14;

function scan(img: Gray, dir: 'h' | 'v', minLength: number): PixelRule[] {
  const { width: w, height: h, data } = img;
  const lanes = dir === 'h' ? h : w;
  const length = dir === 'h' ? w : h;
  // a pixel counts as ink when it or a neighbour across the line is: a thin line on a page
  // straightened by a small angle steps from one lane to the next every few dozen pixels
  const at = dir === 'h' ? (lane: number, i: number) => data[lane * w + i]! < INK : (lane: number, i: number) => data[i * w + lane]! < INK;
  const ink = (lane: number, i: number): boolean => at(lane, i) || (lane > 0 && at(lane - 1, i)) || (lane + 1 < lanes && at(lane + 1, i));
  // open lines: runs of the lanes just before, extended lane by lane while they go on
  type Open = { from: number; to: number; first: number; last: number; lanes: number };
  let open: Open[] = [];
  const done: Open[] = [];
  for (let lane = 0; lane <= lanes; lane++) {
    const runs: { from: number; to: number }[] = [];
    if (lane < lanes) runs.push(...lineRuns(lane, length, ink, minLength, BRIDGE[dir]));
    const next: Open[] = [];
    for (const r of runs) {
      // the same line goes on when the run overlaps one of the lane before by most of the shorter
      const o = open.find((o) => Math.min(o.to, r.to) - Math.max(o.from, r.from) > 0.5 * Math.min(o.to - o.from, r.to - r.from));
      if (o) {
        o.from = Math.min(o.from, r.from);
        o.to = Math.max(o.to, r.to);
        o.last = lane;
        o.lanes++;
        if (!next.includes(o)) next.push(o);
      } else next.push({ ...r, first: lane, last: lane, lanes: 1 });
    }
    for (const o of open) if (!next.includes(o)) done.push(o);
    open = next;
  }
  // (each line is two lanes thicker than drawn: a neighbour's ink counted on either side)
  return done.filter((o) => o.last - o.first - 1 <= MAX_THICKNESS).map((o) => ({ dir, at: (o.first + o.last) / 2, from: o.from, to: o.to, thick: Math.max(1, o.last - o.first - 1) }));
}

/** The runs of one lane (a row for 'h', a column for 'v') long and solid enough to be a line. */
function lineRuns(lane: number, length: number, ink: (lane: number, i: number) => boolean, minLength: number, bridge: { gap: number; cover: number }): { from: number; to: number }[] {
  const pieces: { from: number; to: number }[] = [];
  let start = -1;
  let last = -1;
  const close = (): void => {
    if (start >= 0 && last - start + 1 >= MIN_PIECE) pieces.push({ from: start, to: last });
  };
  for (let i = 0; i < length; i++) {
    if (!ink(lane, i)) continue;
    if (start >= 0 && i - last <= GAP + 1) last = i;
    else {
      close();
      start = last = i;
    }
  }
  close();
  const out: { from: number; to: number }[] = [];
  for (let k = 0; k < pieces.length; ) {
    let j = k;
    let covered = pieces[k]!.to - pieces[k]!.from + 1;
    while (j + 1 < pieces.length && pieces[j + 1]!.from - pieces[j]!.to - 1 <= bridge.gap) {
      j++;
      covered += pieces[j]!.to - pieces[j]!.from + 1;
    }
    const from = pieces[k]!.from;
    const to = pieces[j]!.to;
    if (to - from + 1 >= minLength && covered >= bridge.cover * (to - from + 1)) out.push({ from, to });
    k = j + 1;
  }
  return out;
}

/**
 * The lines that are not text: a line of letters can look like a dashed rule along the
 * tops of its small letters or its serifs, but it runs through the words OCR found
 * there. A rule whose length lies mostly inside word boxes is dropped (a real border
 * keeps clear of the text, but for a word or two OCR ran together across it).
 */
export function clearOfWords(rules: PixelRule[], words: { left: number; top: number; width: number; height: number }[]): PixelRule[] {
  return rules.filter((r) => {
    let inside = 0;
    for (const w of words) {
      const [lo, hi, a0, a1] = r.dir === 'h' ? [w.top - 2, w.top + w.height + 2, w.left, w.left + w.width] : [w.left + 2, w.left + w.width - 2, w.top, w.top + w.height];
      if (r.at < lo || r.at > hi) continue;
      inside += Math.max(0, Math.min(r.to, a1) - Math.max(r.from, a0));
    }
    return inside < (r.dir === 'h' ? 0.3 : 0.5) * (r.to - r.from);
  });
}

/** How near (pixels) a line's end must come to a line across it to be taken as meeting it. */
const MEET = 80;

/**
 * The lines of a table's grid: each runs from a line across it to another (a cell's
 * border goes from corner to corner). A line of text mistaken for a rule does not:
 * it stops where the words stop, short of the borders.
 */
export function gridRules(rules: PixelRule[]): PixelRule[] {
  const meets = (r: PixelRule, end: number): boolean =>
    rules.some((o) => o.dir !== r.dir && Math.abs(o.at - end) <= MEET && r.at >= o.from - MEET && r.at <= o.to + MEET);
  return rules.filter((r) => meets(r, r.from) && meets(r, r.to));
}

/**
 * A copy of the image with the given lines painted white. tesseract reads a border
 * beside text as letters ("|", "_", "ООО") and may join the text to it in one block;
 * without the borders it sees the cells' text as it sees any other.
 */
export function eraseRules(img: Gray, rules: PixelRule[]): Gray {
  const data = new Uint8Array(img.data);
  const { width: w, height: h } = img;
  for (const r of rules) {
    const half = Math.ceil(r.thick / 2) + 2;
    const a0 = Math.max(0, Math.round(r.at) - half);
    const a1 = Math.min((r.dir === 'h' ? h : w) - 1, Math.round(r.at) + half);
    const f0 = Math.max(0, Math.floor(r.from) - 2);
    const f1 = Math.min((r.dir === 'h' ? w : h) - 1, Math.ceil(r.to) + 2);
    for (let a = a0; a <= a1; a++) {
      for (let f = f0; f <= f1; f++) data[r.dir === 'h' ? a * w + f : f * w + a] = 255;
    }
  }
  return { width: w, height: h, data };
}
