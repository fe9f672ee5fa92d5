/**
 * What the reader takes from a PDF page, in page points with the origin at the top
 * left and y growing downwards (as a person reads), whatever the page's rotation.
 */

/** A piece of text drawn in one font on one baseline (a pdf.js text item). */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** OCR only: how sure the engine was of the word (0–100). */
  confidence?: number;
}

/** A drawn horizontal ('h', at y) or vertical ('v', at x) line from `from` to `to`. */
export interface Rule {
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
  /** Images painted on the page (a page that is only an image is a scan). */
  images: number;
}

export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Tolerance for coordinates that should be equal (points). */
export const EPS = 2;
