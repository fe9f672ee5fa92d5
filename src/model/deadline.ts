/**
 * A deadline as written ("raw") and as data. The parser lives in src/normalize/deadline/.
 * Field names here are the public contract: add fields, never rename.
 */
export type DeadlineKind =
  | 'day' // one calendar day: "01.12.2020"
  | 'by' // no later than a day, month or year: "до 01.12.2020", "до 2023г."
  | 'range' // a continuous span: "7-11.12.2020", "ноябрь 2020г.-январь 2021г."
  | 'days' // several separate days: "15.04.2021 15.07.2021"
  | 'month' // one month: "март", "декабрь 2020"
  | 'months' // several separate months: "апрель октябрь"
  | 'year' // one or more whole years: "2022", "2021-2023"
  | 'academicYear' // "2020-21 учебный год", "2020/2021"
  | 'since' // open start: "с декабря 2020г."
  | 'recurring' // "ежеквартально", "1 раз в месяц"
  | 'period' // the whole period of the roadmap: "в течение года", "постоянно"
  | 'conditional' // depends on an event: "по необходимости"
  | 'unspecified' // empty
  | 'unrecognized'; // the grammar does not know this form (a diagnostic says where)

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
  /** The separate days, for kind "days" (ISO). */
  days?: string[];
  /** Time of day "HH:MM" when given ("09.12.2020 10.00"). */
  time?: string;
  recurrence?: Recurrence;
  /** The condition as written ("по необходимости", "в сроки, установленные ИРООО"). */
  condition?: string;
  /** Present when a year was inferred rather than read. */
  inferred?: DeadlineInference;
}
