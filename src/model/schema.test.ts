import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { roadmapValidator, roadmapValidatorSource } from './schema.js';

// The build writes ajv's standalone code to dist/model/roadmap-validator.cjs, and the built
// package loads it instead of compiling the schema (see schema.ts). These tests run the
// sources, which compile; they check that the two agree and that the build's file is current.
const built = new URL('../../dist/model/roadmap-validator.cjs', import.meta.url);
const goldens = readdirSync('tests/golden').filter((f) => f.endsWith('.roadmap.yaml'));

function breakages(doc: Record<string, unknown>): Array<[string, Record<string, unknown>]> {
  const clone = (): Record<string, unknown> => structuredClone(doc);
  const out: Array<[string, Record<string, unknown>]> = [];
  let d = clone();
  d.schemaVersion = 2;
  out.push(['a number for a string', d]);
  d = clone();
  delete d.roadmaps;
  out.push(['a required field missing', d]);
  d = clone();
  d.surplus = true;
  out.push(['a field the schema does not know', d]);
  d = clone();
  (d.source as Record<string, unknown>).format = 'odt';
  out.push(['a value outside an enum', d]);
  return out;
}

describe('roadmap validator', () => {
  const compiled = roadmapValidator();
  const check = (v: ValidateFunction, data: unknown): unknown => (v(data) ? [] : v.errors);

  it.each(goldens)('accepts golden %s and rejects it broken four ways', (name) => {
    const doc = YAML.parse(readFileSync(`tests/golden/${name}`, 'utf8')) as Record<string, unknown>;
    expect(check(compiled, doc)).toEqual([]);
    for (const [, broken] of breakages(doc)) expect((check(compiled, broken) as unknown[]).length).toBeGreaterThan(0);
  });

  it('accepts an order without "place", as files written before it was added have', () => {
    const doc = YAML.parse(readFileSync('tests/golden/102_rasporyazhenie-uln-cp1251.roadmap.yaml', 'utf8')) as { order: Record<string, unknown> };
    expect(doc.order.place).toBe('г. Ульяновск');
    delete doc.order.place;
    expect(check(compiled, doc)).toEqual([]);
  });

  it('accepts a stamp without "organization", as files written before it was added have', () => {
    const doc = YAML.parse(readFileSync('tests/golden/101_plan-school-gia.roadmap.yaml', 'utf8')) as { approval: Record<string, unknown> };
    expect(doc.approval.organization).toMatch(/ШКОЛА № 7/);
    delete doc.approval.organization;
    expect(check(compiled, doc)).toEqual([]);
  });

  it.skipIf(!existsSync(built))('the build\'s precompiled validator is current and gives the same errors', () => {
    expect(readFileSync(built, 'utf8'), 'dist/model/roadmap-validator.cjs is stale: run npm run build').toBe(roadmapValidatorSource());
    const precompiled = createRequire(import.meta.url)(built.pathname) as ValidateFunction;
    for (const name of goldens) {
      const doc = YAML.parse(readFileSync(`tests/golden/${name}`, 'utf8')) as Record<string, unknown>;
      expect(check(precompiled, doc)).toEqual([]);
      for (const [why, broken] of breakages(doc)) expect(check(precompiled, broken), why).toEqual(check(compiled, broken));
    }
  });
});
