import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../version.js';
import type { ValidationRun } from '../types.js';
import { FORMATTERS } from './index.js';
import { artifactUri, formatSarifWith } from './sarif.js';

const plain = { colors: new Chalk({ level: 0 }) };

const RUN: ValidationRun = {
  files: ['/repo/out/a.roadmap.yaml', 'out/b c.roadmap.yaml', 'missing.yaml'],
  findings: [
    {
      ruleId: 'item/duplicate-number',
      severity: 'warning',
      message: 'the number 6.6 is already used by the 6th item of this list',
      file: '/repo/out/a.roadmap.yaml',
      path: '/roadmaps/0/sections/5/items/6',
      range: { start: { line: 1185, column: 13 }, end: { line: 1200, column: 20 } },
      hint: 'renumber one of them',
    },
    {
      ruleId: 'schema/enum',
      severity: 'error',
      message: 'kind must be one of …',
      file: 'out/b c.roadmap.yaml',
      path: '/roadmaps/0/items/0/deadline/kind',
      range: { start: { line: 57, column: 17 }, end: { line: 57, column: 21 } },
    },
    { ruleId: 'io/read', severity: 'error', message: 'no such file', file: 'missing.yaml', path: '' },
  ],
  suppressed: 0,
};

interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

describe('sarif', () => {
  const log = JSON.parse(formatSarifWith('/repo')(RUN, plain)) as SarifLog;

  it('is a SARIF 2.1.0 log with one run of the prikaz tool', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'prikaz', version: VERSION });
    expect(driver.informationUri).toMatch(/^https:\/\//);
  });

  it('describes every rule, the schema keywords met and the input findings', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    const ids = rules.map((r) => r.id);
    for (const id of ['item/duplicate-number', 'glossary/undefined-abbreviation', 'schema/enum', 'io/read', 'yaml/syntax']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) expect(r.shortDescription.text.length).toBeGreaterThan(0);
  });

  it('gives each finding a result with level, message and a relative location', () => {
    const [dup, enumResult, missing] = log.runs[0]!.results;
    const rules = log.runs[0]!.tool.driver.rules;
    expect(dup).toMatchObject({
      ruleId: 'item/duplicate-number',
      level: 'warning',
      message: { text: 'the number 6.6 is already used by the 6th item of this list (hint: renumber one of them)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'out/a.roadmap.yaml' }, region: { startLine: 1185, startColumn: 13 } } }],
    });
    expect(rules[dup!.ruleIndex]!.id).toBe('item/duplicate-number');
    expect(enumResult).toMatchObject({ ruleId: 'schema/enum', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'out/b%20c.roadmap.yaml' } } }] });
    expect(missing!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(missing!.level).toBe('error');
  });

  it('is a --format choice with no results for a valid run', () => {
    const empty = JSON.parse(FORMATTERS.sarif({ files: ['a.roadmap.yaml'], findings: [], suppressed: 0 }, plain)) as SarifLog;
    expect(empty.runs[0]!.results).toEqual([]);
  });

  it('writes paths relative, with forward slashes', () => {
    expect(artifactUri('/repo/x/y.yaml', '/repo')).toBe('x/y.yaml');
    expect(artifactUri('x/ж.yaml', '/repo')).toBe('x/%D0%B6.yaml');
  });
});
