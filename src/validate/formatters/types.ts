import type { ChalkInstance } from 'chalk';
import type { ValidationRun } from '../types.js';

export interface FormatOptions {
  /** Colors for the text format; a level-0 instance prints none. */
  colors: ChalkInstance;
}

/** A pure function from findings to the report's text. */
export type Formatter = (run: ValidationRun, opts: FormatOptions) => string;
