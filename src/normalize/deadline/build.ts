/**
 * Parts → one Deadline. Chooses the most informative kind and keeps everything else
 * as the condition:
 *   recurrence (+ months, + bounds)  →  recurring
 *   one calendar expression          →  its kind ("с …" with a condition → conditional)
 *   a condition                      →  conditional
 *   a period phrase                  →  period
 * Anything that cannot be read safely → unrecognized with one diagnostic.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import type { Result } from '../../core/result.js';
import type { Deadline, DeadlineKind } from '../../model/deadline.js';
import { toIso } from './calendar.js';
import { pieceText, type Analysis, type TextPiece } from './grammar.js';
import type { Context } from './infer.js';
import { mergeRecurrence } from './recurrence.js';
import { THEREAFTER_WORDS } from './lexicon.js';
import { isYearless, kindOf, monthsOf, resolve, spansOf, type Problem, type Resolved } from './resolve.js';
import type { Expr } from './types.js';

const HINT =
  'Write it as a date ("01.12.2020"), a month ("декабрь 2020"), a span ("2021-2023", "сентябрь – октябрь 2021 г."), ' +
  'a recurrence ("ежеквартально") or a condition ("по необходимости").';

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 197)}...` : t;
}

export function build(raw: string, a: Analysis, ctx: Context): Result<Deadline> {
  const shown = oneLine(raw);
  const blank = (kind: DeadlineKind): Deadline => ({ raw, kind, start: null, end: null });
  const fail = (code: string, message: string, hint?: string): Result<Deadline> => ({
    value: blank('unrecognized'),
    diagnostics: [diagnostic('warning', code, message, ctx.location, hint)],
  });
  const unknown = (why?: string): Result<Deadline> =>
    fail('deadline/unrecognized', `Unrecognized deadline "${shown}"${why ? ` (${why})` : ''}; kept as written`, HINT);
  const problem = (p: Problem): Result<Deadline> =>
    p.code === 'deadline/invalid-date'
      ? fail(p.code, `Deadline "${shown}" names a day that does not exist: "${p.detail}"`)
      : p.code === 'deadline/invalid-range'
        ? fail(p.code, `Deadline "${shown}" ends before it starts: ${p.detail}`)
        : unknown(p.detail);

  if (!a.hasContent) return { value: blank('unspecified'), diagnostics: [] };

  const s = a.stream;
  const temporals: Expr[] = [];
  const fragments = [];
  const periods: { from: number; next: number }[] = [];
  const conditions: TextPiece[] = [];
  for (const p of a.parts) {
    if (p.kind === 'temporal') {
      for (const sp of spansOf(p.expr)) {
        if (sp.invalid !== undefined) return problem({ code: 'deadline/invalid-date', detail: sp.invalid });
      }
      temporals.push(p.expr);
    } else if (p.kind === 'recurrence') fragments.push(p.fragment);
    else if (p.kind === 'period') periods.push(p);
    else conditions.push({ at: p.from, text: pieceText(s, p.from, p.next) });
  }
  if (a.parts.length === 0) return unknown();
  if (a.misread !== null) return unknown(`"${a.misread}" does not fit`);

  const diagnostics: Diagnostic[] = [];
  const pieces: TextPiece[] = [...conditions, ...a.leftover];
  if (a.leftover.length > 0) {
    const left = a.leftover.map((l) => l.text).join(' ');
    diagnostics.push(
      diagnostic(
        'warning',
        'deadline/partial',
        `Deadline "${shown}": "${left}" is not understood and is kept in the condition`,
        ctx.location,
      ),
    );
  }
  const periodStart = ctx.period?.start ? toIso(ctx.period.start) : null;
  const periodEnd = ctx.period?.end ? toIso(ctx.period.end) : null;
  const periodText = (): void => {
    for (const p of periods) pieces.push({ at: p.from, text: pieceText(s, p.from, p.next) });
  };

  let value: Deadline;
  let resolved: Resolved | null = null;

  if (fragments.length > 0) {
    const rec = mergeRecurrence(fragments);
    if (!rec) return unknown('the recurrence has no frequency or contradicts itself');
    let bound: Expr | null = null;
    const months: number[] = [];
    for (const e of temporals) {
      if (isYearless(e) && e.t !== 'since') {
        const mo = monthsOf(e);
        if (!mo) return unknown('these days cannot recur');
        for (const m of mo.months) if (!months.includes(m)) months.push(m);
        if (mo.day !== undefined) {
          if (rec.dayOfMonth !== undefined && rec.dayOfMonth !== mo.day) return unknown('two days of the month');
          rec.dayOfMonth = mo.day;
        }
      } else {
        if (bound) return unknown('more than one span for one recurrence');
        bound = e;
      }
    }
    if (months.length > 0) rec.months = months;
    value = { ...blank('recurring'), recurrence: rec };
    if (bound) {
      resolved = resolve(bound, ctx);
      if (resolved.problem) return problem(resolved.problem);
      // One day with a recurrence is where it begins ("01.09.2021, ежегодно"); so is any date
      // followed by "далее" ("до 01.12.2025, далее – ежегодно": the first deadline, then yearly).
      const thereafter = s.tokens.some((t) => t.kind === 'word' && THEREAFTER_WORDS.has(t.text));
      if (thereafter) {
        resolved.start = resolved.start ?? resolved.end;
        resolved.end = null;
      } else if (bound.t === 'span' && bound.span.gran === 'day') resolved.end = null;
    } else {
      value.start = periodStart;
      value.end = periodEnd;
    }
  } else if (temporals.length > 1) {
    return unknown('several dates that form neither one span nor one list');
  } else if (temporals.length === 1) {
    const e = temporals[0] as Expr;
    resolved = resolve(e, ctx);
    if (resolved.problem) return problem(resolved.problem);
    let kind = kindOf(e);
    if (e.t === 'since' && conditions.length > 0) kind = 'conditional';
    else if (e.t !== 'since') periodText();
    value = blank(kind);
    if (resolved.days) value.days = resolved.days;
    if (resolved.months) value.months = resolved.months;
  } else if (conditions.length > 0) {
    value = { ...blank('conditional'), start: periods.length > 0 ? periodStart : null, end: periods.length > 0 ? periodEnd : null };
  } else if (periods.length > 0) {
    value = { ...blank('period'), start: periodStart, end: periodEnd };
  } else {
    return unknown();
  }

  if (resolved) {
    value.start = resolved.start ? toIso(resolved.start) : null;
    value.end = resolved.end ? toIso(resolved.end) : null;
    if (resolved.times.length === 1) {
      // "12:00–14:00": the day's span of time, its start in time and its end in endTime
      const [time, endTime] = (resolved.times[0] as string).split('–');
      value.time = time as string;
      if (endTime) value.endTime = endTime;
    }
    if (resolved.times.length > 1) {
      diagnostics.push(
        diagnostic(
          'warning',
          'deadline/several-times',
          `Deadline "${shown}" gives several times of day (${resolved.times.join(', ')}); none is kept in "time"`,
          ctx.location,
        ),
      );
    }
    if (resolved.inferred) value.inferred = resolved.inferred;
    if (resolved.outsidePeriod) {
      diagnostics.push(
        diagnostic(
          'warning',
          'deadline/outside-period',
          `Deadline "${shown}" does not fall within the roadmap period ${ctx.period?.basis ?? ''}` +
            (resolved.inferred ? `; the year was taken from the order date` : '; no year was supplied'),
          ctx.location,
        ),
      );
    }
  }

  const condition = pieces
    .sort((x, y) => x.at - y.at)
    .map((p) => p.text)
    .filter((t) => t.length > 0)
    .join(' ');
  if (condition.length > 0) value.condition = condition;
  return { value, diagnostics };
}
