/**
 * Tokens → parts. Walks the text left to right and at each place tries, in order:
 * a period phrase, a recurrence fragment, a calendar expression, a condition.
 * What none of them reads is kept as leftover, never dropped.
 */
import { condition, period } from './conditions.js';
import { temporal, textOf } from './dates.js';
import { FILLER_WORDS, STRUCTURE_WORDS } from './lexicon.js';
import { recurrence } from './recurrence.js';
import type { Token } from './tokenizer.js';
import { Stream, type Expr, type RecurrenceFragment } from './types.js';

export type Part =
  | { kind: 'temporal'; expr: Expr; from: number; next: number }
  | { kind: 'recurrence'; fragment: RecurrenceFragment; from: number; next: number }
  | { kind: 'period'; from: number; next: number }
  | { kind: 'condition'; from: number; next: number };

export interface TextPiece {
  /** Index of the first token. */
  at: number;
  text: string;
}

export interface Analysis {
  stream: Stream;
  parts: Part[];
  /** Runs of words and numbers no reader understood, as written. */
  leftover: TextPiece[];
  /**
   * A leftover number or structure word ("до", "конец", a month): a sign that the grammar
   * misread the text, which must then not be read in part. The token's text, or null.
   */
  misread: string | null;
  /** The text has a word or a number at all (not only punctuation). */
  hasContent: boolean;
}

const PUNCT = -1;
const FILLER = -2;
const LEFT = -3;

/** Punctuation that may end or open a piece of text without belonging to it. */
const EDGE_PUNCT = new Set(['.', ',', ';', ':', '-', '(', ')', '/', '«', '»', '"', '“', '”', '„', '•', '*']);

const PAIRS: Record<string, string> = { '«': '»', '(': ')', '"': '"', '“': '”', '„': '“' };

/**
 * Text of tokens [from, to) with edge punctuation trimmed; a quote or bracket at an edge
 * stays when its partner is inside ("по плану «Точка роста»").
 */
export function pieceText(s: Stream, from: number, to: number): string {
  const isEdge = (k: number): boolean => s.at(k)?.kind === 'punct' && EDGE_PUNCT.has(s.at(k)?.text ?? '');
  let a = from;
  let b = to;
  while (a < b && isEdge(a)) a++;
  while (b > a && isEdge(b - 1)) b--;
  if (a === b) return '';
  const inside = (ch: string): boolean => {
    for (let k = a; k < b; k++) if (s.at(k)?.text === ch) return true;
    return false;
  };
  for (;;) {
    const before = s.at(a - 1)?.text;
    const after = s.at(b)?.text;
    if (a > from && before !== undefined && PAIRS[before] !== undefined && inside(PAIRS[before] as string)) a--;
    else if (b < to && after !== undefined && Object.entries(PAIRS).some(([o, c]) => c === after && inside(o))) b++;
    else break;
  }
  return textOf(s, a, b);
}

export function analyse(tokens: Token[]): Analysis {
  const s = new Stream(tokens);
  const n = s.length;
  const owner: number[] = new Array<number>(n).fill(LEFT);
  const parts: Part[] = [];
  let i = 0;
  /** The tokens from..next belong to this part now; reading goes on after it. */
  const claim = (part: Part): void => {
    parts.push(part);
    owner.fill(parts.length - 1, part.from, part.next);
    i = part.next;
  };
  while (i < n) {
    const t = s.at(i) as Token;
    if (t.kind === 'punct') {
      owner[i] = PUNCT;
      i++;
      continue;
    }
    const p = period(s, i);
    if (p) {
      claim({ kind: 'period', from: i, next: p.next });
      continue;
    }
    const r = recurrence(s, i);
    if (r) {
      claim({ kind: 'recurrence', fragment: r.value, from: i, next: r.next });
      continue;
    }
    const e = temporal(s, i);
    if (e) {
      claim({ kind: 'temporal', expr: e.value, from: i, next: e.next });
      continue;
    }
    const c = condition(s, i);
    if (c) {
      // Words nobody understood just before a condition belong to it:
      // "в течение месяца после утверждения" is one condition.
      let b = i;
      while (b > 0 && (owner[b - 1] === LEFT || owner[b - 1] === PUNCT || owner[b - 1] === FILLER)) b--;
      while (b < i && owner[b] !== LEFT) b++;
      claim({ kind: 'condition', from: b, next: c.next });
      continue;
    }
    owner[i] = t.kind === 'word' && FILLER_WORDS.has(t.text) ? FILLER : LEFT;
    i++;
  }

  const leftover: TextPiece[] = [];
  let misread: string | null = null;
  let k = 0;
  while (k < n) {
    if (owner[k] !== LEFT) {
      k++;
      continue;
    }
    // A run: leftover words, with punctuation and fillers between them.
    let end = k + 1;
    let j = k + 1;
    while (j < n && (owner[j] === LEFT || owner[j] === PUNCT || owner[j] === FILLER)) {
      if (owner[j] === LEFT) end = j + 1;
      j++;
    }
    for (let x = k; x < end; x++) {
      const t = s.at(x) as Token;
      if (misread === null && owner[x] === LEFT && (t.kind === 'num' || STRUCTURE_WORDS.has(t.text))) misread = t.raw;
    }
    leftover.push({ at: k, text: pieceText(s, k, end) });
    k = end;
  }
  const hasContent = tokens.some((t) => t.kind !== 'punct');
  // Fillers alone ("года") say nothing: when nothing else was read they are not understood either.
  if (parts.length === 0 && leftover.length === 0 && hasContent) {
    const first = owner.findIndex((o) => o === FILLER);
    let last = first;
    owner.forEach((o, x) => {
      if (o === FILLER) last = x;
    });
    leftover.push({ at: first, text: pieceText(s, first, last + 1) });
  }
  return { stream: s, parts, leftover, misread, hasContent };
}
