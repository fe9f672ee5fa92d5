import type { ColumnEvidence } from '../../recognize/column-roles.js';
import type { TableExplanation } from '../../recognize/types.js';
import { explainFile } from '../../pipeline/explain.js';
import { formatLocation } from '../../core/source.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';

export interface ExplainCommandOptions {
  format?: 'text' | 'json';
}

/**
 * Shows, for each table of a document, whether it was read as a plan (or why not) and the
 * role given to each column with the evidence behind it: the heading's word and the cells'
 * shares of row numbers, deadlines, parties, their length and wording.
 */
export async function explainCommand(input: string, opts: ExplainCommandOptions, io: CliIO): Promise<ExitCode> {
  const result = await explainFile(input);
  for (const d of result.diagnostics) if (d.severity === 'error') io.stderr(`${input}: error ${d.code}: ${d.message}\n`);
  if (!result.value) return result.diagnostics.some((d) => d.code.startsWith('io/')) ? EXIT.USAGE_OR_IO : EXIT.FAILED;
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
    return EXIT.OK;
  }
  if (result.value.length === 0) io.stdout(`${input}: no tables\n`);
  for (const t of result.value) io.stdout(formatTable(t));
  return EXIT.OK;
}

function formatTable(t: TableExplanation): string {
  const verdict = t.isPlan ? 'a plan' : `not a plan: ${t.why ?? ''}`;
  const lines = [`${formatLocation(t.source)}: table, ${t.headerRows} heading row(s), ${verdict}`];
  for (const e of t.evidence) lines.push(`  ${formatColumn(e, t.columns.roles[e.index] ?? 'other')}`);
  return `${lines.join('\n')}\n`;
}

function formatColumn(e: ColumnEvidence, role: string): string {
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const c = e.cells;
  const heading = e.heading ? `heading says ${e.heading.role}${e.heading.confidence < 1 ? ' (weakly)' : ''}` : 'heading says nothing';
  const cells = c.filled
    ? `${c.filled} cells: numbers ${pct(c.numbers)} (in sequence ${pct(c.sequence)}), deadlines ${pct(c.deadlines)}, parties ${pct(c.parties)}, persons ${pct(c.persons)}, mean length ${Math.round(c.meanLength)}, worded as activities ${pct(c.activityWording)}`
    : 'no cells';
  const scores = Object.entries(e.scores)
    .filter(([, v]) => v !== undefined && Math.abs(v) >= 0.05)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .slice(0, 3)
    .map(([k, v]) => `${k} ${(v ?? 0).toFixed(2)}`)
    .join(', ');
  return `${e.index + 1}. "${e.header}" → ${role}   [${heading}; ${cells}; scores: ${scores || '—'}]`;
}
