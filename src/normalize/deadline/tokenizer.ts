/**
 * Text → tokens. Normalizes spelling (case, "ё", dashes, odd spaces, Latin look-alike letters)
 * while remembering where every token came from, so that conditions can be returned as written.
 * Repairs words a line wrap broke in two ("по необходимост и", "сен-\nтябрь").
 */
import { VOCABULARY } from './lexicon.js';

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Normalized text: lower case, "ё" → "е", every dash → "-". */
  text: string;
  /** The text as written (for a repaired word: its parts without the break). */
  raw: string;
  /** Offsets in the raw string, end exclusive. */
  start: number;
  end: number;
  /** Whitespace (or a line break) precedes the token. */
  space: boolean;
  /** A line break precedes the token. */
  nl: boolean;
}

const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2e3a\u2e3b]/;
const LINE_BREAKS = /[\n\r\u2028\u2029\v\f\u0085]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/;

function normChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (LINE_BREAKS.test(ch)) return '\n';
  if (/\s/.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  if (ch === 'ё' || ch === 'Ё') return 'е';
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/** Latin letters that look like Cyrillic ones, for words typed in mixed scripts ("cентябрь"). */
const LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
};
/** One-letter Latin words that can only be Russian prepositions here ("c 1 декабря"). */
const LATIN_PREPOSITIONS: Record<string, string> = { c: 'с', k: 'к', o: 'о', a: 'а', y: 'у' };

function fixScript(word: string): string {
  if (word.length === 1 && LATIN_PREPOSITIONS[word]) return LATIN_PREPOSITIONS[word];
  if (!/[a-z]/.test(word) || !/[а-яё]/.test(word)) return word;
  let out = '';
  for (const ch of word) out += LOOKALIKES[ch] ?? ch;
  return out;
}

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isLetter = (ch: string): boolean => /[\p{L}\p{M}]/u.test(ch);

export function tokenize(raw: string): Token[] {
  // Normalized characters with the raw offset of each.
  const chars: string[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const ch of raw) {
    const n = normChar(ch);
    for (const c of n) {
      chars.push(c);
      offsets.push(pos);
    }
    pos += ch.length;
  }

  const tokens: Token[] = [];
  let space = false;
  let nl = false;
  let k = 0;
  while (k < chars.length) {
    const c = chars[k] as string;
    if (c === ' ' || c === '\n') {
      space = true;
      if (c === '\n') nl = true;
      k++;
      continue;
    }
    let j = k + 1;
    let kind: TokenKind = 'punct';
    if (isDigit(c)) {
      kind = 'num';
      while (j < chars.length && isDigit(chars[j] as string)) j++;
    } else if (isLetter(c)) {
      kind = 'word';
      while (j < chars.length && isLetter(chars[j] as string)) j++;
    }
    const start = offsets[k] as number;
    const last = offsets[j - 1] as number;
    const end = last + (raw.codePointAt(last)! > 0xffff ? 2 : 1);
    let text = chars.slice(k, j).join('');
    if (kind === 'word') text = fixScript(text);
    tokens.push({ kind, text, raw: raw.slice(start, end), start, end, space, nl });
    space = false;
    nl = false;
    k = j;
  }
  return repairWraps(tokens);
}

function known(w: string): boolean {
  return VOCABULARY.has(w);
}

function merge(a: Token, b: Token): Token {
  return { ...a, text: a.text + b.text, raw: a.raw + b.raw, end: b.end };
}

/**
 * Joins the parts of a word broken by a line wrap: "необходимост и" → "необходимости",
 * "сен-\nтябрь" → "сентябрь". Only when the joined word is one the grammar knows and one of the
 * parts is not a word by itself, or when a short lower-case tail hangs after an unknown word.
 */
function repairWraps(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let k = 0;
  while (k < tokens.length) {
    const a = tokens[k] as Token;
    const b = tokens[k + 1];
    const c = tokens[k + 2];
    if (a.kind === 'word' && b?.kind === 'word' && b.space) {
      const joined = a.text + b.text;
      const byVocabulary = known(joined) && (!known(a.text) || !known(b.text));
      const shortTail =
        !known(a.text) &&
        !known(b.text) &&
        a.text.length >= 3 &&
        b.text.length <= 2 &&
        /^[а-я]+$/.test(a.text + b.text) &&
        b.raw === b.raw.toLowerCase();
      if (byVocabulary || shortTail) {
        tokens[k + 1] = merge(a, b);
        k++;
        continue;
      }
    }
    if (a.kind === 'word' && b?.kind === 'punct' && b.text === '-' && !b.space && c?.kind === 'word' && c.nl) {
      const joined = a.text + c.text;
      if (known(joined) && (!known(a.text) || !known(c.text))) {
        tokens[k + 2] = merge(a, c);
        k += 2;
        continue;
      }
    }
    out.push(a);
    k++;
  }
  return out;
}
