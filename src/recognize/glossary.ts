import type { SourceLocation } from '../core/source.js';
import type { GlossaryEntry } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';

const NOTE =
  /^\*?\s*(?:Примечани[ея]|(?:Принятые|Используемые|Условные)?\s*(?:сокращения|обозначения)|(?:Список|Перечень|Расшифровка)\s+(?:(?:принятых|используемых|условных)\s+)?сокращений)\s*[:.]?\s*(.*)$/i;
const PAIR = /^\s*\*?\s*(.{1,250}?)\s+[–—-]\s+(.{1,250}?)\s*[.;,]?\s*$/;

export function isGlossaryNoteStart(text: string): boolean {
  return NOTE.test(text);
}

/** One "A – B" line of a note; the shorter side is the abbreviation, whichever order it is written in. */
export function glossaryPair(text: string, source?: SourceLocation): GlossaryEntry | null {
  const m = PAIR.exec(text);
  if (!m) return null;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  const [abbreviation, expansion] = a.length <= b.length ? [a, b] : [b, a];
  if (abbreviation.split(/\s+/).length > 4 || abbreviation === expansion) return null;
  // A short name that is not an acronym ("Ресурсный центр") must come from its expansion's words.
  if (!isAcronymName(abbreviation) && !expansion.toLowerCase().includes(abbreviation.toLowerCase().slice(0, 5))) return null;
  const entry: GlossaryEntry = { abbreviation, expansion };
  if (source) entry.source = source;
  return entry;
}

/**
 * The pairs of one line: "A – B", or several run together with semicolons
 * ("ГИА – государственная итоговая аттестация; УВР – учебно-воспитательная работа.").
 * Null unless every part is a pair.
 */
function pairsOfLine(text: string, source?: SourceLocation): GlossaryEntry[] | null {
  const parts = text.split(/;\s*/).filter((p) => p.trim() !== '');
  const entries = parts.map((p) => glossaryPair(p, source));
  if (parts.length > 1 && entries.every((e) => e !== null)) return entries as GlossaryEntry[];
  // several "A – B" run together, one of which is no pair: not one pair spanning them all
  if (parts.filter((p) => /\s[–—-]\s/.test(p)).length > 1) return null;
  const one = glossaryPair(text, source);
  return one ? [one] : null;
}

/**
 * "Примечание:" (or "Сокращения:", "Принятые сокращения:", "Список сокращений:") followed
 * by "A – B" lines. The pairs may also stand on the note's own line, several to a line.
 * Consumes the note and its pairs.
 */
export function recognizeGlossaryNote(cursor: BlockCursor): GlossaryEntry[] | null {
  const first = cursor.para();
  const m = first ? NOTE.exec(first.text) : null;
  if (!first || !m) return null;
  const entries: GlossaryEntry[] = [];
  const inline = m[1] ? pairsOfLine(m[1], first.source) : null;
  if (m[1] && !inline) return null; // "Примечание: текст" with no pair is ordinary text
  if (inline) entries.push(...inline);
  cursor.pos++;
  for (let p = cursor.para(); p; p = cursor.para()) {
    const found = pairsOfLine(p.text, p.source);
    if (!found) break;
    entries.push(...found);
    cursor.pos++;
  }
  return entries;
}

const SHORT_WORDS = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'о', 'об', 'к', 'из', 'от', 'при']);

/**
 * "(далее – ПРШ)", "(далее ЕМД)" inside running text define an abbreviation for the words
 * before them: for an acronym, the words whose initials spell it; for a short name
 * ("Западное управление"), the words from the one that shares its first word's stem.
 */
export function findDefinitionsInText(text: string, source?: SourceLocation): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const m of text.matchAll(/\(\s*далее\s*[–—-]?\s*([^()]{1,80}?)\s*\)/gi)) {
    const abbreviation = m[1]!.replace(/^[«"]|[»"]$/g, '').trim();
    const before = text.slice(0, m.index).trim();
    const expansion = isAcronym(abbreviation) ? byInitials(before, abbreviation) : byStem(before, abbreviation);
    if (expansion) {
      const entry: GlossaryEntry = { abbreviation, expansion };
      if (source) entry.source = source;
      out.push(entry);
    }
  }
  return out;
}

/** An acronym, or a name made of them: "ОГАУ «ИРО»", "МБУ ДО «ЦДТ»", "КДН и ЗП". */
function isAcronymName(s: string): boolean {
  const parts = s.replace(/[«»"“”]/g, ' ').split(/\s+/).filter(Boolean);
  const acronyms = parts.filter((p) => p !== 'и');
  return acronyms.length > 0 && parts.length <= 4 && acronyms.every(isAcronym) && parts[0] !== 'и' && parts[parts.length - 1] !== 'и';
}

function isAcronym(s: string): boolean {
  return /^[А-ЯЁA-Z][А-ЯЁA-Zа-яё]{0,2}[А-ЯЁA-Z]{1,8}$/.test(s) && s.replace(/[^А-ЯЁA-Z]/g, '').length >= 2;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function byInitials(before: string, acronym: string): string | null {
  const letters = acronym.replace(/[^А-ЯЁA-Z]/g, '').toLowerCase().split('');
  const ws = words(before);
  let li = letters.length - 1;
  let wi = ws.length - 1;
  const taken: string[] = [];
  while (wi >= 0 && li >= 0) {
    const w = ws[wi]!.replace(/^[«"(]+|[»"),.:;]+$/g, '');
    const initial = w[0]?.toLowerCase();
    if (initial === letters[li]) {
      taken.unshift(ws[wi]!);
      li--;
    } else if (SHORT_WORDS.has(w.toLowerCase()) && taken.length) {
      taken.unshift(ws[wi]!);
    } else return null;
    wi--;
  }
  return li < 0 ? taken.join(' ').replace(/^[«"(]+|[»"),.:;]+$/g, '') : null;
}

function byStem(before: string, name: string): string | null {
  const first = words(name)[0];
  if (!first || first.length < 4) return null;
  const stem = first.slice(0, Math.max(4, first.length - 3)).toLowerCase();
  const ws = words(before);
  for (let i = ws.length - 1; i >= Math.max(0, ws.length - 25); i--) {
    if (ws[i]!.toLowerCase().replace(/^[«"(]+/, '').startsWith(stem)) {
      return ws.slice(i).join(' ').replace(/[,;:]+$/, '');
    }
  }
  return null;
}

/** Later, explicit notes win over definitions in running text; one entry per abbreviation. */
export function mergeGlossary(fromNotes: GlossaryEntry[], fromText: GlossaryEntry[]): GlossaryEntry[] {
  const byAbbr = new Map<string, GlossaryEntry>();
  for (const e of fromText) if (!byAbbr.has(e.abbreviation)) byAbbr.set(e.abbreviation, e);
  for (const e of fromNotes) byAbbr.set(e.abbreviation, e);
  return [...byAbbr.values()];
}
