import type { Line } from './lines.js';
import { stripBullet } from './text.js';

/** The horizontal room lines are set in: a page's text column or a cell's inside. */
export interface Frame {
  left: number;
  right: number;
}

/**
 * The document as its own dictionary. `all` counts every word (lower case, letters
 * only) as printed; `clean` leaves out the places where a word broken for lack of room
 * would stand (the last word of a line that fills its frame and the first word of the
 * line after it), so a piece of a broken word is not taken for a word.
 */
export interface Vocabulary {
  all: Map<string, number>;
  clean: Map<string, number>;
}

export function vocabularyOf(stretches: { lines: Line[]; frame: Frame }[]): Vocabulary {
  const all = new Map<string, number>();
  const clean = new Map<string, number>();
  const add = (m: Map<string, number>, w: string): void => {
    m.set(w, (m.get(w) ?? 0) + 1);
  };
  for (const { lines, frame } of stretches) {
    let afterFull = false;
    for (const l of lines) {
      const words = l.text.toLowerCase().match(/\p{L}+/gu) ?? [];
      const full = fillsFrame(l, frame);
      words.forEach((w, i) => {
        add(all, w);
        if (!(i === 0 && afterFull) && !(i === words.length - 1 && full)) add(clean, w);
      });
      afterFull = full;
    }
  }
  const vocabulary = { all, clean };
  // words the sure rules mend count as words: a header broken the same way on every page
  // ("Ответствен" / "ный") vouches for one broken elsewhere ("Ответст" / "венный")
  for (const { lines, frame } of stretches) {
    for (let i = 1; i < lines.length; i++) {
      const joined = brokenWord(lines[i - 1]!, lines[i]!, frame, vocabulary, i === lines.length - 1, true);
      if (joined) add(all, joined);
    }
  }
  return vocabulary;
}

/** Less than a letter of room is left beside the line (measured on the width too: it may be centered). */
export function fillsFrame(l: Line, frame: Frame): boolean {
  return Math.min(frame.right - l.x1, frame.right - frame.left - (l.x1 - l.x0)) <= 0.7 * l.size;
}

/**
 * A word wider than its cell is broken where the cell ends, with no hyphen
 * ("Организацион" / "ные мероприятия"). Geometry alone cannot tell that from a short
 * word that happens to fill its line ("Ответственные" / "исполнители"): in both the line
 * holds that one word (after a number label), less than a letter short of the frame's
 * edge, and the next line goes on in lower case. The document's own words decide:
 * the pieces are joined when the joined word occurs in it, or when the rest is not a
 * word it uses elsewhere and looks like the end of one (an ending such as "ость",
 * "вных"; a short piece; one letter that is no word), or when the piece is no word of
 * the document but its words go on from it ("консультац" / "ионному", "координирующ" /
 * "его"). `before` is the word before the piece, for the one case grammar settles
 * ("с руководителям" / "и").
 */
