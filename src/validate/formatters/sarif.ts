import { isAbsolute, relative, sep } from 'node:path';
import { VERSION } from '../../version.js';
import { INPUT_FINDINGS, RULES } from '../rules/index.js';
import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format
 * code-scanning dashboards (GitHub code scanning, Azure DevOps, SonarQube) import: one run,
 * the tool's rules with a short description each, and one result a finding. Paths are
 * relative to the working folder, with forward slashes, as the dashboards match them
 * against the repository's files.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/prikaz-roadmap';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' };
}

/** Every rule id a result may carry: the rules, each schema keyword met, the input findings. */
function rulesFor(findings: readonly Finding[]): SarifRule[] {
  const out = new Map<string, SarifRule>();
  const add = (id: string, description: string, level: 'error' | 'warning') => {
    if (!out.has(id)) out.set(id, { id, shortDescription: { text: description }, defaultConfiguration: { level } });
  };
  const schema = RULES.find((r) => r.id === 'schema');
  for (const r of RULES) if (r.id !== 'schema') add(r.id, r.description, r.severity);
  for (const f of INPUT_FINDINGS) add(f.id, f.description, f.severity);
  for (const f of findings) {
    if (f.ruleId.startsWith('schema/') && schema) add(f.ruleId, schema.description, 'error');
    else add(f.ruleId, f.ruleId, f.severity); // a rule not listed above: still described
  }
  return [...out.values()];
}

/** A path as SARIF wants it: relative to the working folder, forward slashes, percent-encoded. */
export function artifactUri(file: string, cwd: string = process.cwd()): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  const slashed = rel.split(sep).join('/');
  return slashed.split('/').map(encodeURIComponent).join('/');
}

function result(f: Finding, ruleIndex: Map<string, number>, cwd: string): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: artifactUri(f.file, cwd) } };
  if (f.range) {
    physicalLocation.region = {
      startLine: f.range.start.line,
      startColumn: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: Math.max(f.range.end.column, f.range.end.line === f.range.start.line ? f.range.start.column : 1),
    };
  }
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: f.severity,
    message: { text: f.hint ? `${f.message} (hint: ${f.hint})` : f.message },
    locations: [{ physicalLocation }],
  };
  // the data path says which value, whatever lines move: dashboards use it to follow a finding
  if (f.path !== '') out.partialFingerprints = { 'prikazPointer/v1': `${f.ruleId}:${f.path}` };
  return out;
}

export function formatSarifWith(cwd: string): Formatter {
  return (run) => {
    const rules = rulesFor(run.findings);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const log = {
      version: '2.1.0',
      $schema: SARIF_SCHEMA,
      runs: [
        {
          tool: { driver: { name: 'prikaz', version: VERSION, informationUri: INFORMATION_URI, rules } },
          artifacts: run.files.map((file) => ({ location: { uri: artifactUri(file, cwd) } })),
          results: run.findings.map((f) => result(f, index, cwd)),
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  };
}

export const formatSarif: Formatter = (run, opts) => formatSarifWith(process.cwd())(run, opts);
