import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace } from './text.js';
import { afterText, beforeText, tokenize, wordDiff } from './words.js';

describe('wordDiff', () => {
  it('works on Cyrillic words, not letters', () => {
    expect(wordDiff('Проведение анализа итогов рейтинга в ОО', 'Проведение глубокого анализа итогов рейтингов в ОО')).toEqual([
      { op: 'equal', text: 'Проведение ' },
      { op: 'insert', text: 'глубокого ' },
      { op: 'equal', text: 'анализа итогов ' },
      { op: 'delete', text: 'рейтинга' },
      { op: 'insert', text: 'рейтингов' },
      { op: 'equal', text: ' в ОО' },
    ]);
  });

  it('reads a replacement of several words as one, with the space between them inside', () => {
    expect(wordDiff('мониторинг качества образования', 'анализ результатов образования')).toEqual([
      { op: 'delete', text: 'мониторинг качества' },
      { op: 'insert', text: 'анализ результатов' },
      { op: 'equal', text: ' образования' },
    ]);
  });

  it('spacing alone is no change', () => {
    expect(wordDiff('до  01.12.2020\n', ' до 01.12.2020')).toEqual([{ op: 'equal', text: 'до 01.12.2020' }]);
  });

  it('punctuation is its own token', () => {
    expect(tokenize('ОО, «красной зоны»')).toEqual(['ОО', ',', ' ', '«', 'красной', ' ', 'зоны', '»']);
    const d = wordDiff('школ «красной зоны»', 'школ «красной зоны»,');
    expect(d.at(-1)).toEqual({ op: 'insert', text: ',' });
  });

  it('gives both texts back, spacing collapsed (property)', () => {
    const word = fc.constantFrom('анализ', 'рейтинга', 'ОО', 'в', 'школ', '2020', ',', '«', '»', '-', 'план');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '')), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = wordDiff(a, b);
        expect(beforeText(d)).toBe(collapseSpace(a));
        expect(afterText(d)).toBe(collapseSpace(b));
        // no two neighbours of the same kind, nothing empty
        for (let i = 0; i < d.length; i++) {
          expect(d[i]!.text).not.toBe('');
          if (i > 0) expect(d[i]!.op).not.toBe(d[i - 1]!.op);
        }
      }),
      { numRuns: 300 },
    );
  });
});
