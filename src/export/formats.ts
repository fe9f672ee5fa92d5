/** The --to names of the exporters, in a module of their own: the command line lists them without loading the exporters. */
export const EXPORT_FORMATS = ['csv', 'ics', 'md', 'html', 'xlsx'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

