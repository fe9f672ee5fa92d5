import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import type { PageContent } from '../pdf/geometry.js';
import { DEBIAN_PACKAGES, findEngine } from './engine.js';
import { ocrPage, type PageSpec } from './page.js';

/** When pages are OCR'd: only those without a text layer (auto), every page, or none. */
export type OcrMode = 'auto' | 'always' | 'never';

export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];

export interface OcrOptions {
  mode?: OcrMode;
  /** Pages OCR'd at once (each a tesseract process on one core). Default 1. */
  jobs?: number;
  /** A page that takes longer is given up (default 3 minutes: ~5 s is usual). */
  pageTimeoutMs?: number;
  /** Where the programs are looked up ($PATH, $TESSERACT, $PDFTOPPM); tests point it elsewhere. */
  env?: NodeJS.ProcessEnv;
}

export interface OcrResult {
  /** The pages read, by number. */
  pages: Map<number, PageContent>;
  /** "tesseract 5.3.0" when the engine ran. */
  engine: string | null;
  diagnostics: Diagnostic[];
}

const PAGE_TIMEOUT_MS = 180_000;

/**
 * The given pages of the PDF read by OCR. The PDF is copied into a temporary folder for
 * pdftoppm, and page images are rendered there one at a time; the folder is removed
 * however this ends. A missing engine is one warning naming the packages to install.
 */
export async function ocrPages(bytes: Uint8Array, path: string, wanted: PageSpec[], options: OcrOptions = {}): Promise<OcrResult> {
  const result: OcrResult = { pages: new Map(), engine: null, diagnostics: [] };
  if (wanted.length === 0) return result;
  const found = await findEngine(options.env);
  if ('missing' in found) {
    result.diagnostics.push(
      diagnostic('warning', 'ocr/engine-missing', `${pageList(wanted.map((p) => p.number))} ${wanted.length > 1 ? 'have' : 'has'} no text layer and need${wanted.length > 1 ? '' : 's'} OCR, but ${found.missing}`, { file: path }, `install the OCR engine: apt-get install ${DEBIAN_PACKAGES} (Debian, Ubuntu)`),
    );
    return result;
  }
  const { engine } = found;
  result.engine = engine.version;
  const dir = await mkdtemp(join(tmpdir(), 'prikaz-ocr-'));
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes);
    const timeout = options.pageTimeoutMs ?? PAGE_TIMEOUT_MS;
    const queue = [...wanted];
    const worker = async (): Promise<void> => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const r = await ocrPage(engine, pdf, spec, dir, timeout);
        const at = { file: path, page: spec.number };
        if ('problem' in r) {
          result.diagnostics.push(diagnostic('warning', 'ocr/page-failed', `page ${spec.number} could not be read by OCR: ${r.problem}; its content is missing`, at));
          continue;
        }
        result.pages.set(spec.number, r.page.content);
        if (r.page.turns) result.diagnostics.push(diagnostic('info', 'ocr/page-turned', `page ${spec.number} was scanned ${r.page.turns === 2 ? 'upside down' : 'sideways'}: it was turned by ${r.page.turns * 90}° for OCR`, at));
        if (r.page.words === 0) result.diagnostics.push(diagnostic('warning', 'ocr/page-empty', `page ${spec.number} has no text layer, and OCR found no words on it`, at));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs ?? 1, wanted.length)) }, worker));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const read = [...result.pages.keys()].sort((a, b) => a - b);
  if (read.length) result.diagnostics.push(diagnostic('info', 'ocr/pages', `${pageList(read)} ${read.length > 1 ? 'were' : 'was'} read by OCR (${engine.version})`, { file: path }));
  result.diagnostics.sort((a, b) => (a.location?.page ?? 0) - (b.location?.page ?? 0));
  return result;
}

/** "page 3", "pages 1–3, 5". */
export function pageList(pages: number[]): string {
  const s = [...pages].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j]! + 1) j++;
    parts.push(j > i ? `${s[i]}–${s[j]}` : `${s[i]}`);
    i = j + 1;
  }
  return `${s.length > 1 ? 'pages' : 'page'} ${parts.join(', ')}`;
}
