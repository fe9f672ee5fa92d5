import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

/** "file:line:col: error rule-id: message (hint: …)", as `convert` prints diagnostics, then a summary. */
export const formatText: Formatter = (run, { colors: c }) => {
  const lines = run.findings.map((f) => {
    const where = f.range ? `${f.file}:${f.range.start.line}:${f.range.start.column}` : f.file;
    const sev = f.severity === 'error' ? c.red('error') : c.yellow('warning');
    const hint = f.hint ? c.dim(` (hint: ${f.hint})`) : '';
    return `${where}: ${sev} ${c.dim(f.ruleId)}: ${f.message}${hint}`;
  });
  lines.push(summary(run.files.length, run.findings, run.suppressed));
  return `${lines.join('\n')}\n`;
};

export function summary(files: number, findings: readonly Finding[], suppressed: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const withFindings = new Set(findings.map((f) => f.file)).size;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const silenced = suppressed > 0 ? ` (${suppressed} silenced)` : '';
  if (findings.length === 0) return `${plural(files, 'file')} checked: all valid${silenced}`;
  return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${withFindings} of them${silenced}`;
}
