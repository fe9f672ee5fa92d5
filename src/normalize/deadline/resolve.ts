/**
 * Calendar expressions → ISO dates, supplying missing years from the context (see infer.ts).
 */
import type { DeadlineInference, DeadlineKind } from '../../model/deadline.js';
import {
  compareMonthDay,
  compareYmd,
  daysInMonth,
  isValidYmd,
  monthsBetween,
  toIso,
  toIsoMonth,
  toYearlessDay,
  toYearlessMonth,
  type Ymd,
} from './calendar.js';
import { guessYear, type Context, type YearGuess } from './infer.js';
import type { Expr, Span } from './types.js';

export interface Problem {
  code: 'deadline/invalid-date' | 'deadline/invalid-range' | 'deadline/unrecognized';
  detail: string;
}

export interface Resolved {
  start: Ymd | null;
  end: Ymd | null;
  days?: string[];
  months?: string[];
  times: string[];
  inferred?: DeadlineInference;
  /** Some month or day fell outside the roadmap's period. */
  outsidePeriod: boolean;
  problem?: Problem;
}

function endDay(y: number, m: number, ed: number): number {
  return ed === 0 ? daysInMonth(y, m) : ed;
}

function inference(g: YearGuess): DeadlineInference {
  return { year: g.year, from: g.from, basis: g.basis };
}

function spanText(sp: Span): string {
  const d = sp.gran === 'day' ? `${sp.sd}.` : '';
  return `${d}${String(sp.sm).padStart(2, '0')}${sp.sy === null ? '' : `.${sp.sy}`}`;
}

interface SpanDates {
  start: Ymd | null;
  end: Ymd | null;
  guess: YearGuess | null;
  outsidePeriod: boolean;
  problem?: Problem;
}

function datesOf(sp: Span, y1: number, y2: number): SpanDates {
  const start = { y: y1, m: sp.sm, d: sp.sd };
  const end = { y: y2, m: sp.em, d: endDay(y2, sp.em, sp.ed) };
  if (!isValidYmd(start.y, start.m, start.d) || !isValidYmd(end.y, end.m, end.d)) {
    return {
      start: null,
      end: null,
      guess: null,
      outsidePeriod: false,
      problem: { code: 'deadline/invalid-date', detail: `${sp.sd}.${sp.sm}.${y1}` },
    };
  }
  return { start, end, guess: null, outsidePeriod: false };
}

function resolveSpan(sp: Span, ctx: Context): SpanDates {
  if (sp.invalid !== undefined) {
    return { start: null, end: null, guess: null, outsidePeriod: false, problem: { code: 'deadline/invalid-date', detail: sp.invalid } };
  }
  if (sp.sy !== null && sp.ey !== null) return datesOf(sp, sp.sy, sp.ey);
  const g = guessYear(sp.sm, sp.sd, sp.em, sp.ed, ctx);
  if (!g.guess) return { start: null, end: null, guess: null, outsidePeriod: g.outsidePeriod };
  const r = datesOf(sp, g.guess.year, g.guess.year);
  return { ...r, guess: r.problem ? null : g.guess, outsidePeriod: g.outsidePeriod };
}

function timesOf(spans: Span[]): string[] {
  const out: string[] = [];
  for (const sp of spans) {
    const t = sp.time === undefined ? undefined : sp.endTime ? `${sp.time}–${sp.endTime}` : sp.time;
    if (t !== undefined && !out.includes(t)) out.push(t);
  }
  return out;
}

export function spansOf(e: Expr): Span[] {
  switch (e.t) {
    case 'span':
      return [e.span];
    case 'range':
      return [e.from, e.to];
    case 'list':
      return e.items;
    case 'by':
      return spansOf(e.target);
    case 'since':
      return [e.target];
  }
}

export function isYearless(e: Expr): boolean {
  return spansOf(e).every((sp) => sp.sy === null);
}

export function kindOf(e: Expr): DeadlineKind {
  switch (e.t) {
    case 'span':
      return e.span.gran === 'day'
        ? 'day'
        : e.span.gran === 'month'
          ? 'month'
          : e.span.gran === 'year'
            ? 'year'
            : e.span.gran === 'academic'
              ? 'academicYear'
              : 'range';
    case 'range':
      if (e.from.gran === 'year' && e.to.gran === 'year') return 'year';
      if (e.from.gran === 'academic' && e.to.gran === 'academic') return 'academicYear';
      return 'range';
    case 'list': {
      const g = e.items[0]?.gran;
      return g === 'day' ? 'days' : g === 'month' ? 'months' : g === 'academic' ? 'academicYear' : 'year';
    }
    case 'by':
      return 'by';
    case 'since':
      return 'since';
  }
}

function none(problem?: Problem): Resolved {
  const r: Resolved = { start: null, end: null, times: [], outsidePeriod: false };
  if (problem) r.problem = problem;
  return r;
}

