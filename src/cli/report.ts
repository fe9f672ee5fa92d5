import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { formatLocation } from '../core/source.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function atLeast(d: Diagnostic, level: Severity): boolean {
  return RANK[d.severity] <= RANK[level];
}

/** "file:12:3: warning deadline/unrecognized: … (hint: …)" — one line a finding. */
export function formatDiagnostic(d: Diagnostic, c: ChalkInstance, file?: string): string {
  const where = d.location ? formatLocation({ ...d.location, file: d.location.file ?? file ?? '' }) : (file ?? '');
  const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.cyan('info');
  const hint = d.hint ? c.dim(` (hint: ${d.hint})`) : '';
  return `${where}: ${sev} ${c.dim(d.code)}: ${d.message}${hint}`;
}
