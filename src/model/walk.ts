import type { Item, Roadmap, Section } from './roadmap.js';

/** Every activity of a roadmap or section, its own before its subsections', in document order. */
export function allItems(holder: Roadmap | Section): Item[] {
  return [...holder.items, ...holder.sections.flatMap(allItems)];
}
