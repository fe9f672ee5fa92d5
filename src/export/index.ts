import type { RoadmapDocument } from '../model/roadmap.js';
import { exportCsv, type CsvOptions } from './csv.js';
import { exportHtml } from './html.js';
import { exportIcs, type IcsOptions } from './ics.js';
import { exportMarkdown } from './markdown.js';
import { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export { exportCsv, exportHtml, exportIcs, exportMarkdown };
export { activityTable, ACTIVITY_COLUMNS, ORDER_COLUMNS, type ActivityTable, type TableColumn, type TableOptions } from './table.js';
export type { CsvOptions, IcsOptions };
export { flatten, sectionBlocks, type FlatItem, type SectionBlock } from './flatten.js';
export { timingOf, type Timing } from './timing.js';

/** Everything any exporter takes; each reads only its own options. */
export type ExportOptions = CsvOptions & IcsOptions;

export interface Exporter {
  /** What --to says. */
  name: string;
  /** The usual file extension, with the dot. */
  extension: string;
  mediaType: string;
  description: string;
  /** Several roadmaps make one output (a combined table, one calendar); the others report on one. */
  combines: boolean;
  /** Bytes, not text: written to a file, never to a terminal. */
  binary: boolean;
}

/** The formats written as text, which exportDocument renders. */
export type TextExportFormat = Exclude<ExportFormat, 'xlsx'>;

const RENDER: Record<TextExportFormat, (doc: RoadmapDocument, options: ExportOptions) => string> = {
  csv: (doc, o) => exportCsv(doc, o),
  ics: (doc, o) => exportIcs(doc, o),
  md: (doc) => exportMarkdown(doc),
  html: (doc) => exportHtml(doc),
};

/** The exporters by --to name. Each is a pure function of the document and its options. */
export const EXPORTERS = {
  csv: {
    name: 'csv',
    extension: '.csv',
    mediaType: 'text/csv; charset=utf-8',
    description: 'one row per activity; UTF-8 with BOM for Excel (use --delimiter ";" in a Russian locale)',
    combines: true,
    binary: false,
  },
  ics: {
    name: 'ics',
    extension: '.ics',
    mediaType: 'text/calendar; charset=utf-8',
    description: 'iCalendar: an all-day event per dated activity, RRULE for recurring ones, undated ones in a note',
    combines: true,
    binary: false,
  },
  md: {
    name: 'md',
    extension: '.md',
    mediaType: 'text/markdown; charset=utf-8',
    description: 'a Markdown report: header, sections, activity tables',
    combines: false,
    binary: false,
  },
  html: {
    name: 'html',
    extension: '.html',
    mediaType: 'text/html; charset=utf-8',
    description: 'one self-contained page with a timeline by section and a filter by responsible party',
    combines: false,
    binary: false,
  },
  xlsx: {
    name: 'xlsx',
    extension: '.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    description: "an Excel workbook: the CSV's table with the order's columns, dates as dates, header frozen, filter on",
    combines: true,
    binary: true,
  },
} as const satisfies Record<ExportFormat, Exporter>;

export { EXPORT_FORMATS, type ExportFormat };

/** One roadmap in a text format. */
export function exportDocument(doc: RoadmapDocument, format: TextExportFormat, options: ExportOptions = {}): string {
  return RENDER[format](doc, options);
}

export interface ExportManyOptions extends ExportOptions {
  /**
   * Make the combined output even of one roadmap (the order's columns in a table): what a
   * batch gives whatever it finds, so a script reads the same columns from one file or many.
   */
  combined?: boolean;
}

/**
 * Any number of roadmaps in any format: csv and xlsx make one table of all activities with
 * the order's columns, ics one calendar; md and html take exactly one roadmap (a RangeError
 * otherwise). One roadmap without `combined` gives exportDocument's output. The xlsx writer
 * is loaded only when asked for.
 */
export async function exportDocuments(docs: readonly RoadmapDocument[], format: ExportFormat, options: ExportManyOptions = {}): Promise<string | Uint8Array> {
  const many = docs.length !== 1 || options.combined === true;
  if (format === 'xlsx') {
    const { exportXlsx } = await import('./xlsx.js');
    return exportXlsx(docs);
  }
  if (!many) return exportDocument(docs[0]!, format, options);
  if (format === 'csv') return exportCsv(docs, options);
  if (format === 'ics') return exportIcs(docs, options);
  throw new RangeError(`${format} describes one roadmap; ${combiningFormats().join(', ')} combine several`);
}

/** The formats that make one output of several roadmaps. */
export function combiningFormats(): ExportFormat[] {
  return EXPORT_FORMATS.filter((f) => EXPORTERS[f].combines);
}
