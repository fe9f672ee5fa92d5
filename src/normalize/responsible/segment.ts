/**
 * Cuts a cell's pieces into parties.
 *
 * Commas, semicolons and line breaks always end a party (quotes and brackets are single
 * pieces, so they never split). Without punctuation, a party ends where the next piece
 * begins a party of its own:
 *
 * - an abbreviation after a name begins a party ("МОУО ПРШ", "ДО МОО «ГПРО»"), except the
 *   second half of a two-word abbreviation ("ГЦ ШМС": a known prefix, or an unknown
 *   two-letter one, or an abbreviation glued with "и": "УОи МП"), and the qualifiers of a
 *   legal form ("ГБОУ ДПО ЦПК «…»");
 * - an abbreviation after words is part of them when they are only adjectives ("окружные
 *   УМО") or end in a noun that takes it as its complement ("руководители ОО",
 *   "Управленческая команда ПРШ", "зав.ИДЦ"); otherwise it begins a party ("Точки роста ПРШ");
 * - a quoted name belongs to the name or words before it ("МОО «ГЦРО»", "школа «Радуга»");
 *   a second quoted name begins another party, which inherits the legal form of the first
 *   ("МБОУ «Куломзинская СШ», «Чистовская СШ»" → "МБОУ «Чистовская СШ»");
 * - a capitalised word begins a party ("… образования Точки роста", "МОУО Ассоциация
 *   педагогов"), unless it follows a place or preposition ("г. Сызрань", "им. …") or is an
 *   adjective in an oblique case ("ГБОУ ИРО Краснодарского края");
 * - a lower-case word after a name begins a party when it names people or a body in the
 *   nominative, or is a nominative adjective ("МОО «ГЦРО» члены муниципальной команды",
 *   "МОУО учреждения …", "ГЦ ШМС муниципальная команда"); otherwise it qualifies the name
 *   ("ПРШ группы риска", "ОО с низкими результатами");
 * - a surname with initials is a person, whichever order ("Ильина Е.А.", "Е.П.Сереброва");
 *   a position just before it stays with the person, as the plan names them: "зав.ИДЦ
 *   Сереброва Е.П." is one party, a person (the position is not a second party); so is a
 *   position after the name and a comma ("Лебедева О.П., директор МАУ «ГМЦ»");
 * - "и" between two parties is dropped ("Западное управление и Ресурсный центр").
 */
import { COMPOUND_PREFIXES, ORG_FORMS, ORG_QUALIFIERS } from './abbreviations.js';
import {
  beginsParty,
  isMarker,
  isNominativeAdjective,
  isObliqueCapital,
  isPosition,
  PLACE_NOUNS,
  takesComplement,
} from './lexicon.js';
import type { Unit } from './units.js';

export interface Draft {
  units: Unit[];
  /** The legal form inherited from the school before ("МБОУ"). */
  prefix?: string;
  person?: boolean;
  /** A noun has taken its abbreviation ("руководители ОО"): the next one begins a party. */
  complement?: boolean;
}

/** Whether an abbreviation is known (glossary or built-in), so that it stands alone. */
export type Known = (abbreviation: string) => boolean;

const isName = (u: Unit): boolean => u.kind === 'abbr' || u.kind === 'name';
const isWord = (u: Unit): boolean => u.kind === 'cap' || u.kind === 'low';
const significant = (u: Unit): boolean => u.kind !== 'mark' && u.kind !== 'sep';
const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;

export function significantUnits(d: Draft): Unit[] {
  return d.units.filter(significant);
}

function lastSignificant(d: Draft): Unit | undefined {
  for (let i = d.units.length - 1; i >= 0; i--) if (significant(d.units[i]!)) return d.units[i];
  return undefined;
}

function afterMarker(d: Draft | null): boolean {
  const l = d ? lastSignificant(d) : undefined;
  return l !== undefined && l.kind === 'low' && isMarker(l.word);
}

/** "ГЦ" waiting for its second half: a known prefix, or a two-letter abbreviation nobody defines. */
function compoundStart(d: Draft, known: Known): boolean {
  const sig = significantUnits(d);
  if (sig.length !== 1 || sig[0]!.kind !== 'abbr') return false;
  const text = sig[0]!.text;
  return COMPOUND_PREFIXES.has(text) || (letters(text) === 2 && !known(text));
}

