import { child, childVal, childrenNamed, onOff, type XmlElement } from './xml.js';

/**
 * What we need from word/styles.xml, resolved through "basedOn": paragraph
 * alignment, page-break-before, numbering given by a style, and bold/italic that
 * a paragraph or character style gives its runs. mammoth maps styles to HTML by
 * name only, so style-given formatting does not reach its output.
 */

export interface NumPr {
  numId?: string;
  ilvl?: number;
}

export interface ParagraphStyleProps {
  jc?: string;
  pageBreakBefore?: boolean;
  numPr?: NumPr;
  bold?: boolean;
  italic?: boolean;
}

export interface RunStyleProps {
  bold?: boolean;
  italic?: boolean;
}

export interface Styles {
  defaultParagraphStyleId: string | undefined;
  paragraph(styleId: string | undefined): ParagraphStyleProps;
  character(styleId: string | undefined): RunStyleProps;
  /** numId of a numbering style (for abstractNum numStyleLink). */
  numberingStyleNumId(styleId: string): string | undefined;
  defaults: RunStyleProps & { jc?: string };
  /**
   * The name (w:name) of a "paragraph" or "character" style: a few names decide how a
   * paragraph is laid out (headings, note text; see layout.ts). The first definition
   * of an id wins, and a style without w:type has none, as mammoth reads them.
   */
  name(type: 'paragraph' | 'character', styleId: string | undefined): string | undefined;
}

interface RawStyle {
  type: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
}

export function readNumPr(pPr: XmlElement | undefined): NumPr | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const out: NumPr = {};
  const numId = childVal(numPr, 'w:numId');
  if (numId !== undefined) out.numId = numId;
  const ilvl = childVal(numPr, 'w:ilvl');
  if (ilvl !== undefined && /^\d+$/.test(ilvl)) out.ilvl = Number(ilvl);
  return out;
}

export const emptyStyles: Styles = readStyles(undefined);

/** Bold and italic from a style's run properties, where a nearer style has not set them already. */
function inheritRunProps(props: RunStyleProps, rPr: XmlElement | undefined): void {
  if (props.bold === undefined) {
    const b = onOff(rPr, 'w:b');
    if (b !== undefined) props.bold = b;
  }
  if (props.italic === undefined) {
    const it = onOff(rPr, 'w:i');
    if (it !== undefined) props.italic = it;
  }
}

export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  const names = new Map<string, string | undefined>();
  let defaultParagraphStyleId: string | undefined;
  for (const s of childrenNamed(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    const declaredType = s.attrs['w:type'];
    if (declaredType !== undefined && id !== undefined && !names.has(`${declaredType}:${id}`)) {
      names.set(`${declaredType}:${id}`, childVal(s, 'w:name'));
    }
    if (id === undefined) continue;
    const type = s.attrs['w:type'] ?? 'paragraph';
    const entry: RawStyle = { type };
    const basedOn = childVal(s, 'w:basedOn');
    if (basedOn !== undefined) entry.basedOn = basedOn;
    const pPr = child(s, 'w:pPr');
    if (pPr) entry.pPr = pPr;
    const rPr = child(s, 'w:rPr');
    if (rPr) entry.rPr = rPr;
    raw.set(`${type}:${id}`, entry);
    const isDefault = s.attrs['w:default'];
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyleId = id;
  }

  const docDefaults = child(root, 'w:docDefaults');
  const defRPr = child(child(docDefaults, 'w:rPrDefault'), 'w:rPr');
  const defPPr = child(child(docDefaults, 'w:pPrDefault'), 'w:pPr');
  const defaults: RunStyleProps & { jc?: string } = {};
  const db = onOff(defRPr, 'w:b');
  if (db !== undefined) defaults.bold = db;
  const di = onOff(defRPr, 'w:i');
  if (di !== undefined) defaults.italic = di;
  const djc = childVal(defPPr, 'w:jc');
  if (djc !== undefined) defaults.jc = djc;

  /** Walk from the style up its basedOn chain; the nearest definition wins. */
  function chain(type: string, id: string | undefined): RawStyle[] {
    const out: RawStyle[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur !== undefined && !seen.has(cur) && out.length < 32) {
      seen.add(cur);
      const s = raw.get(`${type}:${cur}`);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  const pCache = new Map<string, ParagraphStyleProps>();
  function paragraph(styleId: string | undefined): ParagraphStyleProps {
    const id = styleId ?? defaultParagraphStyleId;
    if (id === undefined) return {};
    const cached = pCache.get(id);
    if (cached) return cached;
    const props: ParagraphStyleProps = {};
    for (const s of chain('paragraph', id)) {
      if (props.jc === undefined) {
        const jc = childVal(s.pPr, 'w:jc');
        if (jc !== undefined) props.jc = jc;
      }
      if (props.pageBreakBefore === undefined) {
        const pb = onOff(s.pPr, 'w:pageBreakBefore');
        if (pb !== undefined) props.pageBreakBefore = pb;
      }
      const np = readNumPr(s.pPr);
      if (np) {
        const merged: NumPr = { ...np, ...props.numPr };
        props.numPr = merged;
      }
      inheritRunProps(props, s.rPr);
    }
    pCache.set(id, props);
    return props;
  }

  const cCache = new Map<string, RunStyleProps>();
  function character(styleId: string | undefined): RunStyleProps {
    if (styleId === undefined) return {};
    const cached = cCache.get(styleId);
    if (cached) return cached;
    const props: RunStyleProps = {};
    for (const s of chain('character', styleId)) {
      inheritRunProps(props, s.rPr);
    }
    cCache.set(styleId, props);
    return props;
  }

  function numberingStyleNumId(styleId: string): string | undefined {
    for (const s of chain('numbering', styleId)) {
      const np = readNumPr(s.pPr);
      if (np?.numId !== undefined) return np.numId;
    }
    return undefined;
  }

  const name = (type: 'paragraph' | 'character', styleId: string | undefined): string | undefined =>
    styleId === undefined ? undefined : names.get(`${type}:${styleId}`);

  return { defaultParagraphStyleId, paragraph, character, numberingStyleNumId, defaults, name };
}
