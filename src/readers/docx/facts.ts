import { NumberingCounter, type NumberingDefinitions } from './numbering.js';
import { readNumPr, type Styles } from './styles.js';
import { child, childVal, elements, onOff, type XmlElement } from './xml.js';

/**
 * One pass over word/document.xml that learns, for every w:p, what the blocks need
 * beyond its text: the top-level block and table it belongs to, whether it sits in a
 * repeated header row, its rendered list label, alignment, style-aware bold/italic,
 * and page breaks before/after.
 *
 * It runs before the body is read (body-reader.ts) because automatic numbers are
 * counted in this walk's order: a paragraph, then the paragraphs of text boxes anchored
 * in it. That order also counts paragraphs the body reader does not show (text boxes
 * in DrawingML, rows marked deleted), as Word does. The reader looks each paragraph's
 * facts up by its element.
 */

export interface ParagraphFacts {
  /** Top-level body block (paragraph or table) this paragraph is or is inside, 1-based. */
  block: number;
  /** Top-level table this paragraph is inside, 1-based. */
  table?: number;
  /** Inside a row of a top-level table marked "repeat as header row" (w:tblHeader). */
  headerRow?: boolean;
  label?: string;
  bullet?: boolean;
  centered?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** A page break (or page-break-before) precedes the paragraph's text. */
  breakBefore?: boolean;
  /** A page break or a new-page section break follows the paragraph's text. */
  breakAfter?: boolean;
}

export interface DocumentFacts {
  /** By paragraph element. */
  paragraphs: Map<XmlElement, ParagraphFacts>;
  /** Content we cannot read (w:altChunk: an embedded HTML/RTF part). */
  altChunks: number;
}

interface Ctx {
  atBody: boolean;
  block: number;
  table?: number;
  headerRow?: boolean;
}

/** Elements whose content is not shown (deleted text, field instructions) or that are not read. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblGrid', 'mc:Choice']);

/** `root` is the w:document element. */
export function analyzeDocument(root: XmlElement, styles: Styles, numbering: NumberingDefinitions): DocumentFacts {
  const counter = new NumberingCounter(numbering, styles);
  const paragraphs = new Map<XmlElement, ParagraphFacts>();
  let block = 0;
  let tables = 0;
  let altChunks = 0;

  function walk(el: XmlElement, ctx: Ctx): void {
    for (const c of elements(el)) {
      if (c.name === 'w:p') {
        if (ctx.atBody) block++;
        paragraph(c, ctx.atBody ? { ...ctx, block } : ctx);
      } else if (c.name === 'w:tbl') {
        if (ctx.atBody) {
          block++;
          tables++;
          walk(c, { atBody: false, block, table: tables });
        } else {
          walk(c, ctx);
        }
      } else if (c.name === 'w:tr') {
        // Header rows only count for the top-level table, not for tables nested in its cells.
        if (ctx.headerRow === undefined) walk(c, { ...ctx, headerRow: onOff(child(c, 'w:trPr'), 'w:tblHeader') ?? false });
        else walk(c, ctx);
      } else if (c.name === 'w:altChunk') {
        altChunks++;
      } else if (!SKIP.has(c.name)) {
        walk(c, ctx);
      }
    }
  }

  function paragraph(p: XmlElement, ctx: Ctx): void {
    const facts: ParagraphFacts = { block: ctx.block };
    paragraphs.set(p, facts);
    if (ctx.table !== undefined) facts.table = ctx.table;
    if (ctx.headerRow) facts.headerRow = true;

    const pPr = child(p, 'w:pPr');
    const styleId = childVal(pPr, 'w:pStyle');
    const sp = styles.paragraph(styleId);

    // Numbering: direct w:numPr, else the paragraph style's.
    const direct = readNumPr(pPr);
    const numId = direct?.numId ?? sp.numPr?.numId;
    if (numId !== undefined) {
      const ilvl =
        direct?.ilvl ??
        (direct?.numId !== undefined ? undefined : sp.numPr?.ilvl) ??
        counter.levelForStyle(numId, styleId ?? styles.defaultParagraphStyleId) ??
        0;
      const label = counter.next(numId, ilvl);
      if (label) {
        facts.label = label.label;
        if (label.bullet) facts.bullet = true;
      }
    }

    const jc = childVal(pPr, 'w:jc') ?? sp.jc ?? styles.defaults.jc;
    if (jc === 'center') facts.centered = true;
    if (onOff(pPr, 'w:pageBreakBefore') ?? sp.pageBreakBefore) facts.breakBefore = true;

    // Runs: formatting of the visible text, and where page breaks fall.
    let textRuns = 0;
    let boldRuns = 0;
    let italicRuns = 0;
    let seenText = false;
    let breakAfterText = false;
    const nested: XmlElement[] = [];
    const runDefaults = {
      bold: sp.bold ?? styles.defaults.bold ?? false,
      italic: sp.italic ?? styles.defaults.italic ?? false,
    };

    const visitRun = (r: XmlElement): void => {
      const rPr = child(r, 'w:rPr');
      const cs = styles.character(childVal(rPr, 'w:rStyle'));
      const bold = onOff(rPr, 'w:b') ?? cs.bold ?? runDefaults.bold;
      const italic = onOff(rPr, 'w:i') ?? cs.italic ?? runDefaults.italic;
      const visitContent = (el: XmlElement): void => {
        for (const c of elements(el)) {
          if (c.name === 'w:t' || c.name === 'w:sym') {
            const t = c.name === 'w:sym' ? 'x' : c.children.map((x) => (x.type === 'text' ? x.text : '')).join('');
            if (t.trim() !== '') {
              seenText = true;
              breakAfterText = false;
              textRuns++;
              if (bold) boldRuns++;
              if (italic) italicRuns++;
            }
          } else if (c.name === 'w:br' && c.attrs['w:type'] === 'page') {
            if (!seenText) facts.breakBefore = true;
            else breakAfterText = true;
          } else if (c.name === 'w:p') {
            nested.push(c);
          } else if (!SKIP.has(c.name)) {
            visitContent(c);
          }
        }
      };
      visitContent(r);
    };

    const visitInline = (el: XmlElement): void => {
      for (const c of elements(el)) {
        if (c.name === 'w:r') visitRun(c);
        else if (c.name === 'w:p') nested.push(c);
        else if (!SKIP.has(c.name)) visitInline(c);
      }
    };
    visitInline(p);

    if (textRuns > 0 && boldRuns === textRuns) facts.bold = true;
    if (textRuns > 0 && italicRuns === textRuns) facts.italic = true;
    if (breakAfterText) facts.breakAfter = true;
    const sectPr = child(pPr, 'w:sectPr');
    if (sectPr && (childVal(sectPr, 'w:type') ?? 'nextPage') !== 'continuous') facts.breakAfter = true;

    // Text boxes anchored in this paragraph: their paragraphs are read right after it.
    for (const n of nested) paragraph(n, { ...ctx, atBody: false });
  }

  const body = child(root, 'w:body');
  if (body) walk(body, { atBody: true, block: 0 });

  return { paragraphs, altChunks };
}
