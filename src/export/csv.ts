import type { RoadmapDocument } from '../model/roadmap.js';
import { activityText, flatten, innermost, partiesText } from './flatten.js';

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

/** The columns, in order; the extra columns of the plan ("Отметка об исполнении") follow them. */
export const CSV_COLUMNS = [
  'Дорожная карта',
  '№ раздела',
  'Раздел',
  '№ п/п',
  'Мероприятие',
  'Срок (как в документе)',
  'Вид срока',
  'Начало',
  'Окончание',
  'Ответственные',
  'Результат',
] as const;

/**
 * One row per activity. RFC 4180: CRLF between records, a field in double quotes when it
 * holds the separator, a quote, a line break or leading/trailing space; quotes doubled.
 * Line breaks inside a field (an activity's list) are kept, as Excel and LibreOffice read them.
 */
export function exportCsv(doc: RoadmapDocument, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  if (!(CSV_DELIMITERS as readonly string[]).includes(delimiter)) {
    throw new RangeError(`unsupported CSV delimiter ${JSON.stringify(delimiter)} (use ",", ";" or a tab)`);
  }
  const guard = options.formulaGuard ?? true;
  const items = flatten(doc);
  const extraColumns = [...new Set(items.flatMap((f) => Object.keys(f.item.extra ?? {})))];
  const rows: string[][] = [[...CSV_COLUMNS, ...extraColumns]];
  for (const f of items) {
    const section = innermost(f.sections);
    const d = f.item.deadline;
    const roadmapTitle = f.roadmap.title ?? f.roadmap.planTitle ?? '';
    rows.push([
      doc.roadmaps.length > 1 ? `${f.roadmapIndex + 1}. ${roadmapTitle}` : roadmapTitle,
      section?.number ?? '',
      f.sections.map((s) => s.title).join(' / '),
      f.item.number ?? '',
      activityText(f.item),
      d.raw,
      d.kind,
      d.start ?? '',
      d.end ?? '',
      partiesText(f.item),
      f.item.result ?? '',
      ...extraColumns.map((c) => f.item.extra?.[c] ?? ''),
    ]);
  }
  const body = rows.map((r) => r.map((cell) => csvField(cell, delimiter, guard)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** One field, quoted when it must be (RFC 4180 §2.6–2.7). */
export function csvField(value: string, delimiter = ',', formulaGuard = true): string {
  let v = value;
  if (formulaGuard && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  const needsQuotes = v.includes(delimiter) || /["\r\n]/.test(v) || /^\s|\s$/.test(v);
  return needsQuotes ? `"${v.replace(/"/g, '""')}"` : v;
}
