import type { CellParagraph } from '../../document/types.js';
import type { ParagraphFacts } from './facts.js';
import type { Item, ParagraphItem } from './items.js';
import { lines, type Line } from './lines.js';
import { manualBullet, normalizeText } from './text.js';

/**
 * The content of a table cell → its paragraphs: one per Word paragraph and soft line
 * break. An auto-numbered paragraph shows its number ("1.1.", even with no text: the
 * № column), and is a list entry unless it is the only numbered one in the cell; bulleted
 * paragraphs and hand-made ones ("- текст") are list entries without the bullet. A table
 * nested in the cell is read as its cells' paragraphs in reading order.
 */

export interface CellContent {
  paragraphs: CellParagraph[];
  /** Facts of the paragraphs in the cell, in reading order (first and last decide row breaks). */
  facts: ParagraphFacts[];
  nestedTables: number;
}

export function cellBlocks(content: Item[]): CellContent {
  const out: CellContent = { paragraphs: [], facts: [], nestedTables: 0 };
  /** Entries that are auto-numbered paragraphs with text ("1) провести…"). */
  const numbered: CellParagraph[] = [];

  const addParagraph = (item: ParagraphItem): void => {
    out.facts.push(...item.facts);
    const f = item.facts[item.facts.length - 1];
    const ls = lines(item.segments);
    const label = f?.label;
    const entry = (text: string, l: Line | undefined, listItem: boolean): CellParagraph => {
      const p: CellParagraph = { text };
      if (listItem) p.listItem = true;
      if (f?.bold || l?.bold) p.bold = true;
      if (f?.italic || l?.italic) p.italic = true;
      return p;
    };
    if (label !== undefined && !f?.bullet) {
      // An auto-numbered paragraph: the number is part of what the cell shows.
      if (ls.length === 0) out.paragraphs.push(entry(label, undefined, false));
      ls.forEach((l, i) => {
        const p = i === 0 ? entry(`${label} ${l.text}`, l, true) : entry(l.text, l, false);
        if (i === 0) numbered.push(p);
        out.paragraphs.push(p);
      });
    } else if (label !== undefined) {
      ls.forEach((l, i) => out.paragraphs.push(entry(l.text, l, i === 0)));
    } else {
      for (const l of ls) {
        const manual = manualBullet(l.text);
        out.paragraphs.push(manual === null ? entry(l.text, l, false) : entry(manual, l, true));
      }
    }
  };

  const visit = (items: Item[]): void => {
    for (const item of items) {
      if (item.kind === 'paragraph') {
        addParagraph(item);
      } else if (item.kind === 'table') {
        out.nestedTables++;
        for (const r of item.rows) for (const c of r.cells) visit(c.content);
      } else if (item.kind === 'text') {
        const t = normalizeText(item.text);
        if (t !== '') out.paragraphs.push({ text: t });
      }
    }
  };

  visit(content);
  // One numbered paragraph on its own ("1. Организационные мероприятия") is text, not a list.
  if (numbered.length === 1) for (const p of numbered) delete p.listItem;
  return out;
}