export function brokenWord(l: Line, next: Line, frame: Frame, vocabulary: Vocabulary, nextEnds: boolean, sureOnly?: false, before?: string): boolean;
export function brokenWord(l: Line, next: Line, frame: Frame, vocabulary: Vocabulary, nextEnds: boolean, sureOnly: true): string | null;
export function brokenWord(l: Line, next: Line, frame: Frame, vocabulary: Vocabulary, nextEnds: boolean, sureOnly = false, before = ''): boolean | string | null {
  const no = sureOnly ? null : false;
  // (the geometry first: it is cheap, and most lines do not fill their frame)
  if (!fillsFrame(l, frame)) return no;
  // (after a number label or a list entry's bullet)
  const words = stripBullet(l.text).replace(/^\d+(?:\.\d+)*\.?\s+/, '').split(' ');
  if (words.length !== 1) return no;
  // digits broken in a narrow column ("25.11.202" / "1")
  if (/\d$/.test(l.text) && /^\d/.test(next.text)) return sureOnly ? null : true;
  if (!/\p{L}$/u.test(l.text)) return no;
  const head = (l.text.toLowerCase().match(/\p{L}+$/u) ?? [''])[0]!;
  const tail = (next.text.toLowerCase().match(/^\p{L}+/u) ?? [''])[0]!;
  // an abbreviation in capitals broken in two ("МОУ" / "О"): only when the document has it whole
  if (/^\p{Lu}+$/u.test(words[words.length - 1]!) && /^\p{Lu}+(?:\P{L}|$)/u.test(next.text)) return !sureOnly && (vocabulary.all.get(head + tail) ?? 0) > 0 ? true : no;
  if (!/^\p{Ll}/u.test(next.text)) return no;
  const yes = sureOnly ? head + tail : true;
  const known = (w: string): number => vocabulary.clean.get(w) ?? 0;
  if (!sureOnly && (vocabulary.all.get(head + tail) ?? 0) > 0) return yes;
  if (tail.length === 1) {
    // a word's last letter: one that is no word, or before closing marks ("высокобалльник" / "и»."), or alone
    // on the paragraph's last line (no text ends with a one-letter word: "постоянн" / "о")
    if (!ONE_LETTER_WORDS.includes(tail) || /^\p{L}[»")\].,;:]/u.test(next.text.trim()) || (nextEnds && next.text.trim().length === 1)) return yes;
    if (sureOnly) return null;
    // a letter joined by a hyphen to the word after it is a word's end, not a word ("организационн" / "о-методическое")
    if (known(head) === 0 && /^\p{L}-(?:\p{L}|$)/u.test(next.text.trim())) return true;
    // "я" in lower case is rare in an order: after a piece the document never uses as a word, ending as
    // "-ая", "-ия", "-ья" end, or going on in its words, it ends that word ("педагогическа" / "я", "сопровождени" / "я")
    if (tail === 'я' && known(head) === 0 && (/[аиья]$/.test(head) || stem(head, vocabulary))) return true;
    // after "с", "между", "над", "под", "перед" a noun takes "-ами"/"-ями", not "-ам"/"-ям": "с руководителям" / "и" is "с руководителями"
    if (tail === 'и' && /[ая]м$/.test(head) && /^(?:с|со|между|над|под|перед|за)$/i.test(before)) return true;
    // a one-letter word after a piece the document never uses as a word: a rare one ("профессиональног" / "о"),
    // or any when the document uses the piece with other endings ("руководител" / "и": "руководителей")
    return known(head) === 0 && (/[оуж]/.test(tail) || inflected(head, vocabulary));
  }
  // a piece the document never uses as a word but whose words go on from it ("консультац": "консультации"),
  // before an ending ("его", "ому") or a rest that is no word ("ионному"): one word broken
  if (!sureOnly && known(head) === 0 && stem(head, vocabulary) && (INFLECTION.test(tail) || known(tail) === 0)) return yes;
  if (known(tail) > 0) return no;
  // a preposition or conjunction starts the next words however short the document is
  // ("выступление" / "на педсовете"); it ends a word only when the document has that word whole
  if (FUNCTION_WORDS.has(tail)) return no;
  // an ending ("ость", "вных") or a short piece ("брь") the document does not use as a word
  if (ENDING.test(tail) || PARTICIPLE.test(tail)) return yes;
  // a short word the document has with another ending ("зал": "зала") is that word ("Отремонтирован" / "зал")
  if (tail.length >= 3 && inflectedFrom(tail, vocabulary)) return no;
  return tail.length <= 4 ? yes : no;
}

/** Words of the document go on from `head` (four letters or more): it is the start of a word, perhaps of this one. */
function stem(head: string, vocabulary: Vocabulary): boolean {
  if (head.length < 4) return false;
  for (const w of vocabulary.all.keys()) if (w.length > head.length && w.startsWith(head)) return true;
  return false;
}

/** The document has a word that is `word` with an ending of one or two letters ("зала" for "зал"). */
function inflectedFrom(word: string, vocabulary: Vocabulary): boolean {
  for (const w of vocabulary.clean.keys()) if (w.length > word.length && w.length <= word.length + 2 && w.startsWith(word)) return true;
  return false;
}

/** Short endings a broken word's rest may be although they are words too ("координирующ" / "его"). */
const INFLECTION = /^(?:его|ему|ого|ому|ими|ыми|ами|ями|ее|ие|ые|ая|яя|ую|юю|ой|ей|ий|ый|ом|ем|им|ым|ах|ях|ых|их)$/;

/** Words of the document go on from `stem` with two or more different short endings: it is a stem, not a word. */
function inflected(stem: string, vocabulary: Vocabulary): boolean {
  if (stem.length < 5) return false;
  const next = new Set<string>();
  for (const w of vocabulary.clean.keys()) if (w.length > stem.length && w.length <= stem.length + 3 && w.startsWith(stem)) next.add(w[stem.length]!);
  return next.size >= 2;
}

/** Prepositions, conjunctions and particles of two letters or more: words in their own right. */
// (not those that also end many words: "-но", "-то", "-да", "-ли", "-же")
const FUNCTION_WORDS = new Set(['на', 'по', 'за', 'из', 'от', 'до', 'для', 'при', 'под', 'над', 'без', 'про', 'через', 'об', 'со', 'во', 'ко', 'не', 'или', 'как', 'что', 'также', 'либо', 'если']);

/** Russian words of one letter. */
const ONE_LETTER_WORDS = 'авиксоуяж';

/** What a broken-off end of a Russian word looks like: an ending, perhaps after a vowel and consonants ("ные", "ость", "вных"). */
const ENDING =
  /^[аеиоуыэюяё]?[бвгджзклмнпрстфхцчшщ]{0,2}(?:ость|ости|остью|сти|ные|ных|ный|ная|ное|ным|ними|ния|нии|ние|нию|ции|ция|цию|ого|ому|ими|ыми|ами|ями|ему|его|ая|ое|ые|ых|ий|ой|ый|ую|ие|ия|ию|ии|ем|ом|ам|ям|ах|ях|ов|ев|ь|ть|ается|яется|ется|ится|ются|ятся|ает|яет|ают|яют|ует|уют)$/;

/** The end of a participle ("координир" / "ующей"). */
const PARTICIPLE = /^[уюая]{0,2}[щш](?:ий|ая|ее|ие|их|им|ими|ей|ую|его|ему|ем)$/;

