import { childPointer } from '../pointer.js';
import { impossibleDate } from './dates.js';
import type { Rule } from './types.js';
import { isObject, itemLabel, items, roadmaps, stringAt } from './walk.js';

/** An ISO date that exists, or null: other rules speak about malformed and impossible ones. */
function isoDate(o: unknown, key: string): string | null {
  const v = stringAt(o, key);
  return v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) && impossibleDate(v) === null ? v : null;
}

export const deadlineReversed: Rule = {
  id: 'deadline/reversed',
  severity: 'error',
  description: "an item's deadline ends before it starts",
  check(ctx) {
    for (const ref of items(ctx.data)) {
      const d = ref.item.deadline;
      const start = isoDate(d, 'start');
      const end = isoDate(d, 'end');
      if (start && end && end < start) {
        ctx.report({
          path: childPointer(ref.pointer, 'deadline'),
          message: `${itemLabel(ref)}: the deadline ends on ${end}, before it starts on ${start}`,
          hint: `swap start and end, or correct the year${stringAt(d, 'raw') ? ` (the order says "${stringAt(d, 'raw')}")` : ''}`,
        });
      }
    }
  },
};

export const periodReversed: Rule = {
  id: 'period/reversed',
  severity: 'error',
  description: "a roadmap's period ends before it starts",
  check(ctx) {
    for (const rm of roadmaps(ctx.data)) {
      const p = rm.roadmap.period;
      const start = isoDate(p, 'start');
      const end = isoDate(p, 'end');
      if (start && end && end < start) {
        ctx.report({
          path: childPointer(rm.pointer, 'period'),
          message: `the roadmap's period ends on ${end}, before it starts on ${start}`,
          hint: 'swap start and end, or correct the year',
        });
      }
    }
  },
};

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline/outside-period',
  source: true,
  severity: 'warning',
  description: "an item's deadline falls (partly) outside its roadmap's period",
  check(ctx) {
    for (const ref of items(ctx.data)) {
      const p = ref.list.roadmap.roadmap.period;
      if (!isObject(p)) continue;
      const ps = isoDate(p, 'start');
      const pe = isoDate(p, 'end');
      if (ps && pe && pe < ps) continue; // period/reversed says so
      const d = ref.item.deadline;
      const ds = isoDate(d, 'start');
      const de = isoDate(d, 'end');
      if (ds && de && de < ds) continue; // deadline/reversed says so
      const span = `${ps ?? '…'} – ${pe ?? '…'}`;
      const raw = stringAt(d, 'raw');
      const said = raw ? ` ("${raw}")` : '';
      let message: string | null = null;
      if (ps && (ds ?? de) && (ds ?? de)! < ps) {
        message = ds ? `the deadline${said} starts on ${ds}, before the roadmap's period (${span})` : `the deadline${said} ends on ${de}, before the roadmap's period (${span}) begins`;
      } else if (pe && (de ?? ds) && (de ?? ds)! > pe) {
        message = de ? `the deadline${said} ends on ${de}, after the roadmap's period (${span})` : `the deadline${said} starts on ${ds}, after the roadmap's period (${span}) ends`;
      }
      if (message) {
        ctx.report({
          path: childPointer(ref.pointer, 'deadline'),
          message: `${itemLabel(ref)}: ${message}`,
          hint: "check the year of the deadline, or the roadmap's period",
        });
      }
    }
  },
};
