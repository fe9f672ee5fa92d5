import { describe, expect, it } from 'vitest';
import type { Run } from './geometry.js';
import { makeLine, type Line } from './lines.js';
import { paragraphText } from './paragraphs.js';
import { brokenWord, vocabularyOf } from './words.js';

/**
 * Words LibreOffice breaks without a hyphen in columns a word wide (004 in portrait):
 * the rules that tell a broken word's rest from a word of its own, by hand-built lines.
 */

const run = (text: string, x0: number, baseline: number, x1?: number): Run => ({
  text,
  x0,
  x1: x1 ?? x0 + text.length * 6,
  top: baseline - 11,
  bottom: baseline + 2,
  baseline,
  size: 12,
  bold: false,
  italic: false,
});
const line = (text: string, baseline: number, x1?: number): Line => makeLine([run(text, 100, baseline, x1)], 1);
/** A line that fills the narrow cell. */
const full = (text: string): Line => line(text, 100, 159);
const frame = { left: 100, right: 160 };
const vocabulary = vocabularyOf([
  {
    lines: [
      line('консультации по вопросам работ и консультационного сопровождения школ', 500),
      line('сопровождение школа координирующей программы его работы руководителей ремонт зала', 514),
    ],
    frame: { left: 0, right: 1000 },
  },
]);
const broken = (head: string, next: string, before = ''): boolean => brokenWord(full(head), line(next, 114), frame, vocabulary, false, false, before);

describe('a word broken in a narrow column, without a hyphen', () => {
  it('a letter with a hyphen after it ends the word before ("организационн" / "о-" / "методическое")', () => {
    expect(broken('организационн', 'о-')).toBe(true);
    expect(broken('организационн', 'о-методическое')).toBe(true);
    const bullet = makeLine([run('•', 90, 100, 95), run('организационн', 100, 100, 159)], 1);
    expect(paragraphText([bullet, line('о-', 114), line('методическое', 128)], frame, vocabulary)).toBe('• организационно-методическое');
  });

  it('"я" after a piece that is no word of the document, ending as "-ая", "-ия" end or going on in its words', () => {
    expect(broken('педагогическа', 'я стратегия')).toBe(true);
    expect(broken('сопровождени', 'я деятельности')).toBe(true);
    // a word of the document before "я" is left alone
    expect(broken('школа', 'я')).toBe(false);
  });

  it('a piece the document\'s words go on from, before an ending (a word too: "его") or a rest that is no word', () => {
    expect(broken('координирующ', 'его реализацию')).toBe(true);
    expect(broken('консультац', 'ионному сопровождению')).toBe(true);
    // the rest a word of the document, not an ending: two words ("программ" / "работы" stays apart)
    expect(broken('программ', 'работы')).toBe(false);
    // a word of the document, then a word: apart
    expect(broken('работ', 'его')).toBe(false);
  });

  it('a preposition after a word that fills the line is a word, even in a document that uses it nowhere else', () => {
    expect(broken('выступление', 'на педсовете')).toBe(false);
    // an ending that is also a conjunction ("-но") still mends the word
    expect(broken('еженедель', 'но (по пятницам)')).toBe(true);
  });

  it('a short word the document uses with another ending is a word ("Отремонтирован" / "зал": the document has "зала")', () => {
    expect(broken('Отремонтирован', 'зал')).toBe(false);
    expect(broken('Организацион', 'ные мероприятия')).toBe(true);
  });

  it('"-ам"/"-ям" and "и" after "с" are "-ами"/"-ями" ("с руководителям" / "и"); after other words "и" is a word', () => {
    expect(broken('руководителям', 'и общеобразовательных', 'с')).toBe(true);
    expect(broken('руководителям', 'и общеобразовательных', 'по')).toBe(false);
    expect(paragraphText([line('совещаний с', 86, 159), full('руководителям'), line('и организаций', 114)], frame, vocabulary)).toBe('совещаний с руководителями организаций');
  });
});

describe('characters a cell one character wide sets one a line', () => {
  const lines = (...texts: string[]): Line[] => texts.map((t, i) => line(t, 100 + 14 * i, 100 + 6 * t.length));
  it.each([
    [['10', '0', '%'], '100%'],
    [['И', '/', 'Я'], 'И/Я'],
    [['51', '-', '60'], '51-60'],
    [['рост на', '5 %'], 'рост на 5 %'], // a per cent sign with its own space stays as written
    [['не менее чем в 50', '% ШНОР'], 'не менее чем в 50 % ШНОР'], // after a line of text the break was a space
    [['80,', '0'], '80,0'], // a decimal broken after its comma
    [['2024,', '2025'], '2024, 2025'], // a list of years stays a list
    [['школьные', '/ межшкольные'], 'школьные / межшкольные'], // a slash that opens a line of text keeps its spaces
  ])('%j → %s', (texts, expected) => {
    // the cell is as wide as its widest line: two characters here, a word in the others
    const widest = Math.max(...texts.map((t) => t.length));
    expect(paragraphText(lines(...texts), { left: 100, right: 100 + 6 * widest + 1 }, vocabulary)).toBe(expected);
  });

  it('a verb broken for room before its ending ("Указыв" / "ается")', () => {
    expect(broken('Указыв', 'ается')).toBe(true);
  });
});
