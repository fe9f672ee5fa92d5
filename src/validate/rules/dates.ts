import { childPointer } from '../pointer.js';
import type { Rule } from './types.js';
import { isObject } from './walk.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why an ISO date ("2021-02-31"), day without a year ("--02-30"), month ("2021-13")
 * or month without a year ("--13") is impossible; null when it is a real one or not a date at all.
 */
export function impossibleDate(value: string): string | null {
  let m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const year = m[1] === '-' ? null : Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12) return `there is no month ${month}`;
    const max = daysInMonth(year, month);
    if (day < 1 || day > max) {
      return day < 1 ? 'there is no day 0' : `${MONTHS[month - 1]}${year === null ? '' : ` ${year}`} has ${max} days`;
    }
    return null;
  }
  m = /^(\d{4}|-)-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `there is no month ${month}`;
  }
  return null;
}

/** Fields that hold dates, by name; "basis" may hold a span "start/end". */
const DATE_KEYS = new Set(['date', 'start', 'end', 'days', 'months', 'basis']);
/** Kept whole as written: a table cell or a message may quote anything. */
const SKIP_KEYS = new Set(['tables', 'diagnostics', 'source', 'raw', 'text', 'extra']);

export const impossibleDateRule: Rule = {
  id: 'date/impossible',
  severity: 'error',
  description: 'a date that does not exist on the calendar (2021-02-31, month 13)',
  check(ctx) {
    const stack: { value: unknown; pointer: string; key: string }[] = [{ value: ctx.data, pointer: '', key: '' }];
    while (stack.length > 0) {
      const { value, pointer, key } = stack.pop()!;
      if (typeof value === 'string') {
        if (!DATE_KEYS.has(key)) continue;
        for (const part of key === 'basis' ? value.split('/') : [value]) {
          const why = impossibleDate(part);
          if (why) {
            ctx.report({
              path: pointer,
              message: `${part} is not a date: ${why}`,
              hint: 'correct the day or the month (the order may have a typo such as 31.02; the raw text keeps it)',
            });
          }
        }
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], pointer: childPointer(pointer, i), key });
      } else if (isObject(value)) {
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, v] = entries[i]!;
          if (!SKIP_KEYS.has(k)) stack.push({ value: v, pointer: childPointer(pointer, k), key: k });
        }
      }
    }
  },
};
