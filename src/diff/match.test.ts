import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryOf, matchEntries, MIN_SIMILARITY, pairScore, type MatchEntry, type MatchPair } from './match.js';
import { dice, similarity, stemsOf } from './text.js';

const entries = (rows: Array<[string | null, string]>): MatchEntry[] => rows.map(([n, t], i) => entryOf(t, n, i, rows.length));
const pairsOf = (ps: MatchPair[]): Array<[number, number]> => ps.map((p) => [p.old, p.new]);

describe('similarity', () => {
  it('is Dice on word stems: inflection, case, ё and stop words do not count', () => {
    expect(stemsOf('Проведение анализа итогов рейтинга в ОО')).toEqual(['провед', 'анализ', 'итогов', 'рейтин', 'оо']);
    expect(similarity('анализ рейтинга', 'Анализа рейтингов')).toBe(1);
    expect(similarity('её отчёт', 'ее отчет')).toBe(1);
    expect(similarity('Проведение анализа итогов рейтинга', 'Проведение глубокого анализа итогов рейтинга')).toBeCloseTo(8 / 9);
    expect(similarity('', '')).toBe(1);
    expect(similarity('анализ', '')).toBe(0);
  });
});

describe('pairScore', () => {
  it('accepts similar texts anywhere, and less similar ones only with the same number in the same place', () => {
    expect(pairScore(MIN_SIMILARITY, false, false)).not.toBeNull();
    expect(pairScore(0.3, false, true)).toBeNull();
    expect(pairScore(0.3, true, false)).toBeNull();
    expect(pairScore(0.3, true, true)).toBeCloseTo(0.6);
    expect(pairScore(0.2, true, true)).toBeNull();
  });

  it('prefers the same number, then the same place, then the nearer', () => {
    expect(pairScore(0.8, true, false)!).toBeGreaterThan(pairScore(0.8, false, true)!);
    expect(pairScore(0.8, false, true)!).toBeGreaterThan(pairScore(0.8, false, false)!);
    expect(pairScore(1, false, false, 0, 0)!).toBeGreaterThan(pairScore(1, false, false, 0, 0.5)!);
  });
});

describe('matchEntries', () => {
  it('pairs identical texts, reworded texts and renumbered items; leaves the rest', () => {
    const olds = entries([
      ['1', 'Проведение анализа итогов рейтинга'],
      ['2', 'Разработка дорожной карты управления'],
      ['3', 'Организация окружных семинаров'],
      ['4', 'Совещание с руководителями школ'],
    ]);
    const news = entries([
      ['1', 'Проведение анализа итогов рейтинга'],
      ['2', 'Новое мероприятие про олимпиады школьников'],
      ['3', 'Разработка и утверждение дорожной карты управления'],
      ['4', 'Организация окружных семинаров и вебинаров'],
    ]);
    expect(pairsOf(matchEntries(olds, news))).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
  });

  it('duplicates are paired in order, the nearer first', () => {
    const olds = entries([
      ['1', 'Совещание'],
      ['2', 'Отчёт'],
      ['3', 'Совещание'],
    ]);
    const news = entries([
      ['1', 'Совещание'],
      ['2', 'Совещание'],
      ['3', 'Отчёт'],
      ['4', 'Совещание'],
    ]);
    expect(pairsOf(matchEntries(olds, news))).toEqual([
      [0, 0],
      [1, 2],
      // the last old one is at the end, as is the last new one
      [2, 3],
    ]);
  });

  it('the same number and place rescue a heavy rewording; the place alone does not', () => {
    const olds = entries([['1.1', 'Проведение совещания директоров школ']]);
    const news = entries([['1.1', 'Организация выездного семинара для директоров']]);
    expect(pairsOf(matchEntries(olds, news))).toEqual([[0, 0]]);
    expect(pairsOf(matchEntries(olds, news, { sameContext: () => false }))).toEqual([]);
    expect(pairsOf(matchEntries(olds, entries([['1.2', 'Организация выездного семинара для директоров']])))).toEqual([]);
  });

  it('finds a match through rare words among thousands of entries', () => {
    const filler = (i: number): string => `Организация работы методического объединения учителей номер${i}`;
    const olds = entries(Array.from({ length: 3000 }, (_, i) => [String(i + 1), filler(i)] as [string, string]));
    const news = entries(Array.from({ length: 3000 }, (_, i) => [String(i + 2), i % 10 === 0 ? `${filler(i)} и воспитателей` : filler(i)] as [string, string]));
    const pairs = matchEntries(olds, news);
    expect(pairs.length).toBe(3000);
    expect(pairs.every((p) => p.old === p.new)).toBe(true);
  });

  it('is the greedy best-first assignment: exact texts first, then by score (property, against all pairs scored)', () => {
    const word = fc.constantFrom('анализ', 'рейтинг', 'совещание', 'семинар', 'отчёт', 'школа', 'олимпиада', 'карта');
    const row = fc.tuple(fc.constantFrom(null, '1', '2', '3'), fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.array(row, { maxLength: 8 }), (a, b) => {
        const olds = entries(a);
        const news = entries(b);
        expect(pairsOf(matchEntries(olds, news))).toEqual(pairsOf(bruteForce(olds, news)));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every pair scored: exact texts greedily first, then all others. */
function bruteForce(olds: MatchEntry[], news: MatchEntry[]): MatchPair[] {
  const all = (exact: boolean): MatchPair[] => {
    const out: MatchPair[] = [];
    olds.forEach((a, o) =>
      news.forEach((b, n) => {
        if ((a.key === b.key) !== exact) return;
        const sim = exact ? 1 : dice(a.bag, b.bag);
        const s = pairScore(sim, a.number !== null && a.number === b.number, true, 0, Math.abs(a.place - b.place));
        if (s !== null) out.push({ old: o, new: n, similarity: sim, score: s });
      }),
    );
    return out.sort((x, y) => y.score - x.score || x.old - y.old || x.new - y.new);
  };
  const takenO = new Set<number>();
  const takenN = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of [...all(true), ...all(false)]) {
    if (takenO.has(c.old) || takenN.has(c.new)) continue;
    takenO.add(c.old);
    takenN.add(c.new);
    pairs.push(c);
  }
  return pairs.sort((x, y) => x.old - y.old);
}
