import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { keepBuiltins } from './builtins.js';
import { SameThreadPort } from './port.js';
import type { PDFWorker } from 'pdfjs-dist/types/src/display/api.js';

/**
 * pdf.js, as pdf-parse 2 loads it. pdf-parse's own API gives page text without
 * positions and keeps the document proxy private, so the reader talks to the pdf.js
 * that pdf-parse depends on (same package, same version, same module instance) for
 * text items with their transforms and for the operator list (the drawn lines).
 */
const restoreBuiltins = keepBuiltins();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// pdf.js would import its worker module on the first document it opens. Loading it here puts
// its polyfills under the same guard; its worker side then runs in this thread, as pdf.js's
// "fake worker" would anyway under Node, on the port of sameThreadWorker() below.
// @ts-expect-error pdfjs-dist ships no types for the worker module
const { WorkerMessageHandler } = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };
/** Built-ins pdf.js's bundled core-js replaced and that were put back (see builtins.ts). */
export const restoredBuiltins: readonly string[] = restoreBuiltins();

export { pdfjs };
export type { DocumentInitParameters, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

/** The operators whose arguments are the glyphs of a string (only drawing reads them). */
const TEXT_OPS: ReadonlySet<number> = new Set([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText]);

/**
 * The pdf.js worker every document in this thread is opened on, made on first use: its
 * worker side runs here, on a port that does not deep-copy what it need not (port.ts).
 * One worker serves any number of documents, each answered on its own (pdf.js's docId), as
 * in a browser; a document's destroy() frees its part. Without it pdf.js would set up a
 * worker, with its own copying port, for each document.
 */
export function sameThreadWorker(): PDFWorker {
  if (!worker) {
    const port = new SameThreadPort(TEXT_OPS);
    WorkerMessageHandler.initializeFromPort(port);
    // pdf.js types `port` as a Web Worker; it uses only postMessage and the listener methods
    worker = new pdfjs.PDFWorker({ port: port as unknown as null, verbosity: 0 });
  }
  return worker;
}
let worker: PDFWorker | undefined;

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
