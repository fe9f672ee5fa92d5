/**
 * Year inference for months and days written without a year ("март", "к 1 сентября").
 *
 * 1. With the roadmap's period: the first occurrence that falls within the period
 *    (for a September–August period, "октябрь" is in the first year and "март" in the second).
 * 2. Otherwise, or when it does not fall within the period: the first occurrence on or after
 *    the order date (a month counts when the order date is inside it).
 * 3. Without either: no year; start and end stay null.
 */
import type { SourceLocation } from '../../core/source.js';
import { compareYmd, daysInMonth, parseIsoDate, toIso, type Ymd } from './calendar.js';

export interface DeadlineContext {
  /** The roadmap's period as ISO dates; either end may be unknown. */
  period?: { start: string | null; end: string | null } | null;
  /** The date of the order (ISO), used when there is no period. */
  orderDate?: string | null;
  /** Where the deadline was read; copied into diagnostics. */
  location?: SourceLocation;
}

/** The context with every date checked; unusable values become null. */
export interface Context {
  period: { start: Ymd | null; end: Ymd | null; basis: string } | null;
  orderDate: Ymd | null;
  location?: SourceLocation;
}

export function cleanContext(ctx: DeadlineContext | undefined): Context {
  const out: Context = { period: null, orderDate: null };
  if (!ctx || typeof ctx !== 'object') return out;
  const p = ctx.period;
  if (p && typeof p === 'object') {
    const start = parseIsoDate(p.start);
    const end = parseIsoDate(p.end);
    if ((start || end) && !(start && end && compareYmd(start, end) > 0)) {
      out.period = { start, end, basis: `${start ? toIso(start) : '..'}/${end ? toIso(end) : '..'}` };
    }
  }
  out.orderDate = parseIsoDate(ctx.orderDate);
  if (ctx.location && typeof ctx.location === 'object') out.location = ctx.location;
  return out;
}

export interface YearGuess {
  year: number;
  from: 'period' | 'orderDate';
  basis: string;
}

export interface GuessResult {
  guess: YearGuess | null;
  /** The span does not fall within the period (the guess, if any, comes from the order date). */
  outsidePeriod: boolean;
}

/**
 * The year for a span of one calendar year given by months and days (ed 0 = last day of em).
 */
export function guessYear(sm: number, sd: number, em: number, ed: number, ctx: Context): GuessResult {
  const startOf = (y: number): Ymd => ({ y, m: sm, d: Math.min(sd, daysInMonth(y, sm)) });
  const endOf = (y: number): Ymd => ({ y, m: em, d: ed === 0 ? daysInMonth(y, em) : Math.min(ed, daysInMonth(y, em)) });
  let outsidePeriod = false;
  const p = ctx.period;
  if (p) {
    if (p.start) {
      let y = p.start.y;
      if (compareYmd(endOf(y), p.start) < 0) y++;
      if (!p.end || compareYmd(startOf(y), p.end) <= 0) {
        return { guess: { year: y, from: 'period', basis: p.basis }, outsidePeriod };
      }
      outsidePeriod = true;
    } else if (p.end) {
      let y = p.end.y;
      if (compareYmd(startOf(y), p.end) > 0) y--;
      return { guess: { year: y, from: 'period', basis: p.basis }, outsidePeriod };
    }
  }
  const o = ctx.orderDate;
  if (o) {
    let y = o.y;
    if (compareYmd(endOf(y), o) < 0) y++;
    return { guess: { year: y, from: 'orderDate', basis: toIso(o) }, outsidePeriod };
  }
  return { guess: null, outsidePeriod };
}
