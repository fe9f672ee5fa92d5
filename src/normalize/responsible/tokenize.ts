/**
 * Cuts a responsible cell into tokens. Quoted names («…», "…", “…”, „…“) and
 * parenthesised remarks are single tokens, so nothing inside them (commas, line breaks,
 * capitals) can split a party. A quote or bracket without its pair is an ordinary mark.
 * Every character of the input lies in exactly one token or in the whitespace between them.
 */

export type TokenKind =
  | 'sep' // a comma, a semicolon or a line break outside quotes and brackets
  | 'quote' // «…» and the like, with what is inside
  | 'paren' // (…)
  | 'abbr' // ОО, МОУО, ГЦ, УОи, КДНиЗП, НШ-ДС
  | 'initial' // one capital and a dot: "Е."
  | 'cap' // a capitalised word: Западное, Ильина
  | 'low' // a lower-case word, with the dot that may close it: управление, зав., г.
  | 'num' // anything that starts with a digit: 5, 2020-2021, 11а
  | 'mark'; // any other character: №, –, •, /, a lone quote

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Words only: lower case, "ё" → "е", without a closing dot. */
  word: string;
}

const SPACE = /(?:(?![\n\r\u2028\u2029])[\s\u200B\uFEFF])+/uy;
const SEPARATOR = /[,;\n\r\u2028\u2029]/uy;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/uy;
const ANY = /[^]/uy;

/** Closers for each opening quote; "«" nests, the others do not. */
const QUOTE_CLOSERS: Record<string, string> = { '«': '»', '"': '"', '“': '”', '„': '“”' };

function matchAt(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/** Index just after the closer that matches the opener at `i`, or -1. */
function closingIndex(s: string, i: number): number {
  const open = s[i]!;
  if (open === '«' || open === '(') {
    const close = open === '«' ? '»' : ')';
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === open) depth++;
      else if (s[j] === close && --depth === 0) return j + 1;
    }
    return -1;
  }
  const closers = QUOTE_CLOSERS[open];
  if (!closers) return -1;
  for (let j = i + 1; j < s.length; j++) if (closers.includes(s[j]!)) return j + 1;
  return -1;
}

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
}

const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}]*(?:и\p{Lu}[\p{Lu}\p{N}]*)*и?$/u;

function wordKind(text: string): TokenKind {
  if (/^\p{N}/u.test(text)) return 'num';
  const letters = text.replace(/[-‐‑\p{M}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (capitals >= 2 && ABBREVIATION.test(letters)) return 'abbr';
  return /^\p{Lu}/u.test(text) ? 'cap' : 'low';
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number): void => {
    const text = s.slice(start, end);
    out.push({ kind, text, start, end, word: kind === 'low' || kind === 'cap' || kind === 'abbr' ? normalizeWord(text) : '' });
  };
  let i = 0;
  while (i < s.length) {
    const space = matchAt(SPACE, s, i);
    if (space) {
      i += space.length;
      continue;
    }
    const sep = matchAt(SEPARATOR, s, i);
    if (sep) {
      push('sep', i, i + sep.length);
      i += sep.length;
      continue;
    }
    const ch = s[i]!;
    if (Object.hasOwn(QUOTE_CLOSERS, ch) || ch === '(') {
      const end = closingIndex(s, i);
      if (end > 0) {
        push(ch === '(' ? 'paren' : 'quote', i, end);
        i = end;
        continue;
      }
    }
    const word = matchAt(WORD, s, i);
    if (word) {
      let end = i + word.length;
      let kind = wordKind(word);
      if (s[end] === '.' && /^\p{Lu}$/u.test(word)) {
        kind = 'initial';
        end++;
      } else if (s[end] === '.' && kind === 'low') {
        end++;
      }
      push(kind, i, end);
      i = end;
      continue;
    }
    const any = matchAt(ANY, s, i)!; // one code point, so a surrogate pair stays whole
    push('mark', i, i + any.length);
    i += any.length;
  }
  return out;
}
