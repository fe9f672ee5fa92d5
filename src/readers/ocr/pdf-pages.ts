import type { Diagnostic } from '../../core/diagnostic.js';
import { diagnostic } from '../../core/diagnostic.js';
import type { SourceLocation } from '../../core/source.js';
import type { Block } from '../../document/types.js';
import type { PageContent } from '../pdf/geometry.js';
import type { Line } from '../pdf/lines.js';
import type { StitchedItem } from '../pdf/stitch.js';
import { ocrPages, pageList, type OcrOptions } from './index.js';
import { LOW_CONFIDENCE } from './runs.js';

/**
 * The PDF reader's side of OCR: which pages need it, the OCR'd pages put in place of
 * what the text layer gave, and afterwards the blocks from those pages marked.
 * Everything after this reads OCR'd pages exactly as pages with a text layer.
 */
export async function ocrWhereNeeded(bytes: Uint8Array, path: string, pages: PageContent[], options: OcrOptions = {}): Promise<{ pages: PageContent[]; ocr: { engine: string; pages: number[] } | null; diagnostics: Diagnostic[] }> {
  const mode = options.mode ?? 'auto';
  const wanted = mode === 'never' ? [] : pages.filter((p) => mode === 'always' || !hasTextLayer(p));
  if (wanted.length === 0) return { pages, ocr: null, diagnostics: [] };
  const r = await ocrPages(bytes, path, wanted, options);
  const read = [...r.pages.keys()].sort((a, b) => a - b);
  return {
    pages: pages.map((p) => r.pages.get(p.number) ?? p),
    ocr: r.engine && read.length ? { engine: r.engine, pages: read } : null,
    diagnostics: r.diagnostics,
  };
}

/**
 * A page with text: runs, most of whose characters pdf.js could map (a font without a
 * Unicode table gives private-use or control characters, as good as none). A page
 * that is blank and has no image is not a scan either: nothing there to read.
 */
function hasTextLayer(p: PageContent): boolean {
  if (p.runs.length === 0) return p.images === 0;
  const chars = p.runs.map((r) => r.text).join('').replace(/\s/g, '');
  const junk = chars.match(/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  return chars.length === 0 || junk / chars.length <= 0.3;
}

/** Every location in the blocks from an OCR'd page says so (`ocr: true`); items take their rows' locations. */
export function markOcrBlocks(blocks: Block[], pages: number[]): void {
  const on = new Set(pages);
  const mark = (s: SourceLocation): void => {
    if (s.page !== undefined && on.has(s.page)) s.ocr = true;
  };
  for (const b of blocks) {
    mark(b.source);
    if (b.kind !== 'table') continue;
    for (const row of b.rows) {
      mark(row.source);
      for (const c of row.cells) mark(c.source);
    }
  }
}

/** A table row or a line this share of whose words are doubtful (and two at least) is reported. */
const DOUBTFUL_SHARE = 0.25;

/**
 * Low-confidence words are kept (a guess is better than a hole, and the reader sees
 * it), but a table row (an activity, mostly) or a text line with many of them gets a
 * warning with its page and its opening words, so a person knows what to check.
 */
export function doubtfulText(items: StitchedItem[], path: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (lines: Line[], page: number, what: string): void => {
    const runs = lines.flatMap((l) => l.runs).filter((r) => r.confidence !== undefined);
    const low = runs.filter((r) => r.confidence! < LOW_CONFIDENCE).length;
    if (low < 2 || low < DOUBTFUL_SHARE * runs.length) return;
    const text = lines.map((l) => l.text).join(' ');
    const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
    out.push(diagnostic('warning', 'ocr/low-confidence', `${what} on page ${page} was read by OCR with ${low} doubtful word${low > 1 ? 's' : ''} of ${runs.length}: "${shown}"`, { file: path, page, ocr: true }, 'check it against the scan'));
  };
  for (const item of items) {
    if (item.kind === 'table') {
      for (const row of item.rows) check(row.cells.filter((c) => !c.mergedFromAbove).flatMap((c) => c.lines), row.page, 'a table row');
    } else {
      for (const l of item.lines) check([l], l.page, 'a line');
    }
  }
  return out;
}

export { pageList };
