/**
 * The grammar's inner vocabulary: a token stream with look-ahead helpers, and the
 * calendar expressions the parsers build before they are resolved into ISO dates.
 */
import type { Frequency } from '../../model/deadline.js';
import type { Token } from './tokenizer.js';

/** How coarse a written span is. */
export type Gran = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'academic';

/**
 * A span of days as written. `sy`/`ey` null: the text gives no year; then the span lies
 * within one calendar year and gets its year when resolved. `ed` 0 = last day of month `em`.
 */
export interface Span {
  gran: Gran;
  sy: number | null;
  sm: number;
  sd: number;
  ey: number | null;
  em: number;
  ed: number;
  /** "HH:MM" when a time of day follows a date. */
  time?: string;
  /** "HH:MM", the end of a span of time after a date ("12.03.2016 12.00–14.00"). */
  endTime?: string;
  /** Set when the text names a day that does not exist; the text in question. */
  invalid?: string;
}

/** A calendar expression: one span, a continuous range, separate items, or an open bound. */
export type Expr =
  | { t: 'span'; span: Span }
  | { t: 'range'; from: Span; to: Span }
  | { t: 'list'; items: Span[] }
  | { t: 'by'; target: Expr }
  | { t: 'since'; target: Span };

/** A piece of a recurrence; several pieces of one text are merged. */
export interface RecurrenceFragment {
  frequency?: Frequency;
  interval?: number;
  count?: number;
  weekdays?: string[];
  dayOfMonth?: number;
}

export interface Match<T> {
  value: T;
  /** Index of the first token after the match. */
  next: number;
}

/** Read-only look-ahead over the tokens. */
export class Stream {
  constructor(readonly tokens: readonly Token[]) {}

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** The normalized word at i, or null when i is not a word. */
  word(i: number): string | null {
    const t = this.tokens[i];
    return t && t.kind === 'word' ? t.text : null;
  }

  isWord(i: number, ...words: string[]): boolean {
    const w = this.word(i);
    return w !== null && words.includes(w);
  }

  inSet(i: number, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
    const w = this.word(i);
    return w !== null && set.has(w);
  }

  /** The number at i (digits only), or null. */
  num(i: number): { value: number; digits: number } | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num') return null;
    // Long digit runs are not numbers the grammar reads; keep them exact enough to reject.
    return { value: t.text.length > 9 ? Number.MAX_SAFE_INTEGER : Number(t.text), digits: t.text.length };
  }

  isPunct(i: number, ...chars: string[]): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'punct' && (chars.length === 0 || chars.includes(t.text));
  }

  /** Token i follows token i-1 with no whitespace between them. */
  glued(i: number): boolean {
    const t = this.tokens[i];
    return !!t && !t.space;
  }
}
