import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatOptions } from './types.js';

/** --format NAME → formatter. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
  github: formatGithub,
  sarif: formatSarif,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
