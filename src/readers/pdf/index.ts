import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import type { Result } from '../../core/result.js';
import type { ParsedDocument } from '../../document/types.js';
import { measureGaps, toBlocks } from './blocks.js';
import { extractPage, pageImages } from './extract.js';
import type { PageContent } from './geometry.js';
import { layoutPages } from './layout.js';
import { isPageNumber } from '../page-number.js';
import type { Line } from './lines.js';
import { median } from './lines.js';
import { openPdf } from './open.js';
import { checkInflatedSize, PDF_LIMITS, tooManyPages } from './bounds.js';
import type { ReadOptions } from '../index.js';
import { stitchPages } from './stitch.js';
import { doubtfulText, markOcrBlocks, ocrWhereNeeded } from '../ocr/pdf-pages.js';

/**
 * A PDF with a text layer → blocks located by page.
 *
 *   bytes ─ open (pdf.js; damaged, cut short, encrypted → one error)
 *         ─ per page: text runs with positions and fonts, ruling lines (operator list)
 *         ─ pages without a text layer: words and ruling lines by OCR (src/readers/ocr), when enabled
 *         ─ per page: ruled tables, unruled tables by alignment, body lines; headers,
 *           footers and page numbers dropped; two-column heads read side by side
 *         ─ pages stitched: tables and paragraphs that run over a page break joined
 *         ─ paragraphs and cells → blocks
 *
 * Never throws for bad input.
 */
export async function readPdf(bytes: Uint8Array, path: string, options: ReadOptions = {}): Promise<Result<ParsedDocument | null>> {
  const bomb = checkInflatedSize(bytes, path);
  if (bomb) return { value: null, diagnostics: [bomb] };
  const opened = await openPdf(bytes, path);
  const doc = opened.value;
  if (!doc) return { value: null, diagnostics: opened.diagnostics };
  const diagnostics: Diagnostic[] = [...opened.diagnostics];
  try {
    const tooMany = tooManyPages(doc.numPages, options.maxPages ?? PDF_LIMITS.pages, path);
    if (tooMany) return { value: null, diagnostics: [...diagnostics, tooMany] };
    let pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        pages.push(await extractPage(page));
        page.cleanup();
      } catch (e) {
        diagnostics.push(diagnostic('warning', 'pdf/page-unreadable', `page ${n} cannot be read (${e instanceof Error ? e.message : String(e)}); its content is missing`, { file: path, page: n }));
      }
    }
    await countImagesWithoutText(bytes, path, pages);
    const ocr = await ocrWhereNeeded(bytes, path, pages, options.ocr);
    pages = ocr.pages;
    diagnostics.push(...ocr.diagnostics);
    const refused = checkTextLayer(pages, doc.numPages, path, diagnostics);
    if (refused) return { value: null, diagnostics: [...diagnostics, refused] };

    const { flows, furniture } = layoutPages(pages.filter((p) => p.runs.length > 0));
    const dropped = furnitureNote(furniture, path);
    if (dropped) diagnostics.push(dropped);
    const lineHeight = median(flows.flatMap((f) => f.items.flatMap((i) => (i.kind === 'text' ? i.lines.map((l) => l.bottom - l.top) : [])))) || 14;
    const items = stitchPages(flows, lineHeight);
    const gaps = measureGaps(items.flatMap((i) => (i.kind === 'text' ? [i.lines] : [])));
    const blocks = toBlocks(items, path, gaps);
    if (ocr.ocr) {
      markOcrBlocks(blocks, ocr.ocr.pages);
      diagnostics.push(...doubtfulText(items, path));
    }
    if (blocks.length === 0) {
      return { value: null, diagnostics: [...diagnostics, diagnostic('error', 'input/empty', 'the PDF holds no text', { file: path })] };
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const value: ParsedDocument = { file: path, format: 'pdf', sha256, blocks };
    if (ocr.ocr) value.ocr = ocr.ocr;
    return { value, diagnostics };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * The images on pages without text, counted again on the document opened to decode images of
 * any size: the first reading leaves the largest out (DECODED_PIXELS in open.ts), and on such a
 * page an image is what tells a scan from a blank page. Pages with an image already counted,
 * and pages with text, whose count nothing reads, are not read again.
 */
async function countImagesWithoutText(bytes: Uint8Array, path: string, pages: PageContent[]): Promise<void> {
  const todo = pages.filter((p) => p.runs.length === 0 && p.images === 0);
  if (todo.length === 0) return;
  const doc = (await openPdf(bytes, path, { allImages: true })).value;
  if (!doc) return;
  try {
    for (const p of todo) {
      const page = await doc.getPage(p.number);
      p.images = await pageImages(page);
      page.cleanup();
    }
  } catch {
    // the page was read once already; what it cannot give now stays as first read
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * A PDF whose pages are images only is a scan: refused with one line. A scanned page
 * among text pages is reported and skipped. Text pdf.js cannot map to characters
 * (fonts without a Unicode table) is as good as none.
 */
/**
 * What was dropped as running headers and footers, said once (nothing is silently lost):
 * the distinct lines, page numbers aside, which are no content.
 */
function furnitureNote(lines: Line[], path: string): Diagnostic | null {
  const texts = [...new Set(lines.map((l) => l.text.trim()).filter((t) => t !== '' && !isPageNumber(t)))];
  if (texts.length === 0) return null;
  const shown = texts.slice(0, 3).map((t) => `"${t.length > 80 ? `${t.slice(0, 79)}…` : t}"`).join(', ');
  const more = texts.length > 3 ? ` and ${texts.length - 3} more` : '';
  return diagnostic('info', 'pdf/page-furniture', `lines repeated at the top or bottom of pages were dropped as running headers or footers: ${shown}${more}`, { file: path });
}

function checkTextLayer(pages: PageContent[], total: number, path: string, diagnostics: Diagnostic[]): Diagnostic | null {
  const withText = pages.filter((p) => p.runs.length > 0);
  if (withText.length === 0) {
    if (pages.some((p) => p.images > 0)) {
      return diagnostic('error', 'pdf/no-text-layer', 'no text layer: the PDF looks scanned, OCR it first', { file: path }, 'e.g. ocrmypdf -l rus in.pdf out.pdf');
    }
    return pages.length === total ? diagnostic('error', 'input/empty', 'the PDF holds no text', { file: path }) : null;
  }
  const chars = withText.flatMap((p) => p.runs.map((r) => r.text)).join('').replace(/\s/g, '');
  // counted, not kept: removing every other character rebuilt the whole text
  const junk = chars.match(/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  if (chars.length > 0 && junk / chars.length > 0.3) {
    return diagnostic('error', 'pdf/no-text-layer', 'no text layer: the PDF\'s text cannot be decoded (its fonts map no characters), OCR it first', { file: path });
  }
  for (const p of pages) {
    if (p.runs.length === 0 && p.images > 0) {
      diagnostics.push(diagnostic('warning', 'pdf/page-no-text', `page ${p.number} has no text layer (a scanned page?): its content is not read`, { file: path, page: p.number }, 'OCR the PDF first'));
    }
  }
  return null;
}