/** "МБОУ", "ГБОУ ДПО ЦПК": a legal form and its qualifiers, still waiting for the name. */
function openLegalForm(d: Draft): boolean {
  const sig = significantUnits(d);
  return sig.length > 0 && ORG_FORMS.has(sig[0]!.text) && sig.every((u) => u.kind === 'abbr');
}

function hasQuote(d: Draft): boolean {
  return d.prefix !== undefined || d.units.some((u) => u.kind === 'quote');
}

function adjectivesOnly(d: Draft): boolean {
  const sig = significantUnits(d);
  return sig.length > 0 && sig.every((u) => isWord(u) && isNominativeAdjective(u.word));
}

type Verdict = 'new' | 'joins' | 'complement';

/** Does piece `u` continue the party being read, or begin another? */
function verdict(d: Draft, u: Unit, next: Unit | undefined, known: Known): Verdict {
  const l = lastSignificant(d);
  if (!l) return 'joins';
  if (u.kind === 'num' || u.kind === 'mark' || u.kind === 'paren') return 'joins';
  if (d.person) return 'new';
  // "Все ОО", "отдельные ОО": a quantifier alone names nobody; it belongs to what follows
  if (significantUnits(d).length === 1 && isWord(l) && QUANTIFIERS.has(l.word)) return 'joins';
  const nextWord = next && isWord(next) ? next.word : undefined;
  switch (u.kind) {
    case 'initials':
      return 'joins';
    case 'abbr':
    case 'name':
      if (isName(l)) {
        if (l.kind === 'abbr' && l.text.endsWith('и')) return 'joins';
        if (u.kind === 'abbr' && compoundStart(d, known)) return 'joins';
        if (u.kind === 'abbr' && openLegalForm(d) && (ORG_QUALIFIERS.has(u.text) || !known(u.text))) return 'joins';
        return 'new';
      }
      if (isWord(l)) {
        if (l.kind === 'low' && isMarker(l.word)) return 'joins';
        if (adjectivesOnly(d)) return 'joins';
        if (!d.complement && takesComplement(l.word)) return 'complement';
      }
      return 'new';
    case 'quote':
      if (hasQuote(d)) return 'new';
      return isName(l) || isWord(l) || l.kind === 'num' ? 'joins' : 'new';
    case 'cap':
      if (l.kind === 'low' && isMarker(l.word)) return 'joins';
      if (isObliqueCapital(u.word, nextWord)) return 'joins';
      if (PLACE_NOUNS.has(u.word) && l.kind === 'cap' && isObliqueCapital(l.word, u.word)) return 'joins';
      return 'new';
    case 'low':
      if (isWord(l)) return 'joins';
      if (beginsParty(u.word) || (isNominativeAdjective(u.word) && nextWord !== undefined)) return 'new';
      return 'joins';
    default:
      return 'new';
  }
}

function surnameLike(u: Unit | undefined): boolean {
  return u !== undefined && u.kind === 'cap' && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(u.text);
}

/** How many pieces from `k` make a person's name: "Ильина Е.А.", "Е.П.Сереброва", "Иванова Елена Александровна". */
function personLength(units: Unit[], k: number): number {
  const [u, n, n2] = [units[k], units[k + 1], units[k + 2]];
  if (surnameLike(u) && n?.kind === 'initials') return 2;
  if (u?.kind === 'initials' && surnameLike(n)) return 2;
  if (surnameLike(u) && surnameLike(n) && surnameLike(n2) && /(?:вич|вна|чна|ична|ьич)$/.test(n2!.word)) return 3;
  return 0;
}

/** Words before a name that say what the person is: "зав.ИДЦ", "начальник отдела". */
function positionLike(d: Draft): boolean {
  const sig = significantUnits(d);
  return (
    !d.person &&
    !hasQuote(d) &&
    sig.every((u) => isWord(u) || isName(u)) &&
    sig.some((u) => isWord(u) && isPosition(u.word))
  );
}

/** The legal form a following quoted name inherits: "МБОУ" from "МБОУ «Куломзинская СШ»". */
function legalFormOf(d: Draft): string | undefined {
  if (d.prefix !== undefined) return d.prefix;
  const sig = significantUnits(d);
  const last = sig[sig.length - 1];
  const form = sig.slice(0, -1);
  if (last?.kind !== 'quote' || form.length === 0 || !ORG_FORMS.has(form[0]!.text)) return undefined;
  if (!form.every((u) => u.kind === 'abbr')) return undefined;
  return form.map((u) => u.text).join(' ');
}

