/**
 * What kind of party a name is. The rules, in order:
 *
 * 1. A surname with initials is a `person`; a position written before it ("зав.ИДЦ
 *    Сереброва Е.П.") is part of that party's name, not a party of its own.
 * 2. A centre named by a two-word abbreviation ("ГЦ ШМС", "ГЦППМС": a city or regional
 *    centre, which these plans name beside the institution it belongs to) is a `unit`,
 *    whatever the glossary says it stands for.
 * 3. A name the glossary defines is the kind of its expansion ("Ресурсный центр" →
 *    "ГБОУ ДПО ЦПК «Ресурсный центр …»" → organization).
 * 4. Otherwise the first piece that says something decides, reading left to right and
 *    skipping adjectives:
 *    - a legal form ("МБОУ", "МОО") or a quoted name: `organization`;
 *    - an abbreviation: the kind of its glossary expansion, else of its built-in entry,
 *      else `organization`;
 *    - a noun for people or a group of people ("руководители", "команда", "члены",
 *      "кураторы", "педагоги"): `role`;
 *    - a noun for a service, department, association, council or commission: `unit`;
 *    - a noun for an institution or authority ("управление", "центр", "учреждения",
 *      "Ассоциация", "Точки роста"): `organization`.
 * 5. A name nothing above recognises is an `organization` when capitalised and a `role`
 *    when not; parseResponsible then says that it could not tell.
 */
import type { PartyKind } from '../../model/responsible.js';
import { builtinAbbreviation, COMPOUND_PREFIXES, ORG_FORMS } from './abbreviations.js';
import type { Glossary } from './glossary.js';
import { isOrganizationNoun, isRoleNoun, isUnitNoun } from './lexicon.js';
import type { Draft } from './segment.js';
import { significantUnits } from './segment.js';
import { tokenize } from './tokenize.js';
import type { Unit } from './units.js';
import { toUnits } from './units.js';

/** "ГЦ ШМС", "ГЦППМС": a centre named by a prefix and what it does. */
function compoundCentre(u: Unit, next: Unit | undefined): boolean {
  if (COMPOUND_PREFIXES.has(u.text)) return next?.kind === 'abbr';
  for (const p of COMPOUND_PREFIXES) if (u.text.startsWith(p) && u.text.length >= p.length + 3) return true;
  return false;
}

function kindOfUnits(units: Unit[], glossary: Glossary | null): PartyKind | null {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'quote') return 'organization';
    if (u.kind === 'abbr' || u.kind === 'name') {
      if (ORG_FORMS.has(u.text)) return 'organization';
      const entry = glossary?.lookup(u.text);
      const fromGlossary = entry ? kindOfText(entry.expansion) : null;
      if (fromGlossary) return fromGlossary;
      const builtin = builtinAbbreviation(u.text);
      if (builtin) return builtin.kind;
      return compoundCentre(u, units[i + 1]) ? 'unit' : 'organization';
    }
    if (u.kind === 'cap' || u.kind === 'low') {
      if (isRoleNoun(u.word)) return 'role';
      if (isUnitNoun(u.word)) return 'unit';
      if (isOrganizationNoun(u.word)) return 'organization';
    }
  }
  return null;
}

/** The kind a phrase (a glossary expansion) names, or null. */
export function kindOfText(text: string): PartyKind | null {
  return kindOfUnits(toUnits(text, tokenize(text), null), null);
}

export interface KindVerdict {
  kind: PartyKind;
  /** False when no rule applied and the kind is a guess. */
  recognized: boolean;
}

export function kindOf(d: Draft, name: string, glossary: Glossary): KindVerdict {
  if (d.person) return { kind: 'person', recognized: true };
  if (d.prefix !== undefined) return { kind: 'organization', recognized: true };
  const sig = significantUnits(d);
  if (sig[0]?.kind === 'abbr' && compoundCentre(sig[0], sig[1])) return { kind: 'unit', recognized: true };
  const entry = glossary.lookup(name);
  const fromGlossary = entry ? kindOfText(entry.expansion) : null;
  if (fromGlossary) return { kind: fromGlossary, recognized: true };
  // "(ММС)" alone: what is inside the brackets is the name.
  const only = sig.length === 1 && sig[0]!.kind === 'paren' ? kindOfText(sig[0]!.text.slice(1, -1)) : null;
  const kind = only ?? kindOfUnits(sig, glossary);
  if (kind) return { kind, recognized: true };
  return { kind: /^\p{Lu}/u.test(name) ? 'organization' : 'role', recognized: false };
}
