import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../pdf/index.js';
import { mend } from './runs.js';

/** Without the engine, a scan fails as before, with one warning that says what to install. No engine needed to run. */
describe('OCR without tesseract', () => {
  it('a scanned PDF: one warning naming the Debian packages, then the refusal', async () => {
    const bytes = new Uint8Array(readFileSync('src/readers/pdf/testdata/scanned.pdf'));
    const r = await readPdf(bytes, 'scan.pdf', { ocr: { mode: 'auto', env: { PATH: '/nonexistent', TESSERACT: '/nonexistent/tesseract' } } });
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning ocr/engine-missing', 'error pdf/no-text-layer']);
    expect(r.diagnostics[0]!.hint).toContain('tesseract-ocr tesseract-ocr-rus poppler-utils');
    expect(r.diagnostics[0]!.message).toMatch(/^page 1 has no text layer and needs OCR, but \/nonexistent\/tesseract is not installed/);
  });

  it('a PDF with a text layer never looks for the engine', async () => {
    const bytes = new Uint8Array(readFileSync('src/readers/pdf/testdata/merged.pdf'));
    const r = await readPdf(bytes, 'merged.pdf', { ocr: { mode: 'auto', env: { PATH: '/nonexistent', TESSERACT: '/nonexistent/tesseract' } } });
    expect(r.value).not.toBeNull();
    expect(r.diagnostics.filter((d) => d.code.startsWith('ocr/'))).toEqual([]);
    expect(r.value!.ocr).toBeUndefined();
  });
});

it('OCR slips the text itself shows', () => {
  expect(mend('-—', '')).toBe('–');
  expect(mend('октябрь2021', '')).toBe('октябрь 2021');
  expect(mend('Г.', '2025')).toBe('г.');
  expect(mend('Г.', 'Иванов')).toBe('Г.');
});
