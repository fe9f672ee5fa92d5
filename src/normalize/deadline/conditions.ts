/**
 * Words about the whole period ("постоянно", "весь период", "в течение года",
 * "в течение срока проекта") and conditions ("по необходимости", "в сроки, установленные …",
 * "с учетом сроков …", "при проведении"). A condition runs from its opening words to the
 * end of the text and is kept as written.
 */
import {
  ACADEMIC_WORDS,
  ALL_WORDS,
  CONDITION_NOUNS_AFTER,
  CONDITION_OPENERS,
  PERIOD_ADVERBS,
  PERIOD_NOUNS,
  PROJECT_WORDS,
  THROUGHOUT_WORDS,
} from './lexicon.js';
import type { Match, Stream } from './types.js';

const QUOTES = ['«', '»', '"', '“', '”', '„', "'"];

/** Skips "реализации дорожной карты", "проекта", "«дорожной карты»"; returns the index after. */
function projectTail(s: Stream, i: number): number {
  let j = i;
  let end = i;
  while (s.inSet(j, PROJECT_WORDS) || s.isPunct(j, ...QUOTES)) {
    j++;
    if (!s.isPunct(j - 1)) end = j;
  }
  return end;
}

/** A phrase that means "throughout the period of the roadmap". */
export function period(s: Stream, i: number): Match<true> | null {
  const w = s.word(i);
  if (w === null) return null;
  if (PERIOD_ADVERBS.has(w)) return { value: true, next: i + 1 };
  if (w === 'круглый' && s.isWord(i + 1, 'год')) return { value: true, next: i + 2 };
  let j = i;
  let throughout = false;
  let all = false;
  if (w === 'в' || w === 'во' || w === 'на') {
    j++;
    if (s.inSet(j, THROUGHOUT_WORDS)) {
      throughout = true;
      j++;
    }
  }
  if (s.inSet(j, ALL_WORDS)) {
    all = true;
    j++;
  }
  const academic = s.inSet(j, ACADEMIC_WORDS);
  if (academic) j++;
  const noun = s.word(j);
  if (noun === null || !PERIOD_NOUNS.has(noun)) return null;
  const isYear = noun === 'год' || noun === 'года' || noun === 'году';
  if (academic && !isYear) return null;
  j++;
  const tail = projectTail(s, j);
  if (!throughout && !all) {
    // "в период реализации …", "на период действия …": only with whose period it is.
    if (tail === j || isYear) return null;
  }
  return { value: true, next: tail };
}

/** The opening words of a condition at i; the condition runs to the end of the text. */
export function condition(s: Stream, i: number): Match<true> | null {
  const w = s.word(i);
  if (w === null) return null;
  const next = s.word(i + 1);
  // An opener needs something to open: "по" or "в течение" alone is not a condition.
  const rest = (from: number): boolean => {
    for (let k = from; k < s.length; k++) if (s.at(k)?.kind !== 'punct') return true;
    return false;
  };
  if (CONDITION_OPENERS.has(w) && rest(i + 1)) return { value: true, next: s.length };
  if (next !== null && CONDITION_NOUNS_AFTER.get(w)?.has(next) && (next !== 'течение' || rest(i + 2))) {
    return { value: true, next: s.length };
  }
  return null;
}
