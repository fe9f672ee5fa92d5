import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import { memoryIO } from '../cli/test-support.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { convertFile } from '../pipeline/convert.js';
import { serialize } from '../write/serialize.js';
import type { JsonFinding } from './formatters/json.js';
import { isSourceRule } from './config/apply.js';

/**
 * A freshly converted file passes `prikaz validate` with default settings: what a CI job
 * sees right after `prikaz convert`. Every text and Word fixture, converted and checked.
 */
const FIXTURES = ['txt', 'docx'].flatMap((ext) =>
  readdirSync(`fixtures/${ext}`)
    .filter((f) => f.endsWith(`.${ext}`))
    .sort()
    .map((f) => `fixtures/${ext}/${f}`),
);

let dir: string;
const convertDiagnostics = new Map<string, Diagnostic[]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prikaz-fresh-'));
  for (const input of FIXTURES) {
    const result = await convertFile(input);
    expect(result.value, input).not.toBeNull();
    const name = `${basename(input, extname(input))}.${extname(input).slice(1)}.roadmap.yaml`;
    writeFileSync(join(dir, name), serialize(result.value!, 'yaml'));
    convertDiagnostics.set(name, result.diagnostics);
  }
}, 120_000);

describe('a freshly converted file passes validate with default settings', () => {
  it('has both formats to check', () => {
    expect(FIXTURES.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    expect(FIXTURES.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(5);
  });

  it('exits 0 for every fixture converted', async () => {
    const io = memoryIO();
    const code = await run(['validate', '--format', 'json', dir], io);
    const findings = JSON.parse(io.out) as JsonFinding[];
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${basename(f.file)}:${f.line} ${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(code).toBe(0);
  });

  it('a number the order itself uses twice is a warning in both verbs, at the item', async () => {
    for (const ext of ['txt', 'docx']) {
      const name = `000_72fc9603205c0c49.${ext}.roadmap.yaml`;
      const converted = convertDiagnostics.get(name)!.filter((d) => d.code === 'item/duplicate-number');
      expect(converted, ext).toHaveLength(1);
      expect(converted[0]!.severity).toBe('warning');
      expect(converted[0]!.message).toContain('6.6');
      // the item's place in the source: a line of the text, a row of the Word table
      expect(ext === 'txt' ? converted[0]!.location?.line : converted[0]!.location?.row).toBeGreaterThan(0);

      const io = memoryIO();
      expect(await run(['validate', '--format', 'json', join(dir, name)], io)).toBe(0);
      const found = (JSON.parse(io.out) as JsonFinding[]).filter((f) => f.ruleId === 'item/duplicate-number');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', path: expect.stringMatching(/\/items\/\d+$/) });
      expect(found[0]!.line).toBeGreaterThan(1);
    }
  });
});

describe('--strict on the seeds\' conversions', () => {
  const seeds = () => ['000_72fc9603205c0c49', '001_9a5414332806af39', '002_d8146b65e7b6d256', '003_c07eb7e652819042', '004_5cf6f8dfe62893e0'].map((s) => join(dir, `${s}.txt.roadmap.yaml`));

  it('passes: what is left are the order\'s own defects, which --strict keeps warnings', async () => {
    const io = memoryIO();
    const code = await run(['validate', '--strict', '--format', 'json', ...seeds()], io);
    const findings = JSON.parse(io.out) as JsonFinding[];
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${basename(f.file)}:${f.line} ${f.ruleId}`)).toEqual([]);
    expect(code).toBe(0);
    // each left is a rule that reports the order as written (a number used twice, an abbreviation never defined)
    expect([...new Set(findings.map((f) => f.ruleId))].filter((id) => !isSourceRule(id))).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toContain('glossary/undefined-abbreviation');
  });

  it('a team makes them fail by setting them to error in the config', async () => {
    const config = join(dir, 'strict.config.yaml');
    writeFileSync(config, 'rules:\n  glossary/undefined-abbreviation: error\n');
    const io = memoryIO();
    expect(await run(['validate', '--strict', '--config', config, '--format', 'json', ...seeds()], io)).toBe(1);
    const errors = (JSON.parse(io.out) as JsonFinding[]).filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.ruleId))).toEqual(new Set(['glossary/undefined-abbreviation']));
  });
});
