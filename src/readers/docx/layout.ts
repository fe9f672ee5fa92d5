import type { NumberingDefinitions } from './numbering.js';
import type { Styles } from './styles.js';
import { child, type XmlElement } from './xml.js';

/**
 * Whether a paragraph is laid out as an item of a (nested) list, and at which level.
 *
 * The text of a list item is the same as a plain paragraph's; what differs is the gap
 * rule in xml-blocks.ts: an item that opens a list below level 1 with no item above it
 * stands after an empty outer item, which counts as a gap. These are the rules of the
 * HTML mapping the reader used before it read the XML itself (mammoth's default style
 * map), so that the blocks stay as they were:
 *
 *  - heading styles (id "Heading1"…"Heading6"/"Heading", or name "heading 1"…) and note
 *    text styles ("footnote text", "Footnote", …) are plain paragraphs even when numbered;
 *  - otherwise a paragraph is a list item when its numbering resolves to a level 0–4:
 *    w:numPr with both w:numId and w:ilvl; else a numbering level whose w:pStyle is the
 *    paragraph's style; else w:numId alone at level 0. A style's own w:numPr does not count.
 */

export interface ListPlace {
  /** 0-based nesting level. */
  level: number;
  ordered: boolean;
}

const HEADING_IDS = new Set(['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Heading']);
const PLAIN_NAMES = new Set([
  'HEADING 1', 'HEADING 2', 'HEADING 3', 'HEADING 4', 'HEADING 5', 'HEADING 6', 'HEADING',
  'FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE',
]);
const MAX_LIST_LEVEL = 4;

interface LevelRef {
  level: number;
  ordered: boolean;
}

export class ListLayout {
  /** Levels by the paragraph style they are attached to; the last definition wins. */
  private readonly byStyle = new Map<string, LevelRef>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styles: Styles,
  ) {
    for (const abs of defs.abstractNums.values()) {
      for (const [i, l] of abs.levels) if (l.pStyle !== undefined) this.byStyle.set(l.pStyle, { level: i, ordered: l.numFmt !== 'bullet' });
    }
  }

  /** The list place of a paragraph with these properties, or undefined for a plain paragraph. */
  place(pPr: XmlElement | undefined): ListPlace | undefined {
    const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'];
    if (styleId) {
      if (HEADING_IDS.has(styleId)) return undefined;
      const name = this.styles.name('paragraph', styleId);
      if (name !== undefined && PLAIN_NAMES.has(name.toUpperCase())) return undefined;
    }
    const numPr = child(pPr, 'w:numPr');
    const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    let ref: LevelRef | undefined;
    if (ilvl !== undefined && numId !== undefined) ref = this.level(numId, ilvl);
    else {
      if (styleId) ref = this.byStyle.get(styleId);
      if (!ref && numId !== undefined) ref = this.level(numId, '0');
    }
    if (!ref || ref.level > MAX_LIST_LEVEL) return undefined;
    return { level: ref.level, ordered: ref.ordered };
  }

  /** Level `ilvl` of list `numId`, following numStyleLink through numbering styles. */
  private level(numId: string, ilvl: string): LevelRef | undefined {
    if (!/^\d+$/.test(ilvl)) return undefined;
    const index = Number(ilvl);
    const seen = new Set<string>();
    let id: string | undefined = numId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const num = this.defs.nums.get(id);
      const abs = num ? this.defs.abstractNums.get(num.abstractNumId) : undefined;
      if (!abs) return undefined;
      if (abs.numStyleLink === undefined) {
        const l = abs.levels.get(index);
        return l ? { level: index, ordered: l.numFmt !== 'bullet' } : undefined;
      }
      id = this.styles.numberingStyleNumId(abs.numStyleLink);
    }
    return undefined;
  }
}
