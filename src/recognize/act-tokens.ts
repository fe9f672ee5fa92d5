/**
 * The tokens of a header or stamp line: words, numbers, number signs, blanks, punctuation.
 * The header, stamp and appendix recognizers read these, not the raw string, so that
 * one rule decides what a number sign is (№, №№, N, No, N°) and what an unfilled field
 * is ("«___»______2021 г.", "№ ____", "[Номер документа]") for all of them.
 */

export type ActTokenKind = 'word' | 'num' | 'sign' | 'blank' | 'punct';

export interface ActToken {
  kind: ActTokenKind;
  /** Lower case, "ё" → "е"; a sign is "№", a blank "_". */
  text: string;
  raw: string;
  start: number;
  end: number;
  /** Whitespace precedes the token. */
  space: boolean;
}

/**
 * A blank left for a value to be written in: a run of underscores (with the year's
 * "20" before it: "20__"), a template token a document system leaves in square or
 * double curly brackets ("[Дата документа]", "[REGNUMSTAMP]", "{{number}}"), or
 * quotes with nothing between them ("«    »").
 */
const BLANK = /^(?:(?:19|20)?_{2,}|\[[A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё_ .-]{1,40}\]|\{\{[^{}]{1,40}\}\}|[«"]\s+[»"]|\.{4,}|…{2,})/;

/** "№", "№№", "N°", "Nº" are signs wherever they stand. */
const SIGN = /^(?:№+|N[°º])/;

/** Latin "N", "No", "Nо" (Cyrillic о), "No." stand for "№" before a number or a blank. */
const LATIN_SIGN = /^(?:N|No|Nо|NN)\.?(?![A-Za-zА-Яа-яЁё])/;

const WORD = /^[A-Za-zА-Яа-яЁё]+/;
const NUM = /^\d+/;

export function tokenizeAct(text: string): ActToken[] {
  const out: ActToken[] = [];
  let i = 0;
  let space = false;
  while (i < text.length) {
    const rest = text.slice(i);
    const ws = /^[\s\u00a0]+/.exec(rest);
    if (ws) {
      space = true;
      i += ws[0].length;
      continue;
    }
    let kind: ActTokenKind;
    let len: number;
    let m: RegExpExecArray | null;
    if ((m = BLANK.exec(rest))) [kind, len] = ['blank', m[0].length];
    else if ((m = SIGN.exec(rest))) [kind, len] = ['sign', m[0].length];
    else if ((m = LATIN_SIGN.exec(rest)) && signTarget(text.slice(i + m[0].length))) [kind, len] = ['sign', m[0].length];
    else if ((m = NUM.exec(rest))) [kind, len] = ['num', m[0].length];
    else if ((m = WORD.exec(rest))) [kind, len] = ['word', m[0].length];
    else [kind, len] = ['punct', rest.codePointAt(0)! > 0xffff ? 2 : 1];
    const raw = text.slice(i, i + len);
    const norm = kind === 'sign' ? '№' : kind === 'blank' ? '_' : raw.toLowerCase().replace(/ё/g, 'е');
    out.push({ kind, text: norm, raw, start: i, end: i + len, space });
    space = false;
    i += len;
  }
  return out;
}

/** What may follow a Latin "N" for it to be a number sign: a number, a blank, a template token. */
function signTarget(after: string): boolean {
  return /^\s*(?:\d|_{2}|\[|\{\{)/.test(after);
}

/**
 * The number sign alone, as a header cell writes it ("№", "N", "No", "№№", "N п/п"):
 * exported so that every recognizer, the column headers' too, reads it the same way.
 */
export function isNumberSignWord(word: string): boolean {
  return /^(?:№+|N[°º]?|No\.?|Nо|NN)$/.test(word.trim());
}
