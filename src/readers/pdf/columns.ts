import type { Run } from './geometry.js';
import { makeLine, type Line } from './lines.js';
import type { Frame } from './paragraphs.js';

/** A stretch of body lines set in one frame: the page's text column, or one side of a two-column head. */
export interface TextChunk {
  kind: 'text';
  lines: Line[];
  frame: Frame;
  /** The chunk is one side of lines set in two columns. */
  side?: 'left' | 'right';
}

/** A gap between runs on one line this wide (points) splits it into columns. */
export function columnGap(size: number): number {
  return Math.max(3 * size, 28);
}

/** Splits a line where its runs stand far apart (tab stops, the two sides of a head). */
export function splitAtGaps(line: Line): Line[] {
  const parts: Run[][] = [];
  let cur: Run[] = [];
  let prev: Run | null = null;
  for (const r of line.runs) {
    if (prev && r.x0 - prev.x1 >= columnGap(line.size)) {
      parts.push(cur);
      cur = [];
    }
    cur.push(r);
    prev = r;
  }
  if (cur.length) parts.push(cur);
  return parts.length === 1 ? [line] : parts.map((p) => makeLine(p, line.page));
}

/**
 * Orders the lines between two tables for reading. Where lines are set in two columns
 * — the authority on the left and the approval stamp on the right, a position and a
 * name on one line — the left column is read first, then the right one; each keeps
 * its own frame. `frame` is the page's text column.
 */
export function readingOrder(lines: Line[], frame: Frame): TextChunk[] {
  const chunks: TextChunk[] = [];
  let i = 0;
  let plain: Line[] = [];
  const flushPlain = (): void => {
    if (plain.length) chunks.push({ kind: 'text', lines: plain, frame });
    plain = [];
  };
  while (i < lines.length) {
    const parts = splitAtGaps(lines[i]!);
    if (parts.length < 2) {
      plain.push(lines[i]!);
      i++;
      continue;
    }
    // a two-column stretch: the gutter is the gap of the first split line; lines that
    // keep clear of it (on one side or split across it) belong to the stretch
    const gutter = { from: parts[0]!.x1, to: parts[parts.length - 1]!.x0 };
    const left: Line[] = [];
    const right: Line[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j]!;
      const ps = splitAtGaps(l);
      const clear = ps.every((p) => p.x1 <= gutter.to - 2 || p.x0 >= gutter.from + 2);
      if (!clear) break;
      if (j > i && l.top - lines[j - 1]!.bottom > 0.8 * l.size) break; // an empty line ends it
      for (const p of ps) {
        if (p.x0 >= gutter.from + 2) right.push(p);
        else left.push(p);
      }
      // the stretch narrows the gutter to what all its lines leave free
      for (const p of ps) {
        if (p.x1 <= gutter.to - 2) gutter.from = Math.max(gutter.from, p.x1);
        else gutter.to = Math.min(gutter.to, p.x0);
      }
      j++;
    }
    flushPlain();
    if (left.length) chunks.push({ kind: 'text', lines: left, frame: { left: frame.left, right: gutter.to }, side: 'left' });
    if (right.length) chunks.push({ kind: 'text', lines: right, frame: { left: gutter.to, right: Math.max(frame.right, ...right.map((l) => l.x1)) }, side: 'right' });
    i = j;
  }
  flushPlain();
  return chunks;
}
