import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { run } from '../../cli/main.js';
import { memoryIO } from '../../cli/test-support.js';

/** `prikaz convert` on PDFs: a good one converts with pages in the provenance; bad ones fail with one line each, the batch goes on. */

const TESTDATA = 'src/readers/pdf/testdata';

describe('prikaz convert with PDFs', () => {
  it('converts a PDF order, locating items by page', async () => {
    const io = memoryIO();
    expect(await run(['convert', `${TESTDATA}/basic.pdf`, '--format', 'json'], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.source).toMatchObject({ format: 'pdf' });
    // the stamp, read after the authority and before the kind line, is the approval
    expect(doc.approval).toMatchObject({ form: 'approve', name: 'Т.Н. Гороховицкая', date: '2020-12-01' });
    const items = doc.roadmaps[0].sections.flatMap((s: { items: unknown[] }) => s.items) as { number: string; source: { page: number } }[];
    expect(items).toHaveLength(36);
    expect(items.find((i) => i.number === '3.12')?.source.page).toBe(5);
  });

  it('a damaged, a cut, an encrypted and a scanned PDF (OCR off): one clear line each, exit code 1, the good file still converted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prikaz-pdf-'));
    const whole = readFileSync(`${TESTDATA}/merged.pdf`);
    writeFileSync(join(dir, 'cut.pdf'), whole.subarray(0, whole.length >> 1));
    writeFileSync(join(dir, 'damaged.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]));
    const out = join(dir, 'out');
    const io = memoryIO();
    const code = await run(['convert', join(dir, 'cut.pdf'), join(dir, 'damaged.pdf'), `${TESTDATA}/encrypted.pdf`, `${TESTDATA}/scanned.pdf`, `${TESTDATA}/merged.pdf`, '-o', out, '--ocr', 'never'], io);
    expect(code).toBe(1);
    // outputs mirror the inputs' paths below their common folder (here the root: /tmp and the repository)
    const written = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'));
    expect(written).toEqual([expect.stringMatching(/(^|\/)merged\.roadmap\.yaml$/)]);
    expect(YAML.parse(readFileSync(join(out, written[0]!), 'utf8')).source.format).toBe('pdf');
    const errors = io.err.split('\n').filter((l) => / error /.test(l));
    expect(errors).toHaveLength(4);
    expect(errors.find((l) => l.includes('scanned.pdf'))).toMatch(/error pdf\/no-text-layer: no text layer: the PDF looks scanned, OCR it first/);
    expect(errors.find((l) => l.includes('encrypted.pdf'))).toMatch(/error pdf\/encrypted/);
    expect(errors.find((l) => l.includes('cut.pdf'))).toMatch(/error pdf\/truncated/);
    expect(errors.find((l) => l.includes('damaged.pdf'))).toMatch(/error pdf\/corrupt/);
  });
});
