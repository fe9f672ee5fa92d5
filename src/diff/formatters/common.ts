import type { Change, ChangeKind, DeadlineValue, ItemRef, ItemRenumbered, WordSegment } from '../types.js';

/** One thing that changed and every change to it: an item, a section, a header field, a roadmap. */
export interface Entry {
  subject: 'order' | 'roadmap' | 'section' | 'item';
  /** Where the thing stands, for a heading above it ("§ 2 Обеспечение качества", "Order"). */
  heading: string;
  /** For a section: the heading its own items have, so that it need not be repeated above them. */
  opens?: string;
  changes: Change[];
}

const ROADMAP_INDEX = /^\/roadmaps\/(\d+)/;

function roadmapNumber(path: string): number {
  return Number(ROADMAP_INDEX.exec(path)?.[1] ?? 0) + 1;
}

function pathOf(c: Change): string {
  return (c.new ?? c.old)!.path;
}

/** Whether the changes concern more than one roadmap (then headings name the roadmap). */
function severalRoadmaps(changes: readonly Change[]): boolean {
  const seen = new Set<number>();
  for (const c of changes) {
    if (c.kind === 'header-changed') continue;
    if (c.old) seen.add(roadmapNumber(c.old.path));
    if (c.new) seen.add(roadmapNumber(c.new.path));
  }
  return seen.size > 1;
}

export function sectionLabel(s: { number: string | null; title: string }, width = 90): string {
  const title = excerpt(s.title, width);
  return s.number ? `§ ${s.number} ${title}` : `§ ${title}`;
}

export function itemLabel(ref: ItemRef): string {
  return ref.number ?? '(no number)';
}

/** Changes grouped by the thing they are about, in report order. */
export function entries(changes: readonly Change[]): Entry[] {
  const several = severalRoadmaps(changes);
  const prefix = (path: string): string => (several ? `Roadmap ${roadmapNumber(path)}` : '');
  const join = (a: string, b: string): string => (a && b ? `${a} › ${b}` : a || b);
  const out: Entry[] = [];
  let lastKey = '';
  for (const c of changes) {
    let subject: Entry['subject'];
    let heading: string;
    let key: string;
    let opens: string | undefined;
    switch (c.kind) {
      case 'header-changed':
        subject = 'order';
        heading = 'Order';
        key = `order:${c.field}`;
        break;
      case 'roadmap-added':
      case 'roadmap-removed':
      case 'roadmap-changed':
        subject = 'roadmap';
        heading = join(prefix(pathOf(c)), 'Roadmap') || 'Roadmap';
        key = c.kind === 'roadmap-changed' ? `roadmap:${c.new.path}` : `roadmap:${pathOf(c)}`;
        break;
      case 'section-added':
      case 'section-removed':
      case 'section-renamed':
      case 'section-renumbered':
      case 'section-moved': {
        subject = 'section';
        const s = (c.new ?? c.old)!;
        heading = prefix(s.path);
        opens = join(prefix(s.path), sectionLabel(s));
        key = `section:${c.old?.path ?? ''}>${c.new?.path ?? ''}`;
        break;
      }
      default: {
        subject = 'item';
        const ref = (c.new ?? c.old)!;
        heading = join(prefix(ref.path), ref.sectionTitle !== null ? sectionLabel({ number: ref.sectionNumber, title: ref.sectionTitle }) : 'Before any section');
        key = `item:${c.old?.path ?? ''}>${c.new?.path ?? ''}`;
      }
    }
    const last = out[out.length - 1];
    if (last && key === lastKey && subject !== 'order' && subject !== 'roadmap') last.changes.push(c);
    else out.push({ subject, heading, ...(opens !== undefined ? { opens } : {}), changes: [c] });
    lastKey = key;
  }
  return out;
}

const NOUNS: Record<ChangeKind, [string, string]> = {
  'header-changed': ['header field changed', 'header fields changed'],
  'roadmap-added': ['roadmap added', 'roadmaps added'],
  'roadmap-removed': ['roadmap removed', 'roadmaps removed'],
  'roadmap-changed': ['roadmap field changed', 'roadmap fields changed'],
  'section-added': ['section added', 'sections added'],
  'section-removed': ['section removed', 'sections removed'],
  'section-renamed': ['section renamed', 'sections renamed'],
  'section-renumbered': ['section renumbered', 'sections renumbered'],
  'section-moved': ['section moved', 'sections moved'],
  'item-added': ['item added', 'items added'],
  'item-removed': ['item removed', 'items removed'],
  'item-moved': ['item moved', 'items moved'],
  'item-renumbered': ['item renumbered', 'items renumbered'],
  'item-reworded': ['item reworded', 'items reworded'],
  'list-changed': ['list changed', 'lists changed'],
  'deadline-changed': ['deadline changed', 'deadlines changed'],
  'responsible-changed': ['responsible changed', 'responsibles changed'],
  'result-changed': ['result changed', 'results changed'],
  'extra-changed': ['other column changed', 'other columns changed'],
};

