/**
 * What a party's abbreviation stands for: first the document's glossary, then the
 * built-in dictionary. Only a name that is itself a short name gets one: "ОО",
 * "ГЦ ШМС", "Западное управление" (glossary), and "МОО «ГЦРО»" when the glossary defines
 * "ГЦРО". A phrase that merely contains an abbreviation ("руководители ОО") does not, and
 * neither does a school's full name ("МБОУ «Куломзинская СШ»").
 */
import type { Party } from '../../model/responsible.js';
import { builtinAbbreviation } from './abbreviations.js';
import type { Glossary } from './glossary.js';
import type { Draft } from './segment.js';
import { significantUnits } from './segment.js';

export type Expansion = Required<Pick<Party, 'expansion' | 'expansionSource'>>;

export function expansionOf(d: Draft, name: string, glossary: Glossary): Expansion | null {
  if (d.person) return null;
  const whole = glossary.lookup(name);
  if (whole) return { expansion: whole.expansion, expansionSource: 'glossary' };
  // A remark in brackets ("ПРШ (по согласованию)") does not change what the name stands for.
  const sig = significantUnits(d).filter((u) => u.kind !== 'paren');
  const quotes = sig.filter((u) => u.kind === 'quote');
  if (quotes.length === 1 && sig.every((u) => u.kind === 'abbr' || u.kind === 'quote')) {
    const inner = glossary.lookup(quotes[0]!.text);
    if (inner) return { expansion: inner.expansion, expansionSource: 'glossary' };
  }
  if (d.prefix !== undefined || sig.length === 0 || !sig.every((u) => u.kind === 'abbr' || u.kind === 'name')) return null;
  const short = sig.map((u) => u.text).join(' ');
  const entry = glossary.lookup(short);
  if (entry) return { expansion: entry.expansion, expansionSource: 'glossary' };
  const builtin = sig.length === 1 ? builtinAbbreviation(short) : undefined;
  if (builtin) return { expansion: builtin.expansion, expansionSource: 'builtin' };
  return null;
}
