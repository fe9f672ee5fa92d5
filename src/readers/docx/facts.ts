import { NumberingCounter, type NumberingDefinitions } from './numbering.js';
import { readNumPr, type Styles } from './styles.js';
import { child, childVal, elements, onOff, parseXml, type XmlElement } from './xml.js';
import { markerText } from './markers.js';

/**
 * One pass over word/document.xml that learns what mammoth's HTML leaves out,
 * and tags every paragraph so its HTML can be matched back to what was learned.
 *
 * For each w:p (numbered in document order) it records the top-level block and
 * table it belongs to, whether it sits in a repeated header row, its rendered
 * list label, alignment, style-aware bold/italic, and page breaks before/after.
 * It then returns a copy of document.xml with a marker run (see markers.ts) at the
 * start of every paragraph. The markers survive mammoth as text, which also keeps
 * empty paragraphs (gaps, empty auto-numbered cells) in the HTML.
 *
 * A few run-level elements mammoth does not read are rewritten so their text is
 * not lost: w:fldSimple, w:dir, w:bdo are unwrapped, w:cr becomes w:br, w:ptab w:tab.
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
  /** Indexed by the number in the paragraph's marker. */
  paragraphs: ParagraphFacts[];
  /** document.xml with a marker run at the start of every paragraph. */
  markedXml: string;
  /** Content mammoth cannot read (w:altChunk: an embedded HTML/RTF part). */
  altChunks: number;
}

interface Edit {
  from: number;
  to: number;
  insert: string;
}

interface Ctx {
  atBody: boolean;
  block: number;
  table?: number;
  headerRow?: boolean;
}

/** Elements whose content is not shown (deleted text, field instructions) or that mammoth does not descend into. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblGrid', 'mc:Choice']);
const UNWRAP = new Set(['w:fldSimple', 'w:dir', 'w:bdo']);

export function analyzeDocument(xml: string, styles: Styles, numbering: NumberingDefinitions): DocumentFacts {
  const { root, wPrefix } = parseXml(xml);
  const w = wPrefix === '' ? '' : `${wPrefix}:`;
  const counter = new NumberingCounter(numbering, styles);
  const paragraphs: ParagraphFacts[] = [];
  const edits: Edit[] = [];
  let block = 0;
  let tables = 0;
  let altChunks = 0;

  const tag = (local: string): string => `${w}${local}`;
  const markerRun = (id: number): string => `<${tag('r')}><${tag('t')} xml:space="preserve">${markerText(id)}</${tag('t')}></${tag('r')}>`;

  function unwrap(el: XmlElement): void {
    if (el.selfClosing) {
      edits.push({ from: el.start, to: el.end, insert: '' });
      return;
    }
    edits.push({ from: el.start, to: el.openEnd, insert: '' });
    const close = xml.lastIndexOf('</', el.end - 1);
    if (close >= el.openEnd) edits.push({ from: close, to: el.end, insert: '' });
  }

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
    const id = paragraphs.length;
    const facts: ParagraphFacts = { block: ctx.block };
    paragraphs.push(facts);
    if (ctx.table !== undefined) facts.table = ctx.table;
    if (ctx.headerRow) facts.headerRow = true;

    if (p.selfClosing) edits.push({ from: p.end - 2, to: p.end, insert: `>${markerRun(id)}</${tag('p')}>` });
    else edits.push({ from: p.openEnd, to: p.openEnd, insert: markerRun(id) });

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
          } else if (c.name === 'w:cr') {
            edits.push({ from: c.start, to: c.end, insert: `<${tag('br')}/>` });
          } else if (c.name === 'w:ptab') {
            edits.push({ from: c.start, to: c.end, insert: `<${tag('tab')}/>` });
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
        else if (SKIP.has(c.name)) continue;
        else {
          if (UNWRAP.has(c.name)) unwrap(c);
          visitInline(c);
        }
      }
    };
    visitInline(p);

    if (textRuns > 0 && boldRuns === textRuns) facts.bold = true;
    if (textRuns > 0 && italicRuns === textRuns) facts.italic = true;
    if (breakAfterText) facts.breakAfter = true;
    const sectPr = child(pPr, 'w:sectPr');
    if (sectPr && (childVal(sectPr, 'w:type') ?? 'nextPage') !== 'continuous') facts.breakAfter = true;

    // Text boxes anchored in this paragraph: mammoth puts their paragraphs right after it.
    for (const n of nested) paragraph(n, { ...ctx, atBody: false });
  }

  const body = child(root, 'w:body');
  if (body) walk(body, { atBody: true, block: 0 });

  edits.sort((a, b) => a.from - b.from || a.to - b.to);
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    if (e.from < pos) continue; // overlapping edit (malformed input): keep the first
    parts.push(xml.slice(pos, e.from), e.insert);
    pos = e.to;
  }
  parts.push(xml.slice(pos));
  return { paragraphs, markedXml: parts.join(''), altChunks };
}