/** How many changes of each kind, in the order of CHANGE_KINDS. */
export function countByKind(changes: readonly Change[]): Partial<Record<ChangeKind, number>> {
  const counts: Partial<Record<ChangeKind, number>> = {};
  for (const c of changes) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  return counts;
}

/** "no differences", or "7 changes: 2 items added, 1 deadline changed, …". */
export function summaryLine(changes: readonly Change[]): string {
  if (changes.length === 0) return 'no differences';
  const counts = countByKind(changes);
  const parts = Object.keys(NOUNS)
    .filter((k) => counts[k as ChangeKind])
    .map((k) => {
      const n = counts[k as ChangeKind]!;
      const [one, many] = NOUNS[k as ChangeKind];
      return `${n} ${n === 1 ? one : many}`;
    });
  return `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}: ${parts.join(', ')}`;
}

/** The dates a deadline was read as: "2020-12-01", "2021-09-01..2021-10-31", "..2020-12-01", "" for none. */
export function dates(d: DeadlineValue): string {
  if (d.start && d.end) return d.start === d.end ? d.start : `${d.start}..${d.end}`;
  if (d.end) return `..${d.end}`;
  if (d.start) return `${d.start}..`;
  return '';
}

/** "«до 01.12.2020» (..2020-12-01)"; "(none)" for an empty deadline. */
export function deadlineText(d: DeadlineValue, quote: (s: string) => string = (s) => `«${s}»`): string {
  const when = dates(d);
  const raw = d.raw.trim() === '' ? '(none)' : quote(oneLine(d.raw));
  return when ? `${raw} (${when})` : raw;
}

/**
 * A word diff as one line, with `mark` wrapping each changed run; the spacing at either end
 * of a run goes outside the mark, so that "**плана**" is not "**плана **".
 */
export function renderWords(
  segments: readonly WordSegment[],
  mark: (op: 'delete' | 'insert', text: string) => string,
  plain: (text: string) => string = (t) => t,
  /** Put between a deletion and the insertion that replaces it. */
  between = '',
): string {
  let out = '';
  segments.forEach((s, i) => {
    if (s.op === 'equal') {
      out += plain(s.text);
      return;
    }
    const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(s.text)!;
    if (s.op === 'insert' && segments[i - 1]?.op === 'delete' && m[2] && !m[1]) out += between;
    out += m[1]! + (m[2] ? mark(s.op, m[2]) : '') + m[3]!;
  });
  return out;
}

/** Whether an entry is nothing but an item's new number (a run of these reads best as one line). */
export function onlyRenumbered(e: Entry): boolean {
  return e.subject === 'item' && e.changes.length === 1 && e.changes[0]!.kind === 'item-renumbered';
}

/** Entries with runs of two or more renumber-only items under one heading gathered into one. */
export interface RenumberedRun {
  subject: 'renumbered';
  heading: string;
  changes: ItemRenumbered[];
}

export function gatherRenumbered(list: readonly Entry[]): Array<Entry | RenumberedRun> {
  const out: Array<Entry | RenumberedRun> = [];
  for (let i = 0; i < list.length; ) {
    const e = list[i]!;
    let j = i;
    while (j < list.length && onlyRenumbered(list[j]!) && list[j]!.heading === e.heading) j++;
    if (j - i >= 2) {
      out.push({ subject: 'renumbered', heading: e.heading, changes: list.slice(i, j).map((x) => x.changes[0] as ItemRenumbered) });
      i = j;
    } else {
      out.push(e);
      i++;
    }
  }
  return out;
}

/**
 * Whether a word diff is mostly change (under a third of the letters kept, counting both sides): then "old → new"
 * reads better than a patchwork of marks.
 */
export function mostlyChanged(segments: readonly WordSegment[]): boolean {
  let kept = 0;
  let total = 0;
  for (const s of segments) {
    const n = s.text.replace(/\s+/gu, '').length;
    // as in a Dice coefficient: kept text counts on both sides
    const weight = s.op === 'equal' ? 2 * n : n;
    total += weight;
    if (s.op === 'equal') kept += weight;
  }
  return total > 0 && kept < total / 3;
}

/** Texts from table cells can hold line breaks; a report line cannot. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function excerpt(text: string, width: number): string {
  const t = oneLine(text);
  return t.length <= width ? t : `${t.slice(0, width - 1).trimEnd()}…`;
}
