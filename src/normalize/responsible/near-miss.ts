/**
 * Names one letter away from a party the document means elsewhere: "МОО «ГПРО»" and
 * "МОО «ПЦРО»" beside the frequent "МОО «ГЦРО»".
 *
 * Only names written wholly in abbreviations are compared (quotes and spaces aside), as
 * upper-case letters: a slip in "руководители"/"руководитель" is grammar, not a misprint.
 * A name is suspect when it is not defined itself and is at Damerau-Levenshtein distance 1
 * from
 * - an abbreviation of the glossary (3 letters or more),
 * - a name of 4 letters or more used more often in the same document,
 * - a built-in abbreviation of 4 letters or more.
 * Three-letter names are compared only with the glossary: too many real ones are one
 * letter apart ("ИМЦ", "ММЦ", "УМЦ"; "ОГЭ", "ЕГЭ").
 * Both the whole name and each abbreviation in it are compared with the definitions
 * ("МОО «ГПРО»" against a glossary's "ГЦРО"). Each use of a suspect name gets a warning.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import { diagnostic } from '../../core/diagnostic.js';
import type { SourceLocation } from '../../core/source.js';
import type { GlossaryEntry } from '../../model/roadmap.js';
import type { Party } from '../../model/responsible.js';
import { BUILTIN_ABBREVIATIONS } from './abbreviations.js';
import { editDistance } from './distance.js';

const MIN_LETTERS = 3;
const MIN_COMPARED_LETTERS = 4;

/** "МОО «ГЦРО»" → ["МОО", "ГЦРО"]; null when the name has anything but abbreviations. */
function abbreviationsOf(name: string): string[] | null {
  const words = name.replace(/[«»"“”„]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const ok = words.every((w) => /^\p{Lu}[\p{Lu}\p{N}-]*(?:и\p{Lu}[\p{Lu}\p{N}-]*)*и?$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w));
  return ok ? words.map((w) => w.toUpperCase()) : null;
}

const keyOf = (parts: string[]): string => parts.join('').replace(/[^\p{L}\p{N}]/gu, '');
const letterCount = (key: string): number => key.replace(/[^\p{L}]/gu, '').length;

interface Defined {
  name: string;
  why: string;
}

interface Used {
  name: string;
  count: number;
  spellings: Map<string, number>;
}

function mostFrequentSpelling(u: Used): string {
  let best = u.name;
  let n = 0;
  for (const [s, c] of u.spellings) if (c > n) [best, n] = [s, c];
  return best;
}

export function checkPartyNames(
  uses: { party: Party; location?: SourceLocation }[],
  glossary: GlossaryEntry[],
): Diagnostic[] {
  const glossaryDefs = new Map<string, Defined>();
  for (const e of glossary) {
    const parts = abbreviationsOf(e.abbreviation);
    if (parts) glossaryDefs.set(keyOf(parts), { name: e.abbreviation, why: `defined in the glossary as "${e.expansion}"` });
  }
  const builtinDefs = new Map<string, Defined>();
  for (const [abbr, entry] of BUILTIN_ABBREVIATIONS) {
    builtinDefs.set(keyOf([abbr.toUpperCase()]), { name: abbr, why: `a common abbreviation for "${entry.expansion}"` });
  }

  const used = new Map<string, Used>();
  const parsed = uses.map((use) => {
    const parts = use.party.kind === 'person' ? null : abbreviationsOf(use.party.name);
    const key = parts ? keyOf(parts) : '';
    if (parts && key) {
      const u = used.get(key) ?? { name: use.party.name, count: 0, spellings: new Map<string, number>() };
      u.count++;
      u.spellings.set(use.party.name, (u.spellings.get(use.party.name) ?? 0) + 1);
      used.set(key, u);
    }
    return { use, parts, key };
  });

  const verdicts = new Map<string, { intended: string; why: string } | null>();
  const judge = (key: string, parts: string[]): { intended: string; why: string } | null => {
    if (glossaryDefs.has(key) || builtinDefs.has(key) || letterCount(key) < MIN_LETTERS) return null;
    const near = (a: string, b: string): boolean => a !== b && editDistance(a, b) === 1;
    for (const [k, def] of glossaryDefs) {
      if (letterCount(k) < MIN_LETTERS) continue;
      if (near(key, k)) return { intended: def.name, why: def.why };
      const part = parts.find((p) => !glossaryDefs.has(p) && !builtinDefs.has(p) && letterCount(p) >= MIN_LETTERS && near(p, k));
      if (part) return { intended: def.name, why: `${def.why}; "${part}" is one letter away from it` };
    }
    const mine = used.get(key)?.count ?? 0;
    let best: Used | undefined;
    for (const [k, u] of used) {
      if (u.count > mine && letterCount(key) >= MIN_COMPARED_LETTERS && near(key, k) && (!best || u.count > best.count)) best = u;
    }
    if (best) {
      const name = mostFrequentSpelling(best);
      return { intended: name, why: `used ${best.count} times in this document` };
    }
    for (const [k, def] of builtinDefs) {
      if (letterCount(k) < MIN_COMPARED_LETTERS) continue;
      if (near(key, k)) return { intended: def.name, why: def.why };
      const part = parts.find((p) => !glossaryDefs.has(p) && !builtinDefs.has(p) && letterCount(p) >= MIN_COMPARED_LETTERS && near(p, k));
      if (part) return { intended: def.name, why: `${def.why}; "${part}" is one letter away from it` };
    }
    return null;
  };

  // One warning per misspelt name, at its first use: the same misprint eleven times is one finding.
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const { use, parts, key } of parsed) {
    if (!parts || !key) continue;
    if (!verdicts.has(key)) verdicts.set(key, judge(key, parts));
    const v = verdicts.get(key);
    const name = use.party.name;
    if (!v || reported.has(name)) continue;
    reported.add(name);
    const times = used.get(key)?.spellings.get(name) ?? 1;
    out.push(
      diagnostic(
        'warning',
        'responsible/near-miss',
        `"${name}" looks like a misprint of "${v.intended}" (${v.why})${times > 1 ? `; written so ${times} times, first here` : ''}`,
        use.location,
        `Write "${v.intended}" if that party is meant; if "${name}" is a different one, define it in the document's glossary.`,
      ),
    );
  }
  return out;
}
