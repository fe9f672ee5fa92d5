import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageImages } from './extract.js';
import { readPdf } from './index.js';
import { DECODED_PIXELS, openPdf } from './open.js';

/**
 * Large images are not decoded on the first reading of a PDF (open.ts, DECODED_PIXELS): its
 * pages with text do not need them, and a page without text is counted again. The scans in
 * fixtures/scan are pages of 1654 × 2339 pixels (A4 at 200 dpi), above the limit.
 */
const SCAN = 'fixtures/scan/101_plan-school-gia.portrait.scan.pdf';

describe('images on the first reading and on pages without text', () => {
  it('the first reading leaves a scanned page image out; the reading with all images counts it', async () => {
    expect(1654 * 2339).toBeGreaterThan(DECODED_PIXELS);
    const bytes = new Uint8Array(readFileSync(SCAN));
    const counts: number[] = [];
    for (const allImages of [false, true]) {
      const doc = (await openPdf(bytes, SCAN, { allImages })).value!;
      counts.push(await pageImages(await doc.getPage(1)));
      await doc.destroy();
    }
    expect(counts).toEqual([0, 1]);
  });

  it('a PDF of scanned pages is still told from an empty one (OCR off)', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(SCAN)), SCAN, { ocr: { mode: 'never' } });
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['pdf/no-text-layer']);
  });
});
