#!/usr/bin/env node
/**
 * Seconds per OCR'd page: each scan in fixtures/scan (or those given) converted alone
 * with --jobs 1 and --jobs 2 (one file's pages are OCR'd side by side on the jobs), timed
 * from the run's report. Needs tesseract with Russian data and pdftoppm.
 *
 *   node bench/ocr.mjs [fixtures/scan/NAME.scan.pdf …]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync('fixtures/scan').filter((f) => f.endsWith('.pdf')).map((f) => join('fixtures/scan', f));
const tmp = mkdtempSync(join(tmpdir(), 'bench-ocr-'));
try {
  for (const jobs of [1, 2]) {
    let pages = 0;
    let ms = 0;
    for (const f of files) {
      const report = join(tmp, 'report.json');
      const out = execFileSync(process.execPath, ['bin/prikaz.js', 'convert', f, '--format', 'json', '--jobs', String(jobs), '-q', '--report', report], { maxBuffer: 64 * 2 ** 20 }).toString();
      const ocr = JSON.parse(out).source.ocr;
      const r = JSON.parse(readFileSync(report, 'utf8'));
      pages += ocr?.pages.length ?? 0;
      ms += r.durationMs;
    }
    console.log(`bench: ocr jobs=${jobs} ${pages} pages ${(ms / 1000).toFixed(1)} s, ${(ms / 1000 / pages).toFixed(2)} s/page`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
