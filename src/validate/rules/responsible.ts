import { childPointer } from '../pointer.js';
import type { Rule } from './types.js';
import { isObject, itemLabel, items, stringAt, type ItemRef } from './walk.js';

/** From this many items on, a roadmap none of whose items names anyone gets one finding, not one per item. */
const WHOLE_ROADMAP = 3;

export const noResponsible: Rule = {
  id: 'item/no-responsible',
  source: true,
  severity: 'warning',
  description: 'an item names no responsible party (once for the roadmap when none of its items does)',
  check(ctx) {
    const byRoadmap = new Map<string, { total: number; missing: ItemRef[] }>();
    for (const ref of items(ctx.data)) {
      const key = ref.list.roadmap.pointer;
      let entry = byRoadmap.get(key);
      if (!entry) byRoadmap.set(key, (entry = { total: 0, missing: [] }));
      entry.total++;
      const r = ref.item.responsible;
      // other shapes are the schema's business
      if (isObject(r) && Array.isArray(r.parties) && r.parties.length === 0) entry.missing.push(ref);
    }
    for (const [roadmap, { total, missing }] of byRoadmap) {
      const allBlank = missing.every((ref) => (stringAt(ref.item.responsible, 'raw') ?? '').trim() === '');
      if (total >= WHOLE_ROADMAP && missing.length === total && allBlank) {
        ctx.report({
          path: roadmap,
          message: `none of the roadmap's ${total} items names a responsible party`,
          hint: 'if the order has a column of those responsible, it was not read: check the roadmap\'s columns; otherwise fill responsible.raw and responsible.parties',
        });
        continue;
      }
      for (const ref of missing) {
        const raw = (stringAt(ref.item.responsible, 'raw') ?? '').trim();
        ctx.report({
          path: childPointer(ref.pointer, 'responsible'),
          message: raw ? `${itemLabel(ref)}: no responsible party was recognized in "${raw}"` : `${itemLabel(ref)} has no responsible party`,
          hint: raw ? 'list who carries it out under responsible.parties (name and kind)' : 'name who carries it out in responsible.raw and responsible.parties',
        });
      }
    }
  },
};
