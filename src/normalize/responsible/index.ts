/**
 * The "Ответственный" column: who is responsible, split into parties.
 *
 *   tokenize   → words, abbreviations, quoted names, separators (tokenize.ts)
 *   toUnits    → initials and the glossary's multi-word names grouped (units.ts)
 *   segment    → parties, by punctuation and by what begins a party (segment.ts)
 *   kindOf     → organization / unit / role / person (kind.ts)
 *   expansionOf→ what a short name stands for, glossary first (expansion.ts)
 *
 * After a whole document is parsed, checkPartyNames (near-miss.ts) looks for names one
 * letter away from the parties the document means elsewhere.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import { diagnostic } from '../../core/diagnostic.js';
import type { Result } from '../../core/result.js';
import type { SourceLocation } from '../../core/source.js';
import type { Party, Responsible } from '../../model/responsible.js';
import type { GlossaryEntry } from '../../model/roadmap.js';
import { builtinAbbreviation } from './abbreviations.js';
import { expansionOf } from './expansion.js';
import { Glossary } from './glossary.js';
import { kindOf } from './kind.js';
import type { Draft } from './segment.js';
import { segment } from './segment.js';
import { tokenize } from './tokenize.js';
import type { Unit } from './units.js';
import { toUnits } from './units.js';

export { checkPartyNames } from './near-miss.js';
export { BUILTIN_ABBREVIATIONS } from './abbreviations.js';

export interface ResponsibleContext {
  glossary: GlossaryEntry[];
  location?: SourceLocation;
}

/** Bullets and dashes a cell's line may start with, and punctuation a party may end with. */
const LEADING = /^[\s\-‐‑–—•·▪●○◦✓✔*>:.»”)]+/u;
// A footnote's asterisk is trailing punctuation too: "КДН и ЗП*" is the commission, the "*"
// points at a note under the plan ("* – по согласованию").
const TRAILING = /[\s\-‐‑–—:«„“(*]+$/u;

function textOf(raw: string, units: Unit[]): string {
  const first = units[0];
  const last = units[units.length - 1];
  if (!first || !last) return '';
  return raw.slice(first.start, last.end).replace(/\s+/gu, ' ').replace(LEADING, '').replace(TRAILING, '');
}

function nameOf(raw: string, d: Draft): string {
  const own = textOf(raw, d.units);
  return d.prefix !== undefined ? `${d.prefix} ${own}` : own;
}

export function parseResponsible(raw: string, ctx: ResponsibleContext): Result<Responsible> {
  const glossary = new Glossary(ctx.glossary ?? []);
  const known = (abbr: string): boolean => builtinAbbreviation(abbr) !== undefined || glossary.lookup(abbr) !== undefined;
  const units = toUnits(raw, tokenize(raw), glossary);
  const parties: Party[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const d of segment(units, known)) {
    // "Управление образования (далее – УО)" names the party; the definition goes to the glossary
    const name = nameOf(raw, d).replace(/\s*\(\s*далее\s*[–—-]?[^)]*\)\s*$/i, '');
    if (!/\p{L}/u.test(name)) continue; // a dash or a number alone names nobody
    const { kind, recognized } = kindOf(d, name, glossary);
    const party: Party = { name, kind };
    const expansion = expansionOf(d, name, glossary);
    if (expansion) Object.assign(party, expansion);
    parties.push(party);
    if (!recognized) {
      diagnostics.push(
        diagnostic(
          'info',
          'responsible/unknown-kind',
          `"${name}" does not say whether it is an organization, a unit, a role or a person; read as ${kind}`,
          ctx.location,
          'Name the party as the rest of the plan does: an institution, its service, a group of people or a person with initials.',
        ),
      );
    }
  }
  return { value: { raw, parties }, diagnostics };
}