export function resolve(e: Expr, ctx: Context): Resolved {
  switch (e.t) {
    case 'span': {
      const r = resolveSpan(e.span, ctx);
      if (r.problem) return none(r.problem);
      const out: Resolved = { start: r.start, end: r.end, times: timesOf([e.span]), outsidePeriod: r.outsidePeriod };
      if (r.guess) out.inferred = inference(r.guess);
      return out;
    }
    case 'range': {
      const { from, to } = e;
      let a: SpanDates;
      let b: SpanDates;
      if (from.sy === null || to.sy === null) {
        // Neither end has a year (the parser gives both or neither): the start takes one,
        // the end follows it ("декабрь – май" crosses the new year).
        a = resolveSpan(from, ctx);
        if (a.problem) return none(a.problem);
        if (!a.guess) return { start: null, end: null, times: timesOf([from, to]), outsidePeriod: a.outsidePeriod };
        const y2 = compareMonthDay(to.sm, to.sd, from.sm, from.sd) < 0 ? a.guess.year + 1 : a.guess.year;
        b = resolveSpan({ ...to, sy: y2, ey: y2 }, ctx);
      } else {
        a = resolveSpan(from, ctx);
        b = resolveSpan(to, ctx);
      }
      if (a.problem) return none(a.problem);
      if (b.problem) return none(b.problem);
      if (a.start && b.end && compareYmd(a.start, b.end) > 0) {
        return none({ code: 'deadline/invalid-range', detail: `${spanText(from)} – ${spanText(to)}` });
      }
      const out: Resolved = { start: a.start, end: b.end, times: timesOf([from, to]), outsidePeriod: a.outsidePeriod };
      if (a.guess) out.inferred = inference(a.guess);
      return out;
    }
    case 'list': {
      const resolved = e.items.map((sp) => resolveSpan(sp, ctx));
      for (const r of resolved) if (r.problem) return none(r.problem);
      const gran = e.items[0]?.gran;
      const out: Resolved = {
        start: null,
        end: null,
        times: timesOf(e.items),
        outsidePeriod: resolved.some((r) => r.outsidePeriod),
      };
      const firstGuess = resolved.find((r) => r.guess)?.guess;
      if (firstGuess) out.inferred = inference(firstGuess);
      if (gran === 'year' || gran === 'academic') {
        // Separate whole years are one span only when they follow each other.
        for (let k = 1; k < e.items.length; k++) {
          const prev = e.items[k - 1] as Span;
          const cur = e.items[k] as Span;
          if (cur.sy !== (prev.ey ?? NaN) + (gran === 'year' ? 1 : 0)) {
            return none({ code: 'deadline/unrecognized', detail: 'years that do not follow each other' });
          }
        }
      }
      if (gran === 'day') {
        out.days = e.items.map((sp, k) => {
          const r = resolved[k];
          return r?.start ? toIso(r.start) : toYearlessDay(sp.sm, sp.sd);
        });
      } else if (gran === 'month') {
        out.months = e.items.map((sp, k) => {
          const r = resolved[k];
          return r?.start ? toIsoMonth(r.start.y, r.start.m) : toYearlessMonth(sp.sm);
        });
      }
      if (resolved.every((r) => r.start && r.end)) {
        let start = resolved[0]?.start as Ymd;
        let end = resolved[0]?.end as Ymd;
        for (const r of resolved) {
          if (compareYmd(r.start as Ymd, start) < 0) start = r.start as Ymd;
          if (compareYmd(r.end as Ymd, end) > 0) end = r.end as Ymd;
        }
        out.start = start;
        out.end = end;
      }
      return out;
    }
    case 'by': {
      const r = resolve(e.target, ctx);
      if (r.problem) return r;
      const out: Resolved = { start: null, end: r.end, times: r.times, outsidePeriod: r.outsidePeriod };
      if (r.inferred) out.inferred = r.inferred;
      return out;
    }
    case 'since': {
      const r = resolveSpan(e.target, ctx);
      if (r.problem) return none(r.problem);
      const out: Resolved = { start: r.start, end: null, times: timesOf([e.target]), outsidePeriod: r.outsidePeriod };
      if (r.guess) out.inferred = inference(r.guess);
      return out;
    }
  }
}

/**
 * Months (and a day of month) that a yearless expression names, for a recurrence:
 * "ежегодно март" → [3]; "сентябрь – октябрь ежегодно" → [9, 10]; "ежегодно до 1 сентября" → [9], day 1.
 * Null when the expression cannot be said that way ("ежегодно 1–15 сентября").
 */
export function monthsOf(e: Expr): { months: number[]; day?: number } | null {
  const ofSpan = (sp: Span): { months: number[]; day?: number } =>
    sp.gran === 'day' ? { months: [sp.sm], day: sp.sd } : { months: monthsBetween(sp.sm, sp.em) };
  switch (e.t) {
    case 'span':
      return e.span.invalid !== undefined ? null : ofSpan(e.span);
    case 'range':
      if (e.from.gran === 'day' || e.to.gran === 'day') return null;
      return { months: monthsBetween(e.from.sm, e.to.em) };
    case 'list': {
      const months: number[] = [];
      let day: number | undefined;
      for (const sp of e.items) {
        const r = ofSpan(sp);
        if (r.day !== undefined) {
          if (day !== undefined && day !== r.day) return null;
          day = r.day;
        }
        for (const m of r.months) if (!months.includes(m)) months.push(m);
      }
      return day === undefined ? { months } : { months, day };
    }
    case 'by':
      return e.target.t === 'span' ? monthsOf(e.target) : null;
    case 'since':
      return null;
  }
}
