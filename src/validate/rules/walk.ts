/**
 * Reading a document that may not follow the schema: every accessor checks what it gets,
 * so that a rule never throws on a malformed file (the schema rule reports the shape).
 */
import { childPointer } from '../pointer.js';

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function arrayAt(o: Obj, key: string): unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : [];
}

export function stringAt(o: unknown, key: string): string | null {
  if (!isObject(o)) return null;
  const v = o[key];
  return typeof v === 'string' ? v : null;
}

export interface RoadmapRef {
  roadmap: Obj;
  pointer: string;
  index: number;
}

export interface ItemList {
  items: unknown[];
  /** Pointer to the list itself (".../items"). */
  pointer: string;
  roadmap: RoadmapRef;
  /** The section holding the list; null for a roadmap's items before any section. */
  section: Obj | null;
}

export interface ItemRef {
  item: Obj;
  pointer: string;
  index: number;
  list: ItemList;
}

export function roadmaps(data: unknown): RoadmapRef[] {
  if (!isObject(data)) return [];
  const out: RoadmapRef[] = [];
  arrayAt(data, 'roadmaps').forEach((r, index) => {
    if (isObject(r)) out.push({ roadmap: r, pointer: childPointer('/roadmaps', index), index });
  });
  return out;
}

/** Every list of items: each roadmap's own, then its sections', level by level. */
export function itemLists(data: unknown): ItemList[] {
  const out: ItemList[] = [];
  for (const rm of roadmaps(data)) {
    out.push({ items: arrayAt(rm.roadmap, 'items'), pointer: childPointer(rm.pointer, 'items'), roadmap: rm, section: null });
    const stack: { sections: unknown[]; pointer: string }[] = [{ sections: arrayAt(rm.roadmap, 'sections'), pointer: childPointer(rm.pointer, 'sections') }];
    while (stack.length > 0) {
      const { sections, pointer } = stack.shift()!;
      sections.forEach((s, i) => {
        if (!isObject(s)) return;
        const sp = childPointer(pointer, i);
        out.push({ items: arrayAt(s, 'items'), pointer: childPointer(sp, 'items'), roadmap: rm, section: s });
        stack.push({ sections: arrayAt(s, 'sections'), pointer: childPointer(sp, 'sections') });
      });
    }
  }
  return out;
}

export function items(data: unknown): ItemRef[] {
  const out: ItemRef[] = [];
  for (const list of itemLists(data)) {
    list.items.forEach((item, index) => {
      if (isObject(item)) out.push({ item, pointer: childPointer(list.pointer, index), index, list });
    });
  }
  return out;
}

/** "item 2.3" or "the unnumbered item 4 of the list", for messages. */
export function itemLabel(ref: ItemRef): string {
  const n = stringAt(ref.item, 'number');
  return n ? `item ${n}` : `unnumbered item ${ref.index + 1} of its list`;
}
