import type { RoadmapDocument } from '../model/roadmap.js';
import { exportCsv, type CsvOptions } from './csv.js';
import { exportHtml } from './html.js';
import { exportIcs, type IcsOptions } from './ics.js';
import { exportMarkdown } from './markdown.js';
import { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export { exportCsv, exportHtml, exportIcs, exportMarkdown };
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
  render: (doc: RoadmapDocument, options: ExportOptions) => string;
}

/** The exporters by --to name. Each is a pure function of the document and its options. */
export const EXPORTERS = {
  csv: {
    name: 'csv',
    extension: '.csv',
    mediaType: 'text/csv; charset=utf-8',
    description: 'one row per activity; UTF-8 with BOM for Excel (use --delimiter ";" in a Russian locale)',
    render: (doc, o) => exportCsv(doc, o),
  },
  ics: {
    name: 'ics',
    extension: '.ics',
    mediaType: 'text/calendar; charset=utf-8',
    description: 'iCalendar: an all-day event per dated activity, RRULE for recurring ones, undated ones in a note',
    render: (doc, o) => exportIcs(doc, o),
  },
  md: {
    name: 'md',
    extension: '.md',
    mediaType: 'text/markdown; charset=utf-8',
    description: 'a Markdown report: header, sections, activity tables',
    render: (doc) => exportMarkdown(doc),
  },
  html: {
    name: 'html',
    extension: '.html',
    mediaType: 'text/html; charset=utf-8',
    description: 'one self-contained page with a timeline by section and a filter by responsible party',
    render: (doc) => exportHtml(doc),
  },
} as const satisfies Record<ExportFormat, Exporter>;

export { EXPORT_FORMATS, type ExportFormat };

export function exportDocument(doc: RoadmapDocument, format: ExportFormat, options: ExportOptions = {}): string {
  return EXPORTERS[format].render(doc, options);
}
