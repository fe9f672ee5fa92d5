import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { keepBuiltins } from './builtins.js';

/**
 * pdf.js, as pdf-parse 2 loads it. pdf-parse's own API gives page text without
 * positions and keeps the document proxy private, so the reader talks to the pdf.js
 * that pdf-parse depends on (same package, same version, same module instance) for
 * text items with their transforms and for the operator list (the drawn lines).
 */
const restoreBuiltins = keepBuiltins();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// pdf.js would import its worker module on the first document it opens. Loading it here puts
// its polyfills under the same guard; it registers itself as globalThis.pdfjsWorker, which
// pdf.js then runs in this thread (its "fake worker"), as it would have anyway under Node.
// @ts-expect-error pdfjs-dist ships no types for the worker module; only its side effect is wanted
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
/** Built-ins pdf.js's bundled core-js replaced and that were put back (see builtins.ts). */
export const restoredBuiltins: readonly string[] = restoreBuiltins();

export { pdfjs };
export type { DocumentInitParameters, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

/** Where pdf.js finds its standard fonts and CMaps when it runs under Node (a path with a trailing slash). */
export function pdfjsDataPaths(): { standardFontDataUrl: string; cMapUrl: string } {
  // resolved once: every document asks
  if (!dataPaths) {
    const require = createRequire(import.meta.url);
    const base = dirname(require.resolve('pdfjs-dist/package.json'));
    dataPaths = { standardFontDataUrl: `${join(base, 'standard_fonts')}/`, cMapUrl: `${join(base, 'cmaps')}/` };
  }
  return { ...dataPaths };
}
let dataPaths: { standardFontDataUrl: string; cMapUrl: string } | undefined;
