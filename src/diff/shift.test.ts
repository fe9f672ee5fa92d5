import { describe, expect, it } from 'vitest';
import { amountText, deadlineShift, measure, plural } from './shift.js';
import type { DeadlineValue } from './types.js';

const d = (raw: string, start: string | null, end: string | null, kind = 'range'): DeadlineValue => ({ raw, kind, start, end });

describe('measure', () => {
  it('says it in the largest unit that is exact', () => {
    expect(measure('2020-12-01', '2020-12-15')).toEqual({ days: 14, amount: 2, unit: 'week' });
    expect(measure('2020-12-01', '2020-12-04')).toEqual({ days: 3, amount: 3, unit: 'day' });
    expect(measure('2020-12-15', '2021-01-15')).toEqual({ days: 31, amount: 1, unit: 'month' });
    expect(measure('2021-03-31', '2021-05-31')).toEqual({ days: 61, amount: 2, unit: 'month' });
    // both last days of their months count as whole months (30 April → 31 May)
    expect(measure('2021-04-30', '2021-05-31')).toEqual({ days: 31, amount: 1, unit: 'month' });
    expect(measure('2020-12-31', '2020-11-30')).toEqual({ days: -31, amount: 1, unit: 'month' });
    expect(measure('2020-12-31', '2021-12-31')).toEqual({ days: 365, amount: 1, unit: 'year' });
    expect(measure('2020-02-29', '2021-02-28')).toEqual({ days: 365, amount: 1, unit: 'year' });
    // neither the same day of month nor both month ends: days (or weeks)
    expect(measure('2020-12-01', '2021-01-15')).toEqual({ days: 45, amount: 45, unit: 'day' });
    expect(measure('2020-01-31', '2020-02-28')).toEqual({ days: 28, amount: 4, unit: 'week' });
  });

  it('refuses what is not a day', () => {
    expect(measure('2020-13-01', '2020-12-01')).toBeNull();
    expect(measure('--12-01', '2020-12-01')).toBeNull();
    expect(measure('2021-02-29', '2021-03-01')).toBeNull();
  });
});

describe('Russian', () => {
  it('plurals after a number', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => plural(n, 'неделю', 'недели', 'недель'))).toEqual([
      'неделю', 'недели', 'недели', 'недель', 'недель', 'недель', 'недель', 'неделю', 'недели', 'недель', 'неделю', 'недель',
    ]);
    expect(amountText(3, 'day')).toBe('3 дня');
    expect(amountText(1, 'month')).toBe('1 месяц');
    expect(amountText(5, 'month')).toBe('5 месяцев');
    expect(amountText(2, 'year')).toBe('2 года');
    expect(amountText(5, 'year')).toBe('5 лет');
  });
});

describe('deadlineShift', () => {
  it('compares the ends', () => {
    expect(deadlineShift(d('до 01.12.2020', null, '2020-12-01', 'by'), d('до 15.12.2020', null, '2020-12-15', 'by'))?.text).toBe('перенесён на 2 недели позже');
    expect(deadlineShift(d('декабрь 2020', '2020-12-01', '2020-12-31'), d('ноябрь 2020', '2020-11-01', '2020-11-30'))?.text).toBe('перенесён на 1 месяц раньше');
    expect(deadlineShift(d('01.12.2020', '2020-12-01', '2020-12-01', 'day'), d('04.12.2020', '2020-12-04', '2020-12-04', 'day'))).toEqual({
      basis: 'end', days: 3, amount: 3, unit: 'day', direction: 'later', text: 'перенесён на 3 дня позже',
    });
  });

  it('compares the starts when the ends are the same or missing', () => {
    expect(deadlineShift(d('сентябрь – декабрь', '2021-09-01', '2021-12-31'), d('октябрь – декабрь', '2021-10-01', '2021-12-31'))?.text).toBe('начало перенесено на 1 месяц позже');
    expect(deadlineShift(d('с декабря 2020', '2020-12-01', null, 'since'), d('с января 2021', '2021-01-01', null, 'since'))?.text).toBe('начало перенесено на 1 месяц позже');
  });

  it('is null when a side has no dates, or no date moved', () => {
    expect(deadlineShift(d('ежеквартально', null, null, 'recurring'), d('ноябрь 2021 г.', '2021-11-01', '2021-11-30', 'month'))).toBeNull();
    expect(deadlineShift(d('до 01.12.2020', null, '2020-12-01', 'by'), d('не позднее 01.12.2020', null, '2020-12-01', 'by'))).toBeNull();
    // one side starts, the other does not: the ends decide, and they agree
    expect(deadlineShift(d('до 01.12.2020', null, '2020-12-01', 'by'), d('01.12.2020', '2020-12-01', '2020-12-01', 'day'))).toBeNull();
  });
});
