import type { RoadmapDocument } from '../model/roadmap.js';
import { dropControls } from './control.js';
import { ACTIVITY_COLUMNS, activityTable } from './table.js';

export interface CsvOptions {
  /** Field separator: "," (RFC 4180, the default) or ";" for Excel in a Russian locale; also "\t". */
  delimiter?: string;
  /** Start with a UTF-8 byte order mark so that Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
  /**
   * Put an apostrophe before a cell that starts with = + - @ (or a tab or carriage return),
   * so that a spreadsheet shows it as text instead of evaluating it as a formula (default true).
   * Activity texts often start with a dash; Excel would show #NAME? for them.
   */
  formulaGuard?: boolean;
}

export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/** The columns of one roadmap's table, in order; the extra columns of the plan ("Отметка об исполнении") follow them. */
export const CSV_COLUMNS = ACTIVITY_COLUMNS.map((c) => c.title);

/**
 * One row per activity. RFC 4180: CRLF between records, a field in double quotes when it
 * holds the separator, a quote, a line break or leading/trailing space; quotes doubled.
 * Line breaks inside a field (an activity's list) are kept, as Excel and LibreOffice read them.
 *
 * Several documents make one combined table: every activity of each, with the order's
 * columns first (source file, kind, date, number, authority) so rows of different orders
 * can be told apart, sorted and filtered. One document keeps the plain table.
 */
export function exportCsv(doc: RoadmapDocument | readonly RoadmapDocument[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  if (!(CSV_DELIMITERS as readonly string[]).includes(delimiter)) {
    throw new RangeError(`unsupported CSV delimiter ${JSON.stringify(delimiter)} (use ",", ";" or a tab)`);
  }
  const guard = options.formulaGuard ?? true;
  const docs = isMany(doc) ? doc : [doc];
  const table = activityTable(docs, { orderColumns: isMany(doc) });
  const rows = [table.columns.map((c) => c.title), ...table.rows];
  const body = rows.map((r) => r.map((cell) => csvField(cell, delimiter, guard)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

function isMany(doc: RoadmapDocument | readonly RoadmapDocument[]): doc is readonly RoadmapDocument[] {
  return Array.isArray(doc);
}

/** One field, quoted when it must be (RFC 4180 §2.6–2.7), without the control characters CSV forbids. */
export function csvField(value: string, delimiter = ',', formulaGuard = true): string {
  let v = dropControls(value);
  if (formulaGuard && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  const needsQuotes = v.includes(delimiter) || /["\r\n]/.test(v) || /^\s|\s$/.test(v);
  return needsQuotes ? `"${v.replace(/"/g, '""')}"` : v;
}
