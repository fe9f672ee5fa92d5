import type { Item, Roadmap, Section } from '../model/roadmap.js';
import { allItems } from '../model/walk.js';
import type { ItemRef, SectionRef } from './types.js';

/** A section of a roadmap, with where it stands. */
export interface SectionNode {
  section: Section;
  ref: SectionRef;
  /** Index of the enclosing section in `Outline.sections`, -1 at the top. */
  parent: number;
  /** Place among its siblings. */
  sibling: number;
  /** Place in document order, counting sections and items together. */
  order: number;
}

/** An activity of a roadmap, with where it stands. */
export interface ItemNode {
  item: Item;
  ref: ItemRef;
  /** Index of the enclosing section in `Outline.sections`, -1 for an activity before any section. */
  section: number;
  /** Place among the items of its section. */
  sibling: number;
  order: number;
}

/** A roadmap flattened: every section and every item, in document order, with its JSON pointer. */
export interface Outline {
  sections: SectionNode[];
  items: ItemNode[];
}

/**
 * Flattens a roadmap found at `path` ("/roadmaps/0"). Document order: the activities before any
 * section, then each section followed by its own activities and then its subsections.
 */
export function outline(roadmap: Roadmap, path: string): Outline {
  const out: Outline = { sections: [], items: [] };
  let order = 0;
  const addItems = (items: Item[], base: string, section: number): void => {
    const s = section >= 0 ? out.sections[section]!.ref : null;
    items.forEach((item, i) => {
      out.items.push({
        item,
        ref: {
          path: `${base}/items/${i}`,
          number: item.number,
          text: item.text,
          section: s ? s.path : null,
          sectionNumber: s ? s.number : null,
          sectionTitle: s ? s.title : null,
        },
        section,
        sibling: i,
        order: order++,
      });
    });
  };
  const addSections = (sections: Section[], base: string, parent: number): void => {
    sections.forEach((section, i) => {
      const path = `${base}/sections/${i}`;
      const index = out.sections.length;
      out.sections.push({
        section,
        ref: { path, number: section.number, title: section.title, parent: parent >= 0 ? out.sections[parent]!.ref.path : null },
        parent,
        sibling: i,
        order: order++,
      });
      addItems(section.items, path, index);
      addSections(section.sections, path, index);
    });
  };
  addItems(roadmap.items, path, -1);
  addSections(roadmap.sections, path, -1);
  return out;
}

/** How many activities a roadmap holds, in all its sections. */
export function countItems(roadmap: Roadmap): number {
  return allItems(roadmap).length;
}
