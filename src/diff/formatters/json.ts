import { CHANGE_KINDS, type ChangeKind, type DiffReport } from '../types.js';
import { countByKind } from './common.js';

/** The version of the JSON report; bumped on any incompatible change (src/diff/README.md). */
export const DIFF_JSON_FORMAT = 'prikaz-diff/1';

/**
 * The changes as data, for scripts: a header, counts by kind, and every change as built
 * (src/diff/README.md documents each kind and field). Pretty-printed, one document.
 */
export function formatJson(report: DiffReport): string {
  const counts = countByKind(report.changes);
  const byKind: Partial<Record<ChangeKind, number>> = {};
  for (const k of CHANGE_KINDS) if (counts[k]) byKind[k] = counts[k];
  const out = {
    format: DIFF_JSON_FORMAT,
    old: report.old,
    new: report.new,
    identical: report.changes.length === 0,
    summary: { changes: report.changes.length, byKind },
    changes: report.changes,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
