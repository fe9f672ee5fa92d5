import type { ChalkInstance } from 'chalk';
import type { DiffReport } from '../types.js';

export interface DiffFormatOptions {
  /** Colors for the text format; a level-0 instance prints none. The others ignore it. */
  colors: ChalkInstance;
}

/** A pure function from a diff to the report's text. */
export type DiffFormatter = (report: DiffReport, opts: DiffFormatOptions) => string;
