import type { Run } from './geometry.js';

/** Runs on one baseline, left to right, as a person reads one line: measured like a run, on a page. */
export interface Line extends Run {
  runs: Run[];
  page: number;
}

/**
 * Groups runs into lines: a run joins the line whose baseline is within a third of
 * its size and that it does not overlap. Lines come out top to bottom.
 */
export function groupLines(runs: Run[], page: number): Line[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: Run[][] = [];
  const base: number[] = [];
  for (const r of sorted) {
    let best = -1;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - 4; g--) {
      const d = Math.abs(base[g]! - r.baseline);
      if (d <= Math.max(1, 0.35 * r.size) && !groups[g]!.some((o) => o.x0 < r.x1 - 0.5 && r.x0 < o.x1 - 0.5)) {
        if (best < 0 || d < Math.abs(base[best]! - r.baseline)) best = g;
      }
    }
    if (best < 0) {
      groups.push([r]);
      base.push(r.baseline);
    } else groups[best]!.push(r);
  }
  return groups.map((g) => makeLine(g, page)).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
}

export function makeLine(runs: Run[], page: number): Line {
  const rs = [...runs].sort((a, b) => a.x0 - b.x0);
  const text = joinRuns(rs);
  const letters = rs.filter((r) => /[\p{L}\p{N}]/u.test(r.text));
  const weighted = letters.length ? letters : rs;
  const size = median(rs.map((r) => r.size));
  return {
    runs: rs,
    text,
    x0: Math.min(...rs.map((r) => r.x0)),
    x1: Math.max(...rs.map((r) => r.x1)),
    top: Math.min(...rs.map((r) => r.top)),
    bottom: Math.max(...rs.map((r) => r.bottom)),
    baseline: median(rs.map((r) => r.baseline)),
    size,
    bold: weighted.every((r) => r.bold),
    italic: weighted.every((r) => r.italic),
    page,
  };
}

/** Joins runs left to right, with a space where the gap between them is wider than a thin space. */
export function joinRuns(rs: Run[]): string {
  let out = '';
  let prev: Run | null = null;
  for (const r of rs) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      if (gap > 0.15 * Math.min(prev.size, r.size) && !out.endsWith(' ')) out += ' ';
    }
    out += r.text;
    prev = r;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Width of the first word of a line (as drawn), to tell a wrapped line from a short one. */
export function firstWordWidth(line: Line): number {
  const r = line.runs[0];
  if (!r) return 0;
  const word = /^\S+/.exec(r.text)?.[0] ?? r.text;
  return textWidth(r, word);
}

/**
 * The width `part` (a prefix of the run's text) takes in the run: the run's width shared
 * out by rough glyph widths (capitals and «» are wide, spaces and stops narrow), so that
 * "ОО" is not taken for as narrow as "в 2".
 */
export function textWidth(r: Run, part: string): number {
  const total = glyphUnits(r.text);
  return total > 0 ? ((r.x1 - r.x0) * glyphUnits(part)) / total : 0;
}

function glyphUnits(s: string): number {
  let u = 0;
  for (let i = 0; i < s.length; i++) {
    // a character as `for (const ch of s)` gives it: a surrogate pair is one, a lone surrogate one too
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) {
      i++;
      u += UNITS[unitClass(String.fromCodePoint(cp))]!;
      continue;
    }
    let k = BMP_CLASS[cp]!;
    if (k === 0) k = BMP_CLASS[cp] = unitClass(String.fromCharCode(cp));
    u += UNITS[k]!;
  }
  return u;
}

/** Rough glyph widths by class (0: not worked out yet). */
const UNITS = [NaN, 0.25, 0.3, 0.9, 0.7, 0.5];

/**
 * Each character's class, worked out once: the paragraph tests measure every line's
 * first word, and testing each character against the regular expressions below was
 * about 8% of the reader's own time (pdf.js aside).
 */
const BMP_CLASS = new Uint8Array(0x10000);

function unitClass(ch: string): number {
  if (ch === ' ') return 1;
  if (/[.,:;!'|ilj1()[\]/]/.test(ch)) return 2;
  if (/[ШЩЖМЮЫmwMW«»—№%]/.test(ch)) return 3;
  if (/[\p{Lu}]/u.test(ch)) return 4;
  if (/[шщжмюыф]/.test(ch)) return 4;
  return 5;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
