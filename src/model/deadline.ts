/**
 * A deadline as written ("raw") and as data. The parser lives in src/normalize/deadline/.
 * Field names here are the public contract: add fields, never rename.
 */
/**
 * What sort of deadline the text states. All dates are inclusive ISO dates; the JSON Schema
 * (schemas/deadline.schema.json) documents each kind with examples. The reading choices:
 * - "до X" is read inclusively: end = the last day of X ("до января 2021г." → 2021-01-31,
 *   "до 2023г." → 2023-12-31, "до 01.12.2020" → 2020-12-01).
 * - An academic year runs 1 September – 31 August ("2020/2021" → 2020-09-01..2021-08-31).
 * - Quarters and half-years are calendar ones and have kind "range".
 * - "period" and an unbounded "recurring" take start/end from the roadmap's period when known.
 * - A year missing from the text is supplied only from the context, and then `inferred` is set.
 */
export type DeadlineKind =
  | 'day' // one calendar day: "01.12.2020", "1 сентября 2021 г.", "09.12.2020 10.00" (with time)
  | 'by' // no later than a day, month or year: "до 01.12.2020", "до 2023г.", "к 1 сентября"; start null
  | 'range' // a continuous span: "7-11.12.2020", "ноябрь 2020г.-январь 2021г.", "I квартал 2021 г."
  | 'days' // several separate days: "15.04.2021 15.07.2021"; see `days`
  | 'month' // one month: "март", "декабрь 2020"
  | 'months' // several separate months: "апрель октябрь"; see `months`
  | 'year' // one or more whole years: "2022", "2021-2023", "в течение 2020-2023гг."
  | 'academicYear' // "2020-21 учебный год", "2020/2021": 1 September .. 31 August
  | 'since' // open end: "с декабря 2020г." → start 2020-12-01, end null
  | 'recurring' // "ежеквартально", "1 раз в месяц", "ежегодно март"; see `recurrence`
  | 'period' // the whole period of the roadmap: "в течение года", "постоянно", "весь период"
  | 'conditional' // depends on an event: "по необходимости", "в сроки, установленные ИРООО"; see `condition`
  | 'unspecified' // empty, or punctuation only
  | 'unrecognized'; // the grammar does not know this form, or the date does not exist (a diagnostic says where)

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'halfyearly' | 'yearly' | 'once';

export interface Recurrence {
  frequency: Frequency;
  /** Every N units ("1 раз в 2 недели" → weekly, interval 2). */
  interval?: number;
  /** ISO weekday name in English lower case ("tuesday"). */
  weekday?: string;
  /** Months (1-12) in which it recurs ("ежегодно март" → [3]). */
  months?: number[];
  /** Day of month ("не позднее 10 числа каждого месяца" → 10). */
  dayOfMonth?: number;
  /** Times per interval when more than one ("2 раза в месяц" → monthly, count 2). */
  count?: number;
  /** Several weekdays ("по средам и пятницам" → ["wednesday", "friday"]); then `weekday` is absent. */
  weekdays?: string[];
}

export interface DeadlineInference {
  /** The year that was supplied because the text had none. */
  year: number;
  /** What it was taken from. */
  from: 'period' | 'orderDate';
  /** The value it was taken from, as ISO ("2021-09-01/2023-08-31" or "2020-12-01"). */
  basis: string;
}

export interface Deadline {
  raw: string;
  kind: DeadlineKind;
  /** First day the deadline covers (ISO yyyy-mm-dd), null when it cannot be known. */
  start: string | null;
  /** Last day the deadline covers (ISO), null when open or unknown. */
  end: string | null;
  /**
   * The separate days, for kind "days": ISO "yyyy-mm-dd", or "--mm-dd" (ISO 8601 day of a month
   * without a year) when the text gives no year and none could be inferred.
   */
  days?: string[];
  /**
   * The separate months, for kind "months": "yyyy-mm", or "--mm" (ISO 8601 month without a year)
   * when the text gives no year and none could be inferred. In written order.
   */
  months?: string[];
  /** Time of day "HH:MM" when given ("09.12.2020 10.00"). */
  time?: string;
  /** End of a span of time within the day ("12.00–14.00" → endTime "14:00"). */
  endTime?: string;
  recurrence?: Recurrence;
  /**
   * The condition as written ("по необходимости", "в сроки, установленные ИРООО"), spacing
   * collapsed and words broken by a line wrap rejoined. For other kinds, the words that came
   * with the date ("2020 по плану работы площадки" → year 2020 + "по плану работы площадки").
   */
  condition?: string;
  /** Present when a year was inferred rather than read. */
  inferred?: DeadlineInference;
}
