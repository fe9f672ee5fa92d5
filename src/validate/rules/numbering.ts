import type { Rule } from './types.js';
import { itemLists, stringAt, type ItemList } from './walk.js';

/** "1.2.3" (or "1.2.3.") → [1, 2, 3]; null for a number that is not dotted digits ("1а", "IV"). */
export function parseItemNumber(n: string): number[] | null {
  const m = /^\s*(\d+(?:\.\d+)*)\.?\s*$/.exec(n);
  return m ? m[1]!.split('.').map(Number) : null;
}

function normalizeNumber(n: string): string {
  return n.trim().replace(/\.$/, '');
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

interface Numbered {
  index: number;
  text: string;
  parts: number[] | null;
}

function numbered(list: ItemList): Numbered[] {
  const out: Numbered[] = [];
  list.items.forEach((item, index) => {
    const n = stringAt(item, 'number');
    if (n !== null && n.trim() !== '') out.push({ index, text: normalizeNumber(n), parts: parseItemNumber(n) });
  });
  return out;
}

const pointerOf = (list: ItemList, index: number) => `${list.pointer}/${index}`;
/** 0 → "1st", 1 → "2nd", 10 → "11th". */
export function ordinal(index: number): string {
  const n = index + 1;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

export const duplicateNumber: Rule = {
  id: 'item/duplicate-number',
  source: true,
  // a warning: orders do number two activities alike, and a roadmap keeps them as written
  severity: 'warning',
  description: 'two items of the same list (a section, or a roadmap before its sections) carry the same number',
  check(ctx) {
    for (const list of itemLists(ctx.data)) {
      const first = new Map<string, number>();
      for (const n of numbered(list)) {
        const prev = first.get(n.text);
        if (prev === undefined) {
          first.set(n.text, n.index);
          continue;
        }
        ctx.report({
          path: pointerOf(list, n.index),
          message: `the number ${n.text} is already used by the ${ordinal(prev)} item of this list`,
          hint: 'renumber one of them (or merge them, if they are the same activity)',
        });
      }
    }
  },
};

export const numberOrder: Rule = {
  id: 'item/number-order',
  source: true,
  severity: 'warning',
  description: 'an item comes after an item with a higher number',
  check(ctx) {
    for (const list of itemLists(ctx.data)) {
      let prev: Numbered | null = null;
      for (const n of numbered(list)) {
        if (!n.parts) continue;
        if (prev?.parts && compare(n.parts, prev.parts) < 0) {
          ctx.report({
            path: pointerOf(list, n.index),
            message: `item ${n.text} comes after item ${prev.text}: the items are out of order`,
            hint: 'move the item to its place or correct its number',
          });
        }
        prev = n;
      }
    }
  },
};

/**
 * Numbers are grouped by what precedes their last part ("1.2" and "1.3" under "1"); within a
 * group a number that is never used below the highest one is skipped. Order does not matter
 * (that is number-order's business). A list's top level may start anywhere, because plans
 * often number on through their sections; a sublevel ("3.x") starts at 1.
 */
export const numberSkipped: Rule = {
  id: 'item/number-skipped',
  source: true,
  severity: 'warning',
  description: 'the numbering of a list leaves a number out (1.1, 1.2, 1.4)',
  check(ctx) {
    for (const list of itemLists(ctx.data)) {
      const groups = new Map<string, { prefix: number[]; members: Map<number, number> }>();
      for (const n of numbered(list)) {
        if (!n.parts) continue;
        const prefix = n.parts.slice(0, -1);
        const key = prefix.join('.');
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { prefix, members: new Map() }));
        const last = n.parts[n.parts.length - 1]!;
        if (!g.members.has(last)) g.members.set(last, n.index);
      }
      for (const { prefix, members } of groups.values()) {
        const used = [...members.keys()].sort((a, b) => a - b);
        const start = prefix.length > 0 ? 1 : used[0]!;
        let expected = start;
        for (const k of used) {
          if (k > expected) {
            const name = (x: number) => [...prefix, x].join('.');
            const missing = k - expected === 1 ? name(expected) : `${name(expected)}–${name(k - 1)}`;
            const verb = k - expected === 1 ? 'is' : 'are';
            ctx.report({
              path: pointerOf(list, members.get(k)!),
              message:
                expected === start && prefix.length > 0
                  ? `the items numbered ${prefix.join('.')}.x start at ${name(k)}: ${missing} ${verb} missing`
                  : `the numbering skips from ${name(expected - 1)} to ${name(k)}: ${missing} ${verb} missing`,
              hint: 'renumber the items, or add the missing one if it was lost',
            });
          }
          expected = Math.max(expected, k + 1);
        }
      }
    }
  },
};
