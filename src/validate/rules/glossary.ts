import { childPointer } from '../pointer.js';
import type { Rule } from './types.js';
import { arrayAt, isObject, itemLabel, items, stringAt } from './walk.js';

/** How a short name is looked up: case, "ё", quotes and spaces do not matter. */
export function glossaryKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„'\s]/gu, '');
}

/**
 * "ИДЦ", "ГЦ ШМС", "ДОиН": every word an acronym (two or more capitals, mostly capitals,
 * short). "МБОУ «Куломзинская СШ»" is a name with an acronym in it, not an abbreviation.
 */
export function isAbbreviation(name: string): boolean {
  const words = name.replace(/[«»"“”„]/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  return words.every((w) => {
    if (!/^[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z]*$/u.test(w) || w.length > 8) return false;
    const caps = w.replace(/[^А-ЯЁA-Z]/gu, '').length;
    return caps >= 2 && caps / w.length >= 0.6;
  });
}

export const undefinedAbbreviation: Rule = {
  id: 'glossary/undefined-abbreviation',
  source: true,
  severity: 'warning',
  description: "a responsible party is an abbreviation that neither the document's glossary nor the built-in dictionary explains",
  check(ctx) {
    if (!isObject(ctx.data)) return;
    const defined = new Set<string>();
    for (const e of arrayAt(ctx.data, 'glossary')) {
      const a = stringAt(e, 'abbreviation');
      if (a) defined.add(glossaryKey(a));
    }
    // once per abbreviation, at its first use
    const seen = new Map<string, { path: string; label: string; name: string; claimed: boolean; uses: number }>();
    for (const ref of items(ctx.data)) {
      const r = ref.item.responsible;
      if (!isObject(r)) continue;
      arrayAt(r, 'parties').forEach((party, i) => {
        if (!isObject(party)) return;
        const name = stringAt(party, 'name');
        if (!name || defined.has(glossaryKey(name))) return;
        const source = party.expansionSource;
        if (source === 'builtin') return;
        const claimed = source === 'glossary';
        if (!claimed && (!isAbbreviation(name) || typeof party.expansion === 'string')) return;
        const key = glossaryKey(name);
        const first = seen.get(key);
        if (first) first.uses++;
        else seen.set(key, { path: childPointer(childPointer(childPointer(ref.pointer, 'responsible'), 'parties'), i), label: itemLabel(ref), name, claimed, uses: 1 });
      });
    }
    for (const s of seen.values()) {
      const more = s.uses > 1 ? ` and ${s.uses - 1} more` : '';
      ctx.report({
        path: s.path,
        message: s.claimed
          ? `"${s.name}", responsible for ${s.label}${more}, says its expansion comes from the glossary, but the glossary has no "${s.name}"`
          : `"${s.name}", responsible for ${s.label}${more}, is an abbreviation the glossary does not define`,
        hint: `add { abbreviation: "${s.name}", expansion: "…" } to glossary`,
      });
    }
  },
};
