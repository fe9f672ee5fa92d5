import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { run } from '../src/cli/main.js';
import { memoryIO } from '../src/cli/test-support.js';
import { serialize } from '../src/write/serialize.js';
import type { Item, RoadmapDocument, Section } from '../src/model/roadmap.js';

/**
 * A plan of 100,000 activities: written as YAML and as JSON, and read back by every verb that
 * reads roadmaps, with the default --max-size. (Not timed: bench/scale.mjs measures the time.)
 * The plan is a seed's roadmap with its activities replicated into sections of 100.
 * It takes minutes, so it runs when PRIKAZ_BIG=1 (PRIKAZ_BIG_N sets the size, default 100,000).
 */
const N = Number(process.env.PRIKAZ_BIG_N ?? 100_000);
const PER = 100;

function bigPlan(): RoadmapDocument {
  const doc = YAML.parse(readFileSync('tests/golden/101_plan-school-gia.roadmap.yaml', 'utf8')) as RoadmapDocument;
  const roadmap = doc.roadmaps[0]!;
  const samples: Item[] = roadmap.sections.flatMap((s) => s.items);
  const template = roadmap.sections[0]!;
  const sections: Section[] = [];
  for (let s = 0; s < N / PER; s++) {
    const items: Item[] = [];
    for (let i = 0; i < PER; i++) {
      const item = structuredClone(samples[(s * PER + i) % samples.length]!);
      item.number = `${s + 1}.${i + 1}`;
      items.push(item);
    }
    sections.push({ ...template, number: String(s + 1), title: `Раздел ${s + 1}`, items, sections: [] });
  }
  roadmap.sections = sections;
  doc.diagnostics = [];
  return doc;
}

describe.skipIf(!process.env.PRIKAZ_BIG)(`a plan of ${N} activities`, () => {
  it('writes as YAML and JSON and reads back with validate, diff and export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prikaz-big-'));
    try {
      const doc = bigPlan();
      const yaml = join(dir, 'big.roadmap.yaml');
      const json = join(dir, 'big.roadmap.json');
      writeFileSync(yaml, serialize(doc, 'yaml'));
      writeFileSync(json, serialize(doc, 'json'));

      for (const file of [yaml, json]) {
        const io = memoryIO();
        const code = await run(['validate', file, '--format', 'json'], io);
        expect(io.err, file).toBe('');
        const findings = JSON.parse(io.out) as { ruleId: string; severity: string }[];
        expect(findings.filter((f) => f.severity === 'error' || f.ruleId.startsWith('input/')), file).toEqual([]);
        expect(code, file).toBe(0);
      }

      // the same plan in both formats: no differences
      const diff = memoryIO();
      expect(await run(['diff', yaml, json, '--format', 'json'], diff)).toBe(0);
      expect(diff.err).toBe('');

      for (const to of ['csv', 'ics', 'md', 'html']) {
        const out = join(dir, `big.${to}`);
        const io = memoryIO();
        expect(await run(['export', to === 'csv' ? yaml : json, '--to', to, '-o', out], io), to).toBe(0);
        expect(io.err, to).toBe('');
        const text = readFileSync(out, 'utf8');
        // every activity is there: its number, in the form each format writes it
        for (const n of ['1.1', `${N / PER / 2}.50`, `${N / PER}.${PER}`]) expect(text, `${to} ${n}`).toContain(n);
        if (to === 'ics') {
          // each activity is an event (or several, one path) or counted in the note of undated ones
          const paths = new Set(text.match(/^X-PRIKAZ-PATH:.*$/gm));
          const undated = Number(/^X-PRIKAZ-UNDATED:(\d+)/m.exec(text)?.[1] ?? 0);
          expect(paths.size + undated).toBe(N);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 1_800_000);
});