/** Words that say how many of what follows: "Все ОО", "отдельные школы". */
const QUANTIFIERS = new Set(['все', 'всех', 'каждая', 'каждой', 'каждое', 'отдельные', 'отдельных', 'иные', 'другие', 'прочие']);

/** Phrases that say "together with": what follows is another party. */
const JOINT_PHRASES = [['совместно', 'с'], ['совместно', 'со'], ['во', 'взаимодействии', 'с'], ['при', 'участии'], ['при', 'содействии'], ['в', 'сотрудничестве', 'с']];

/** How many units from `k` make a "together with" phrase, 0 if none starts there. */
function jointPhraseLength(units: Unit[], k: number): number {
  for (const words of JOINT_PHRASES) {
    if (words.every((w, j) => units[k + j]?.kind === 'low' && units[k + j]!.word === w) && units[k + words.length] !== undefined) return words.length;
  }
  return 0;
}

function nextPiece(units: Unit[], k: number): Unit | undefined {
  for (let i = k + 1; i < units.length; i++) if (units[i]!.kind !== 'sep') return units[i];
  return undefined;
}

export function segment(units: Unit[], known: Known): Draft[] {
  const drafts: Draft[] = [];
  let open: Draft | null = null;
  const close = (): void => {
    if (open) drafts.push(open);
    open = null;
  };
  const begin = (u: Unit): Draft => {
    const prev = drafts[drafts.length - 1];
    const d: Draft = { units: [u] };
    const form = u.kind === 'quote' && prev ? legalFormOf(prev) : undefined;
    if (form !== undefined) d.prefix = form;
    return d;
  };

  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const d: Draft | null = open;
    if (u.kind === 'sep') {
      // "ООШ № 27, 18, 11": a comma inside a list of numbers does not end the party.
      if (d && lastSignificant(d)?.kind === 'num' && nextPiece(units, k)?.kind === 'num') d.units.push(u);
      else close();
      continue;
    }
    const person = afterMarker(d) ? 0 : personLength(units, k);
    if (person > 0) {
      const p: Draft = { units: units.slice(k, k + person), person: true };
      if (d && positionLike(d)) {
        p.units = [...d.units, ...p.units];
        open = null;
      } else close();
      open = p;
      k += person - 1;
      continue;
    }
    // "Администрация совместно с МБОУ «СОШ»": the phrase joins two parties, as a comma would
    const joint = jointPhraseLength(units, k);
    if (joint > 0) {
      close();
      k += joint - 1;
      continue;
    }
    if (u.kind === 'low' && u.text === 'и') {
      const n = units[k + 1];
      if (!d) continue; // a leading "и" joins nothing
      if (n && n.kind !== 'sep' && (personLength(units, k + 1) > 0 || verdict(d, n, units[k + 2], known) === 'new')) {
        close();
        continue;
      }
      d.units.push(u);
      continue;
    }
    if (!d) {
      open = begin(u);
      continue;
    }
    const v = verdict(d, u, units[k + 1], known);
    if (v === 'new') {
      close();
      open = begin(u);
    } else {
      d.units.push(u);
      if (v === 'complement') d.complement = true;
    }
  }
  close();
  return withAppositions(drafts, units);
}

/**
 * "Лебедева О.П., директор МАУ «ГМЦ»": a lower-case position just after a person and a comma
 * says who the person is; it is not a second party. (A plural — "методисты ГМЦ" — is.)
 */
function withAppositions(drafts: Draft[], units: Unit[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const first = significantUnits(d)[0];
    const lastOfPrev = prev?.units[prev.units.length - 1];
    const between = lastOfPrev && first ? units.filter((u) => u.start >= lastOfPrev.end && u.end <= first.start) : [];
    const apposition =
      prev?.person === true && !d.person && first?.kind === 'low' && isPosition(first.word) && between.length === 1 && between[0]!.kind === 'sep' && between[0]!.text.trim() === ',';
    if (apposition) prev.units = [...prev.units, ...between, ...d.units];
    else out.push(d);
  }
  return out;
}
