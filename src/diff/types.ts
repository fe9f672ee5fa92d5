/**
 * What `prikaz diff` finds: typed changes, built first (changes.ts) and formatted after
 * (formatters/). The JSON report is this data as it is; src/diff/README.md documents it.
 * Paths are JSON pointers (RFC 6901) into each document as the model writes it.
 */

/** A piece of a word-level text diff: text kept, removed from the old or inserted in the new. */
export interface WordSegment {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** Where a header or roadmap field is in one document. */
export interface FieldRef {
  /** "/order/date", "/roadmaps/0/title". */
  path: string;
}

export interface RoadmapRef {
  /** "/roadmaps/1". */
  path: string;
  title: string | null;
}

export interface SectionRef {
  /** "/roadmaps/0/sections/2" or "/roadmaps/0/sections/2/sections/0". */
  path: string;
  number: string | null;
  title: string;
  /** The enclosing section's path, or null at the top of the roadmap. */
  parent: string | null;
}

export interface ItemRef {
  /** "/roadmaps/0/sections/1/items/3"; activities before any section: "/roadmaps/0/items/0". */
  path: string;
  number: string | null;
  text: string;
  /** The enclosing section's path, or null for an activity before any section. */
  section: string | null;
  /** The enclosing section's number and title, for showing where the item is. */
  sectionNumber: string | null;
  sectionTitle: string | null;
}

/** A deadline as both sides show it: the words, and the dates they were read as. */
export interface DeadlineValue {
  raw: string;
  kind: string;
  start: string | null;
  end: string | null;
}

export type ShiftUnit = 'day' | 'week' | 'month' | 'year';

/** How far a deadline moved, when both sides have a date to compare. */
export interface DeadlineShift {
  /** Which dates were compared: the ends, or the starts when an end is missing or unchanged. */
  basis: 'end' | 'start';
  /** New minus old, in days (negative: earlier). */
  days: number;
  /** The same, in the largest whole unit that states it exactly. */
  amount: number;
  unit: ShiftUnit;
  direction: 'later' | 'earlier';
  /** "перенесён на 2 недели позже", "начало перенесено на 1 месяц раньше". */
  text: string;
}

export type HeaderField = 'authority' | 'kind' | 'date' | 'number' | 'place' | 'title' | 'signatory';
export type RoadmapField = 'title' | 'planTitle' | 'goal' | 'period';

export interface HeaderChanged {
  kind: 'header-changed';
  field: HeaderField;
  old: FieldRef;
  new: FieldRef;
  before: string | null;
  after: string | null;
  /** Word-level diff, when both sides are text. */
  words?: WordSegment[];
}

export interface RoadmapAdded {
  kind: 'roadmap-added';
  old: null;
  new: RoadmapRef;
  /** How many activities it holds. */
  items: number;
}

export interface RoadmapRemoved {
  kind: 'roadmap-removed';
  old: RoadmapRef;
  new: null;
  items: number;
}

export interface RoadmapChanged {
  kind: 'roadmap-changed';
  field: RoadmapField;
  old: FieldRef;
  new: FieldRef;
  before: string | null;
  after: string | null;
  words?: WordSegment[];
}

export interface SectionAdded {
  kind: 'section-added';
  old: null;
  new: SectionRef;
  /** The section's own activities that match nothing in the old document (not reported again as item-added). */
  items: ItemRef[];
}

export interface SectionRemoved {
  kind: 'section-removed';
  old: SectionRef;
  new: null;
  /** Its activities that match nothing in the new document (not reported again as item-removed). */
  items: ItemRef[];
}

export interface SectionRenamed {
  kind: 'section-renamed';
  old: SectionRef;
  new: SectionRef;
  words: WordSegment[];
}

export interface SectionRenumbered {
  kind: 'section-renumbered';
  old: SectionRef;
  new: SectionRef;
}

export interface SectionMoved {
  kind: 'section-moved';
  old: SectionRef;
  new: SectionRef;
  /** "parent": now inside another section (or at the top); "order": same parent, another place among its siblings. */
  reason: 'parent' | 'order';
}

export interface ItemAdded {
  kind: 'item-added';
  old: null;
  new: ItemRef;
  deadline: DeadlineValue;
  responsible: string;
}

export interface ItemRemoved {
  kind: 'item-removed';
  old: ItemRef;
  new: null;
  deadline: DeadlineValue;
  responsible: string;
}

export interface ItemMoved {
  kind: 'item-moved';
  old: ItemRef;
  new: ItemRef;
  /** "section": now in another section; "order": same section, another place among its items. */
  reason: 'section' | 'order';
}

export interface ItemRenumbered {
  kind: 'item-renumbered';
  old: ItemRef;
  new: ItemRef;
}

export interface ItemReworded {
  kind: 'item-reworded';
  old: ItemRef;
  new: ItemRef;
  words: WordSegment[];
}

export interface ListChanged {
  kind: 'list-changed';
  old: ItemRef;
  new: ItemRef;
  before: string[];
  after: string[];
  removed: string[];
  added: string[];
}

export interface DeadlineChanged {
  kind: 'deadline-changed';
  old: ItemRef;
  new: ItemRef;
  before: DeadlineValue;
  after: DeadlineValue;
  /** Null when a side has no date to compare (then read `before.raw` and `after.raw`). */
  shift: DeadlineShift | null;
}

export interface ResponsibleChanged {
  kind: 'responsible-changed';
  old: ItemRef;
  new: ItemRef;
  before: string;
  after: string;
  /** Parties by name. */
  added: string[];
  removed: string[];
}

export interface ResultChanged {
  kind: 'result-changed';
  old: ItemRef;
  new: ItemRef;
  before: string | null;
  after: string | null;
  words?: WordSegment[];
}

export interface ExtraChanged {
  kind: 'extra-changed';
  old: ItemRef;
  new: ItemRef;
  /** The column header ("Отметка об исполнении"). */
  column: string;
  before: string | null;
  after: string | null;
}

export type Change =
  | HeaderChanged
  | RoadmapAdded
  | RoadmapRemoved
  | RoadmapChanged
  | SectionAdded
  | SectionRemoved
  | SectionRenamed
  | SectionRenumbered
  | SectionMoved
  | ItemAdded
  | ItemRemoved
  | ItemMoved
  | ItemRenumbered
  | ItemReworded
  | ListChanged
  | DeadlineChanged
  | ResponsibleChanged
  | ResultChanged
  | ExtraChanged;

export type ChangeKind = Change['kind'];

/** Every kind, in the order changes to one thing are listed. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'header-changed',
  'roadmap-added',
  'roadmap-removed',
  'roadmap-changed',
  'section-added',
  'section-removed',
  'section-moved',
  'section-renumbered',
  'section-renamed',
  'item-added',
  'item-removed',
  'item-moved',
  'item-renumbered',
  'item-reworded',
  'list-changed',
  'deadline-changed',
  'responsible-changed',
  'result-changed',
  'extra-changed',
];

/** The changes between two documents, in the order of the new document. */
export interface DiffResult {
  changes: Change[];
}

/** What the formatters are given: the two files as the user named them and the changes. */
export interface DiffReport {
  old: { file: string };
  new: { file: string };
  changes: Change[];
}
