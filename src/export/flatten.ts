import type { Item, Roadmap, RoadmapDocument, Section } from '../model/roadmap.js';

/**
 * The one walk over roadmaps, sections and items that every exporter shares: items in
 * document order, each with the sections that hold it and a stable path.
 */
export interface FlatItem {
  /** Position in the document's `roadmaps`. */
  roadmapIndex: number;
  roadmap: Roadmap;
  /** The sections holding the item, outermost first; empty for items before any section. */
  sections: Section[];
  item: Item;
  /**
   * JSON pointer to the item in the roadmap document ("/roadmaps/0/sections/2/items/3"):
   * stable for the same document, unique within it, and the form `prikaz validate` reports in.
   */
  path: string;
  /** 0-based, in document order over all roadmaps. */
  index: number;
}

/** A run of items under one section (or under none, before the first section). */
export interface SectionBlock {
  roadmapIndex: number;
  /** The sections down to this one, outermost first; empty for the items before any section. */
  sections: Section[];
  /** 0 for a top-level section. */
  depth: number;
  /** JSON pointer to the section ("" within the roadmap for the leading items). */
  path: string;
  /** The section's own items (not those of its subsections). */
  items: FlatItem[];
}

export function innermost(sections: readonly Section[]): Section | null {
  return sections.length ? sections[sections.length - 1]! : null;
}

/** Section blocks of one roadmap in reading order: leading items first (if any), then each section before its subsections. */
export function sectionBlocks(doc: RoadmapDocument, roadmapIndex: number, counter = { next: 0 }): SectionBlock[] {
  const roadmap = doc.roadmaps[roadmapIndex];
  if (!roadmap) return [];
  const base = `/roadmaps/${roadmapIndex}`;
  const blocks: SectionBlock[] = [];
  const take = (items: Item[], sections: Section[], path: string): FlatItem[] =>
    items.map((item, i) => ({ roadmapIndex, roadmap, sections, item, path: `${path}/items/${i}`, index: counter.next++ }));
  if (roadmap.items.length) blocks.push({ roadmapIndex, sections: [], depth: 0, path: base, items: take(roadmap.items, [], base) });
  const walk = (sections: Section[], outer: Section[], path: string): void => {
    sections.forEach((section, i) => {
      const chain = [...outer, section];
      const here = `${path}/sections/${i}`;
      blocks.push({ roadmapIndex, sections: chain, depth: outer.length, path: here, items: take(section.items, chain, here) });
      walk(section.sections, chain, here);
    });
  };
  walk(roadmap.sections, [], base);
  return blocks;
}

/** Every item of every roadmap, in document order. */
export function flatten(doc: RoadmapDocument): FlatItem[] {
  const counter = { next: 0 };
  return doc.roadmaps.flatMap((_, r) => sectionBlocks(doc, r, counter).flatMap((b) => b.items));
}

/** The parties' names, in the order written, without repeats. */
export function partyNames(item: Item): string[] {
  return [...new Set(item.responsible.parties.map((p) => p.name.trim()).filter((n) => n !== ''))];
}

/** Parties joined for a cell; falls back to the text as written when it could not be split. */
export function partiesText(item: Item, separator = '; '): string {
  const names = partyNames(item);
  return names.length ? names.join(separator) : item.responsible.raw.trim();
}

/** The activity with the entries of its list, one per line. */
export function activityText(item: Item, bullet = '• '): string {
  const list = item.list?.filter((l) => l.trim() !== '') ?? [];
  return list.length ? [item.text, ...list.map((l) => bullet + l)].join('\n') : item.text;
}

/**
 * How to point at an item in words: its number when that already says the section
 * ("1.3" in section 1), else the number together with the section's ("1.1, п. 2"),
 * else the section's alone ("разд. 3.2.1"), else nothing.
 */
export function itemReference(flat: Pick<FlatItem, 'item' | 'sections'>): string {
  const number = flat.item.number?.trim() || null;
  const section = innermost(flat.sections)?.number?.trim() || null;
  if (number && (!section || number.startsWith(`${section}.`) || number === section)) return number;
  if (number && section) return `${section}, п. ${number}`;
  if (section) return `разд. ${section}`;
  return '';
}

/** "1. Организационные мероприятия" */
export function sectionHeading(section: Section): string {
  const n = section.number?.trim();
  if (!n) return section.title;
  return /[.)]$/.test(n) ? `${n} ${section.title}` : `${n}. ${section.title}`;
}
