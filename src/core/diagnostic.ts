import type { SourceLocation } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input, never about our own code. Codes are stable
 * "area/what" identifiers (e.g. "deadline/unrecognized") documented in the README.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  location?: SourceLocation;
  /** What would fix it, when we can say. */
  hint?: string;
}

export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  location?: SourceLocation,
  hint?: string,
): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (location) d.location = location;
  if (hint) d.hint = hint;
  return d;
}
