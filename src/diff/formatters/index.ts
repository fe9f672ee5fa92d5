import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';
import type { DiffFormatter } from './types.js';

export type { DiffFormatter, DiffFormatOptions } from './types.js';

/** --format NAME → formatter. */
export const DIFF_FORMATTERS = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
} as const satisfies Record<string, DiffFormatter>;

export type DiffFormatName = keyof typeof DIFF_FORMATTERS;
export const DIFF_FORMAT_NAMES = Object.keys(DIFF_FORMATTERS) as DiffFormatName[];
