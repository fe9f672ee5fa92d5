/**
 * A page number printed on a line of its own: "3", "- 3 -", "— 3 —", "стр. 3", "Страница 3 из 12",
 * "3 из 12", "3/12". The PDF reader drops it as page furniture; the text reader takes it for
 * a page break. Both readers know the format, so this lives beside them.
 */
const PAGE_NUMBER = /^[-–—\s]*(?:(?:стр(?:аница)?|с\.|page)\.?\s*)?\d{1,4}(?:\s*(?:из|of|\/)\s*\d{1,4})?[-–—\s]*$/i;

/** A dash around it or a word before it ("- 3 -", "стр. 3"): nothing else reads so. */
const MARKED = /[-–—]|стр|с\.|page/i;

/**
 * `marked`: only a number that says it is one. A bare "3" or "3/12" in a text extraction may
 * as well be a cell's text going on; the PDF reader knows where a line stands and needs no mark.
 */
export function isPageNumber(text: string, opts: { marked?: boolean } = {}): boolean {
  const t = text.trim();
  return PAGE_NUMBER.test(t) && (!opts.marked || MARKED.test(t));
}
