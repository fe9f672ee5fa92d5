import { diffArrays } from 'diff';
import { collapseSpace } from './text.js';
import type { WordSegment } from './types.js';

/**
 * Words, runs of spaces and single punctuation marks. jsdiff's own word splitter does not know
 * Cyrillic letters (it would diff "рейтинга" letter by letter), so the tokens are made here.
 */
const TOKEN = /[\p{L}\p{N}]+|\s+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return (text.match(TOKEN) ?? []) as string[];
}

/**
 * A word-level diff of two texts, spacing collapsed: one delete and one insert at most between
 * two kept stretches, a single space between two changes counted as changed (so that
 * "[-a b-] {+c d+}" reads as one replacement, not four), and spaces that both sides of a
 * replacement share moved out of it.
 */
export function wordDiff(before: string, after: string): WordSegment[] {
  const a = tokenize(collapseSpace(before));
  const b = tokenize(collapseSpace(after));
  const raw: WordSegment[] = diffArrays(a, b).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value.join(''),
  }));
  return tidy(absorbSpaces(raw));
}

/** A kept run of spaces (or nothing but a space and punctuation) between two changes becomes part of both. */
function absorbSpaces(segments: WordSegment[]): WordSegment[] {
  const out: WordSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const prev = segments[i - 1];
    const next = segments[i + 1];
    if (s.op === 'equal' && /^\s*$/u.test(s.text) && prev && prev.op !== 'equal' && next && next.op !== 'equal') {
      out.push({ op: 'delete', text: s.text }, { op: 'insert', text: s.text });
    } else {
      out.push(s);
    }
  }
  return out;
}

/** Each changed run as one delete then one insert; spacing both share moved outside; empty pieces dropped. */
function tidy(segments: WordSegment[]): WordSegment[] {
  const out: WordSegment[] = [];
  const push = (op: WordSegment['op'], text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  while (i < segments.length) {
    const s = segments[i]!;
    if (s.op === 'equal') {
      push('equal', s.text);
      i++;
      continue;
    }
    let del = '';
    let ins = '';
    while (i < segments.length && segments[i]!.op !== 'equal') {
      const c = segments[i]!;
      if (c.op === 'delete') del += c.text;
      else ins += c.text;
      i++;
    }
    let lead = '';
    let trail = '';
    if (del && ins) {
      const dl = /^\s*/u.exec(del)![0];
      const il = /^\s*/u.exec(ins)![0];
      if (dl && il) {
        lead = ' ';
        del = del.slice(dl.length);
        ins = ins.slice(il.length);
      }
      const dt = /\s*$/u.exec(del)![0];
      const it = /\s*$/u.exec(ins)![0];
      if (dt && it) {
        trail = ' ';
        del = del.slice(0, del.length - dt.length);
        ins = ins.slice(0, ins.length - it.length);
      }
    }
    push('equal', lead);
    push('delete', del);
    push('insert', ins);
    push('equal', trail);
  }
  return out;
}

/** The old text back from a diff (what was kept and deleted). */
export function beforeText(segments: readonly WordSegment[]): string {
  return segments
    .filter((s) => s.op !== 'insert')
    .map((s) => s.text)
    .join('');
}

/** The new text back from a diff (what was kept and inserted). */
export function afterText(segments: readonly WordSegment[]): string {
  return segments
    .filter((s) => s.op !== 'delete')
    .map((s) => s.text)
    .join('');
}
