/**
 * Tokens grouped into the pieces the segmenter reasons about: initials ("Е. А.") become
 * one piece, and a short name of several words that the document's glossary defines
 * ("Западное управление", "ГЦ ШМС") becomes one name.
 */
import type { Glossary } from './glossary.js';
import type { Token, TokenKind } from './tokenize.js';
import { normalizeWord } from './tokenize.js';

export type UnitKind = Exclude<TokenKind, 'initial'> | 'initials' | 'name';

export interface Unit {
  kind: UnitKind;
  /** As written, with the source's own spacing. */
  text: string;
  start: number;
  end: number;
  /** Single words: Token.word. */
  word: string;
}

function tokenWord(t: Token): string {
  return t.word || normalizeWord(t.text);
}

function phraseAt(tokens: Token[], i: number, glossary: Glossary | null): number {
  if (!glossary) return 0;
  for (const { words } of glossary.phrases) {
    if (i + words.length > tokens.length) continue;
    if (words.every((w, j) => tokens[i + j]!.kind !== 'sep' && tokenWord(tokens[i + j]!) === w)) return words.length;
  }
  return 0;
}

export function toUnits(raw: string, tokens: Token[], glossary: Glossary | null): Unit[] {
  const units: Unit[] = [];
  const span = (kind: UnitKind, from: Token, to: Token, word = ''): Unit => ({
    kind,
    text: raw.slice(from.start, to.end),
    start: from.start,
    end: to.end,
    word,
  });
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const phrase = phraseAt(tokens, i, glossary);
    if (phrase > 0) {
      units.push(span('name', t, tokens[i + phrase - 1]!));
      i += phrase;
      continue;
    }
    if (t.kind === 'initial') {
      let j = i;
      while (j + 1 < tokens.length && j - i < 2 && tokens[j + 1]!.kind === 'initial') j++;
      units.push(span('initials', t, tokens[j]!));
      i = j + 1;
      continue;
    }
    units.push(span(t.kind, t, t, t.word));
    i++;
  }
  return units;
}
