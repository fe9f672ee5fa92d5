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
  return (text.toLowerCase().replace(/ё/gu, 'е').match(WORD) ?? []) as string[];
}

/** Words too common to say anything about what an activity is. */
const STOP = new Set([
  'а', 'в', 'во', 'и', 'к', 'ко', 'с', 'со', 'о', 'об', 'обо', 'у', 'на', 'по', 'от', 'до', 'для', 'из', 'за', 'при',
  'не', 'как', 'их', 'его', 'ее', 'том', 'числе', 'т', 'д', 'п', 'г', 'гг', 'или', 'также', 'что', 'это',
]);

/** Russian inflects the ending: six letters are enough to tell "рейтинга" and "рейтингов" are one word. */
export const STEM_LENGTH = 6;

export function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    if (STOP.has(w)) continue;
    out.push(w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w);
  }
  return out;
}

/** A multiset of stems with its size, made once per text. */
export interface Bag {
  counts: Map<string, number>;
  size: number;
}

export function bagOf(text: string): Bag {
  const counts = new Map<string, number>();
  const stems = stemsOf(text);
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return { counts, size: stems.length };
}

/**
 * Dice coefficient of two stem multisets: 2·|A∩B| / (|A|+|B|), 1 for the same words in any
 * order, 0 for none in common. Two empty texts are alike (1).
 */
export function dice(a: Bag, b: Bag): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [stem, n] of small.counts) {
    const m = large.counts.get(stem);
    if (m !== undefined) common += n < m ? n : m;
  }
  return (2 * common) / (a.size + b.size);
}

/** How alike two texts are, 0..1. */
export function similarity(a: string, b: string): number {
  return dice(bagOf(a), bagOf(b));
}
