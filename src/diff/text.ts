/**
 * Text as the matcher sees it: spacing collapsed for "is it the same text", and a bag of
 * word stems for "how alike are two texts".
 */

/** Spacing collapsed and trimmed: two texts that differ only in spacing are the same text. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The key texts are bucketed by: case, ё/е, punctuation and spacing do not count. */
export function textKey(text: string): string {
  return wordsOf(text).join(' ');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words, ё read as е. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  return ((lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower).match(WORD) ?? []) as string[];
}

/** Words too common to say anything about what an activity is. */
const STOP = new Set([
  'а', 'в', 'во', 'и', 'к', 'ко', 'с', 'со', 'о', 'об', 'обо', 'у', 'на', 'по', 'от', 'до', 'для', 'из', 'за', 'при',
  'не', 'как', 'их', 'его', 'ее', 'том', 'числе', 'т', 'д', 'п', 'г', 'гг', 'или', 'также', 'что', 'это',
]);

/** Russian inflects the ending: six letters are enough to tell "рейтинга" and "рейтингов" are one word. */
export const STEM_LENGTH = 6;

export function stemsOf(text: string): string[] {
  return stemsOfWords(wordsOf(text));
}

function stemsOfWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (STOP.has(w)) continue;
    out.push(w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w);
  }
  return out;
}

/**
 * A multiset of stems, made once per text: the distinct stems as ascending ids (interned for
 * the life of the process) with their counts, so that two bags are compared by one merge.
 */
export interface Bag {
  ids: Int32Array;
  counts: Int32Array;
  /** How many stems in all, repeats counted. */
  size: number;
}

const STEM_IDS = new Map<string, number>();

function stemId(stem: string): number {
  let id = STEM_IDS.get(stem);
  if (id === undefined) STEM_IDS.set(stem, (id = STEM_IDS.size));
  return id;
}

export function bagOf(text: string): Bag {
  return bagOfStems(stemsOf(text));
}

function bagOfStems(stems: readonly string[]): Bag {
  const ids = stems.map(stemId).sort((x, y) => x - y);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (const id of ids) {
    if (distinct.length && distinct[distinct.length - 1] === id) counts[counts.length - 1]!++;
    else {
      distinct.push(id);
      counts.push(1);
    }
  }
  return { ids: Int32Array.from(distinct), counts: Int32Array.from(counts), size: stems.length };
}

/** What the matcher needs of a text: its exact-text key and its bag of stems. */
export interface Analyzed {
  key: string;
  bag: Bag;
}

export function analyze(text: string): Analyzed {
  const words = wordsOf(text);
  return { key: words.join(' '), bag: bagOfStems(stemsOfWords(words)) };
}

/**
 * analyze() remembering what it has seen: most texts of an amended order are those of the
 * original, so each is read once for both sides. Bags are shared and must not be changed.
 */
export function cachedAnalyzer(): (text: string) => Analyzed {
  const seen = new Map<string, Analyzed>();
  return (text) => {
    let a = seen.get(text);
    if (!a) seen.set(text, (a = analyze(text)));
    return a;
  };
}

/**
 * Dice coefficient of two stem multisets: 2·|A∩B| / (|A|+|B|), 1 for the same words in any
 * order, 0 for none in common. Two empty texts are alike (1).
 */
export function dice(a: Bag, b: Bag): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const x = a.ids;
  const y = b.ids;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.length && j < y.length) {
    const u = x[i]!;
    const v = y[j]!;
    if (u === v) {
      const m = a.counts[i]!;
      const n = b.counts[j]!;
      common += m < n ? m : n;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return (2 * common) / (a.size + b.size);
}

/** The most dice() can be for bags of these sizes (all of the smaller in the larger). */
export function diceBound(a: Bag, b: Bag): number {
  if (a.size === 0 && b.size === 0) return 1;
  return (2 * Math.min(a.size, b.size)) / (a.size + b.size);
}

/** How alike two texts are, 0..1. */
export function similarity(a: string, b: string): number {
  return dice(bagOf(a), bagOf(b));
}
