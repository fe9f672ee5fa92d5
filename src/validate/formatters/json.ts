import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

/** The shape of one finding in the JSON report. */
export interface JsonFinding {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: Finding['severity'];
  ruleId: string;
  message: string;
  hint: string | null;
  path: string;
}

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    file: f.file,
    line: f.range?.start.line ?? null,
    column: f.range?.start.column ?? null,
    endLine: f.range?.end.line ?? null,
    endColumn: f.range?.end.column ?? null,
    severity: f.severity,
    ruleId: f.ruleId,
    message: f.message,
    hint: f.hint ?? null,
    path: f.path,
  };
}

/** A JSON array with one object per finding, one finding per line ("[]" when all is valid). */
export const formatJson: Formatter = (run) => {
  if (run.findings.length === 0) return '[]\n';
  return `[\n${run.findings.map((f) => `  ${JSON.stringify(toJsonFinding(f))}`).join(',\n')}\n]\n`;
};
