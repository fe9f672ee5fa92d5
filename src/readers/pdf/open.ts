import { diagnostic } from '../../core/diagnostic.js';
import type { Result } from '../../core/result.js';
import { pdfjs, pdfjsDataPaths, sameThreadWorker, type DocumentInitParameters, type PDFDocumentProxy } from './pdfjs.js';

/**
 * The largest image, in pixels, pdf.js decodes unless asked to decode all. Nothing here looks
 * at pixels, but pdf.js decodes every image it meets in an operator list (in JavaScript:
 * JBIG2, JPEG, JPEG 2000); for a PDF whose text layer lies over scanned pages that was most of
 * the cost of reading it (three quarters of 12 s CPU for 9 pages). Larger images are dropped,
 * paint operator and all, so pages with text do not count them (their count only matters on a
 * page without text, which is counted again with every image: see readPdf). A scanned page
 * is millions of pixels (A4 at 150 dpi: 2.2 million); logos, stamps and the glyph bitmaps of
 * Type 3 fonts (whose bounds pdf.js measures from their drawing) are well below.
 */
export const DECODED_PIXELS = 2 ** 20;

/**
 * Opens a PDF with pdf.js. Bad input is a diagnostic, never an exception:
 * not a PDF or damaged → pdf/corrupt; cut short → pdf/truncated; a password → pdf/encrypted.
 * `allImages`: decode images of any size (see DECODED_PIXELS).
 */
export async function openPdf(bytes: Uint8Array, path: string, { allImages = false } = {}): Promise<Result<PDFDocumentProxy | null>> {
  const fail = (code: string, message: string, hint?: string): Result<null> => ({
    value: null,
    diagnostics: [diagnostic('error', code, message, { file: path }, hint)],
  });
  if (bytes.length === 0) return fail('pdf/corrupt', 'the PDF is empty (0 bytes)');
  if (!hasEndMarker(bytes)) {
    return fail('pdf/truncated', 'the PDF is cut short: it does not end with %%EOF', 'download or copy the file again');
  }
  try {
    // pdf.js keeps (transfers) the buffer it is given: hand it a copy
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      // pdf.js's Node default (true) makes it outline every glyph the operator list shows and
      // send each outline over its message port, to draw text without loading fonts: about a
      // tenth of reading the fixtures, for pictures nothing here draws. With font faces on it
      // hands each font over once, as a @font-face rule for the document below, which keeps none.
      disableFontFace: false,
      ownerDocument: FONT_SINK,
      worker: sameThreadWorker(),
      maxImageSize: allImages ? -1 : DECODED_PIXELS,
      ...pdfjsDataPaths(),
    });
    return { value: await task.promise, diagnostics: [] };
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      return fail('pdf/encrypted', 'the PDF is encrypted with a password to open it', 'open it with the password and print or save it as a PDF without one');
    }
    const why = e instanceof Error ? e.message : String(e);
    return fail('pdf/corrupt', `the PDF is damaged and cannot be read (${why.replace(/\.$/, '')})`, 'open it in a PDF viewer and save or print it as a new PDF');
  }
}

/**
 * The "document" pdf.js loads fonts into (its FontLoader: a <style> element in <head>
 * that gets one @font-face rule per font) when font faces are on. Node has no document
 * and nothing here draws text, so the rules are dropped. pdf.js uses the owner document
 * for nothing else under Node (its canvas and filter factories there are Node's own).
 * The fonts still reach `page.commonObjs`, with their names, as before.
 */
const FONT_SINK = ((): NonNullable<DocumentInitParameters['ownerDocument']> => {
  const style = { sheet: { cssRules: [], insertRule: (): number => 0 }, remove: (): void => undefined };
  const head = { append: (): void => undefined };
  const sink = { createElement: () => style, documentElement: { getElementsByTagName: () => [head] } };
  // only the members FontLoader.insertRule touches: a cast, as a real HTMLDocument is a DOM
  return sink as unknown as NonNullable<DocumentInitParameters['ownerDocument']>;
})();

/** A complete PDF ends with "%%EOF" (perhaps followed by line ends or a little padding). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}
