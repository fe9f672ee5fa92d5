import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { RoadmapDocument } from '../src/model/roadmap.js';
import { allItems } from '../src/model/walk.js';
import { convertFile } from '../src/pipeline/convert.js';
import { DEBIAN_PACKAGES, findEngine } from '../src/readers/ocr/engine.js';
import { scoreFacts } from './ocr/facts.js';

/**
 * Scanned orders (fixtures/scan, made from fixtures/pdf by fixtures/scripts/make-scans.mjs:
 * 200 dpi black and white, noise, a skew of a degree or two, one scanned sideways, one
 * with only its first page scanned) converted with OCR give the facts of their golden
 * roadmaps: header date and number, the number of activities, and each activity's
 * number, deadline and responsible. Each test prints the share found; 90% is required.
 *
 * These run tesseract (about 5 s a page): without it they are skipped, saying so.
 */
const engine = await findEngine();
const missing = 'missing' in engine ? engine.missing : null;
if (missing) console.warn(`OCR tests SKIPPED: ${missing}. Install: apt-get install ${DEBIAN_PACKAGES}`);
const title = (t: string): string => (missing ? `${t} — SKIPPED: ${missing}` : t);

const SCANS = [
  { scan: '002_d8146b65e7b6d256.portrait', golden: '002_d8146b65e7b6d256', ocrPages: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
  { scan: '101_plan-school-gia.portrait', golden: '101_plan-school-gia', ocrPages: [1, 2] },
  { scan: '108_prikaz-financing-by-year.landscape', golden: '108_prikaz-financing-by-year', ocrPages: [1, 2] },
  { scan: '105_postanovlenie-plan-in-body.portrait', golden: '105_postanovlenie-plan-in-body', ocrPages: [1] },
];

describe('scanned orders read by OCR', () => {
  for (const s of SCANS) {
    it.skipIf(missing !== null)(title(`${s.scan}: ≥ 90% of the golden facts`), { timeout: 600_000 }, async () => {
      const r = await convertFile(`fixtures/scan/${s.scan}.scan.pdf`, { ocr: { mode: 'auto', jobs: 2 } });
      const golden = YAML.parse(readFileSync(`tests/golden/${s.golden}.roadmap.yaml`, 'utf8')) as RoadmapDocument;
      const score = scoreFacts(golden, r.value);
      const share = score.total ? score.found / score.total : 0;
      console.log(`${s.scan}: ${score.found}/${score.total} golden facts (${(100 * share).toFixed(1)}%)${score.missed.length ? `; missed: ${score.missed.slice(0, 8).join('; ')}` : ''}`);
      expect(r.value).not.toBeNull();
      // provenance: which pages were OCR'd, by what; items from them say so
      expect(r.value!.source.ocr?.pages).toEqual(s.ocrPages);
      expect(r.value!.source.ocr?.engine).toMatch(/^tesseract \d/);
      const items = r.value!.roadmaps.flatMap((m) => allItems(m));
      for (const i of items) expect(i.source.ocr === true).toBe(s.ocrPages.includes(i.source.page!));
      expect(share).toBeGreaterThanOrEqual(0.9);
    });
  }
});
