import type { Deadline, Item, Order, Roadmap, RoadmapDocument } from '../model/roadmap.js';
import { entryOf, matchEntries, type MatchPair } from './match.js';
import { countItems, outline, type Outline } from './outline.js';
import { deadlineShift } from './shift.js';
import { cachedAnalyzer, collapseSpace } from './text.js';
import { CHANGE_KINDS, type Change, type DeadlineValue, type DiffResult, type HeaderField, type ItemRef, type RoadmapField } from './types.js';
import { wordDiff } from './words.js';

/**
 * The changes from one roadmap document to another, as typed data in the order of the new
 * document (an old-only thing where it stood, after what came before it). Formatting is the
 * formatters' job. Spacing never counts as a change.
 */
export function diffDocuments(before: RoadmapDocument, after: RoadmapDocument): DiffResult {
  const out: Keyed[] = [];
  for (const change of headerChanges(before.order, after.order)) out.push({ change, key: [-1, 0, 0] });
  const pairs = matchRoadmaps(before.roadmaps, after.roadmaps);
  const newOf = new Map(pairs.map((p) => [p.old, p.new]));
  const oldOf = new Map(pairs.map((p) => [p.new, p.old]));
  let lastNew = -0.5;
  before.roadmaps.forEach((r, i) => {
    const n = newOf.get(i);
    if (n !== undefined) {
      lastNew = n;
      return;
    }
    const path = `/roadmaps/${i}`;
    out.push({ change: { kind: 'roadmap-removed', old: { path, title: r.title }, new: null, items: countItems(r) }, key: [lastNew + 0.5, -1, i] });
  });
  after.roadmaps.forEach((r, n) => {
    const path = `/roadmaps/${n}`;
    const o = oldOf.get(n);
    if (o === undefined) {
      out.push({ change: { kind: 'roadmap-added', old: null, new: { path, title: r.title }, items: countItems(r) }, key: [n, -1, 0] });
      return;
    }
    const oldPath = `/roadmaps/${o}`;
    for (const change of roadmapFieldChanges(before.roadmaps[o]!, r, oldPath, path)) out.push({ change, key: [n, -1, 0] });
    for (const k of diffRoadmap(before.roadmaps[o]!, r, oldPath, path)) out.push({ change: k.change, key: [n, ...k.key] });
  });
  return { changes: sortKeyed(out) };
}

interface Keyed {
  change: Change;
  key: number[];
}

const KIND_RANK = new Map(CHANGE_KINDS.map((k, i) => [k, i]));

function sortKeyed(list: Keyed[]): Change[] {
  return list
    .map((k, i) => ({ ...k, i }))
    .sort((a, b) => {
      const n = Math.max(a.key.length, b.key.length);
      for (let j = 0; j < n; j++) {
        const d = (a.key[j] ?? 0) - (b.key[j] ?? 0);
        if (d !== 0) return d;
      }
      return KIND_RANK.get(a.change.kind)! - KIND_RANK.get(b.change.kind)! || a.i - b.i;
    })
    .map((k) => k.change);
}

// ---------------------------------------------------------------- header and roadmap fields

const HEADER_FIELDS: HeaderField[] = ['authority', 'kind', 'date', 'number', 'place', 'title', 'signatory'];

function headerValue(order: Order | null, field: HeaderField): string | null {
  if (!order) return null;
  if (field === 'signatory') {
    const s = order.signatory;
    if (!s) return null;
    const parts = [s.position, s.name].filter((p): p is string => !!p && p.trim() !== '');
    return parts.length ? parts.join(', ') : null;
  }
  return order[field] ?? null;
}

export function headerChanges(before: Order | null, after: Order | null): Change[] {
  const out: Change[] = [];
  for (const field of HEADER_FIELDS) {
    const a = headerValue(before, field);
    const b = headerValue(after, field);
    if (sameText(a, b)) continue;
    out.push({
      kind: 'header-changed',
      field,
      old: { path: before ? `/order/${field}` : '/order' },
      new: { path: after ? `/order/${field}` : '/order' },
      before: a,
      after: b,
      // names and dates read better whole: "Е.А. Иванова" → "А.В. Петрова"
      ...wordsOf(a, b, field === 'title' || field === 'authority'),
    });
  }
  return out;
}

const ROADMAP_FIELDS: RoadmapField[] = ['title', 'planTitle', 'goal', 'period'];

function roadmapValue(r: Roadmap, field: RoadmapField): string | null {
  if (field === 'period') return r.period ? r.period.raw : null;
  return r[field] ?? null;
}

function roadmapFieldChanges(before: Roadmap, after: Roadmap, oldPath: string, newPath: string): Change[] {
  const out: Change[] = [];
  for (const field of ROADMAP_FIELDS) {
    const a = roadmapValue(before, field);
    const b = roadmapValue(after, field);
    if (sameText(a, b)) continue;
    out.push({
      kind: 'roadmap-changed',
      field,
      old: { path: `${oldPath}/${field}` },
      new: { path: `${newPath}/${field}` },
      before: a,
      after: b,
      ...wordsOf(a, b, field !== 'period'),
    });
  }
  return out;
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return a === b || collapseSpace(a ?? '') === collapseSpace(b ?? '');
}

function wordsOf(a: string | null, b: string | null, wanted: boolean): { words?: ReturnType<typeof wordDiff> } {
  return wanted && a !== null && b !== null ? { words: wordDiff(a, b) } : {};
}

function matchRoadmaps(before: Roadmap[], after: Roadmap[]): MatchPair[] {
  if (before.length === after.length) return before.map((_, i) => ({ old: i, new: i, similarity: 1, score: 1 }));
  const title = (r: Roadmap): string => r.title ?? r.planTitle ?? '';
  return matchEntries(
    before.map((r, i) => entryOf(title(r), null, i, before.length)),
    after.map((r, i) => entryOf(title(r), null, i, after.length)),
  );
}

// ---------------------------------------------------------------- one roadmap

interface RoadmapKeyed {
  change: Change;
  /** [place in the new document, place in the old one (for old-only things)]. */
  key: number[];
}

/** The changes inside one pair of matched roadmaps: sections and items. */
export function diffRoadmap(before: Roadmap, after: Roadmap, oldPath: string, newPath: string): RoadmapKeyed[] {
  const O = outline(before, oldPath);
  const N = outline(after, newPath);
  const { secNew, secOld, itemPairs } = matchOutlines(O, N);
  const itemNew = new Int32Array(O.items.length).fill(-1);
  const itemOld = new Int32Array(N.items.length).fill(-1);
  for (const p of itemPairs) {
    itemNew[p.old] = p.new;
    itemOld[p.new] = p.old;
  }
  const anchor = oldAnchors(O, N, secNew, itemNew);
  const out: RoadmapKeyed[] = [];
  const atNew = (order: number): number[] => [order, 0];
  const atOld = (order: number): number[] => [anchor[order]!, order];

  // sections
  const sameParent = (so: number, sn: number): boolean => {
    const op = O.sections[so]!.parent;
    const np = N.sections[sn]!.parent;
    return op === -1 ? np === -1 : secNew[op] === np;
  };
  const sectionPairs: Array<[number, number]> = [];
  secNew.forEach((sn, so) => sn >= 0 && sectionPairs.push([so, sn]));
  const sectionsOutOfOrder = outOfOrder(
    sectionPairs.filter(([so, sn]) => sameParent(so, sn)),
    ([, sn]) => N.sections[sn]!.parent,
    ([so]) => O.sections[so]!.sibling,
    ([, sn]) => N.sections[sn]!.sibling,
  );
  for (const [so, sn] of sectionPairs) {
    const a = O.sections[so]!;
    const b = N.sections[sn]!;
    const key = atNew(b.order);
    let moved = false;
    if (!sameParent(so, sn)) {
      out.push({ change: { kind: 'section-moved', old: a.ref, new: b.ref, reason: 'parent' }, key });
      moved = true;
    } else if (sectionsOutOfOrder.has(so)) {
      out.push({ change: { kind: 'section-moved', old: a.ref, new: b.ref, reason: 'order' }, key });
      moved = true;
    }
    if (!moved && !sameNumber(a.ref.number, b.ref.number)) out.push({ change: { kind: 'section-renumbered', old: a.ref, new: b.ref }, key });
    if (!sameText(a.ref.title, b.ref.title)) out.push({ change: { kind: 'section-renamed', old: a.ref, new: b.ref, words: wordDiff(a.ref.title, b.ref.title) }, key });
  }
  O.sections.forEach((s, so) => {
    if (secNew[so]! >= 0) return;
    const items = O.items.filter((it, i) => it.section === so && itemNew[i] === -1).map((it) => it.ref);
    out.push({ change: { kind: 'section-removed', old: s.ref, new: null, items }, key: atOld(s.order) });
  });
  N.sections.forEach((s, sn) => {
    if (secOld[sn]! >= 0) return;
    const items = N.items.filter((it, i) => it.section === sn && itemOld[i] === -1).map((it) => it.ref);
    out.push({ change: { kind: 'section-added', old: null, new: s.ref, items }, key: atNew(s.order) });
  });

  // items
  const sameSection = (o: number, n: number): boolean => {
    const os = O.items[o]!.section;
    const ns = N.items[n]!.section;
    return os === -1 ? ns === -1 : secNew[os] === ns;
  };
  const pairs: Array<[number, number]> = itemPairs.map((p) => [p.old, p.new]);
  const itemsOutOfOrder = outOfOrder(
    pairs.filter(([o, n]) => sameSection(o, n)),
    ([, n]) => N.items[n]!.section,
    ([o]) => O.items[o]!.sibling,
    ([, n]) => N.items[n]!.sibling,
  );
  for (const [o, n] of pairs) {
    const a = O.items[o]!;
    const b = N.items[n]!;
    const key = atNew(b.order);
    let moved = false;
    if (!sameSection(o, n)) {
      out.push({ change: { kind: 'item-moved', old: a.ref, new: b.ref, reason: 'section' }, key });
      moved = true;
    } else if (itemsOutOfOrder.has(o)) {
      out.push({ change: { kind: 'item-moved', old: a.ref, new: b.ref, reason: 'order' }, key });
      moved = true;
    }
    if (!moved && !sameNumber(a.ref.number, b.ref.number) && !renumberedWithSection(a.ref, b.ref)) {
      out.push({ change: { kind: 'item-renumbered', old: a.ref, new: b.ref }, key });
    }
    for (const change of itemFieldChanges(a.item, b.item, a.ref, b.ref)) out.push({ change, key });
  }
  O.items.forEach((it, o) => {
    if (itemNew[o]! >= 0) return;
    if (it.section >= 0 && secNew[it.section] === -1) return; // told with its section
    out.push({ change: { kind: 'item-removed', old: it.ref, new: null, deadline: deadlineValue(it.item.deadline), responsible: it.item.responsible.raw }, key: atOld(it.order) });
  });
  N.items.forEach((it, n) => {
    if (itemOld[n]! >= 0) return;
    if (it.section >= 0 && secOld[it.section] === -1) return;
    out.push({ change: { kind: 'item-added', old: null, new: it.ref, deadline: deadlineValue(it.item.deadline), responsible: it.item.responsible.raw }, key: atNew(it.order) });
  });
  return out;
}

/**
 * Which old section is which new one, and which old item is which new one:
 * 1. sections by title (and number), at the same depth;
 * 2. items by text and number, preferring items in sections matched in step 1;
 * 3. sections still unmatched, by the items they share: a section renamed beyond recognition
 *    is still the one that holds most of the same activities.
 * secNew[old section] = new section or -1; secOld the other way.
 */
export function matchOutlines(O: Outline, N: Outline): { secNew: Int32Array; secOld: Int32Array; itemPairs: MatchPair[] } {
  const secNew = new Int32Array(O.sections.length).fill(-1);
  const secOld = new Int32Array(N.sections.length).fill(-1);
  const depth = (o: Outline, i: number): number => {
    let d = 0;
    for (let p = o.sections[i]!.parent; p >= 0; p = o.sections[p]!.parent) d++;
    return d;
  };
  const sectionPairs = matchEntries(
    O.sections.map((s, i) => entryOf(s.section.title, s.section.number, i, O.sections.length)),
    N.sections.map((s, i) => entryOf(s.section.title, s.section.number, i, N.sections.length)),
    { sameContext: (o, n) => depth(O, o) === depth(N, n) },
  );
  for (const p of sectionPairs) {
    secNew[p.old] = p.new;
    secOld[p.new] = p.old;
  }

  const itemText = (it: Item): string => (it.list?.length ? `${it.text} ${it.list.join(' ')}` : it.text);
  const read = cachedAnalyzer();
  // the deadline and the parties as compared for the bonus, normalized once per item
  const sideKeys = (o: Outline): Array<[string, string]> => o.items.map((it) => [collapseSpace(it.item.deadline.raw), collapseSpace(it.item.responsible.raw)]);
  const oldKeys = sideKeys(O);
  const newKeys = sideKeys(N);
  const itemPairs = matchEntries(
    O.items.map((it, i) => entryOf(itemText(it.item), it.item.number, i, O.items.length, read)),
    N.items.map((it, i) => entryOf(itemText(it.item), it.item.number, i, N.items.length, read)),
    {
      sameContext: (o, n) => {
        const os = O.items[o]!.section;
        const ns = N.items[n]!.section;
        return os === -1 ? ns === -1 : secNew[os] === ns;
      },
      bonus: (o, n) => {
        const [ad, ar] = oldKeys[o]!;
        const [bd, br] = newKeys[n]!;
        return (ad === bd ? 0.05 : 0) + (ar === br ? 0.05 : 0);
      },
    },
  );

  // sections left over, by shared items
  const shared = new Map<string, { o: number; n: number; count: number }>();
  for (const p of itemPairs) {
    const os = O.items[p.old]!.section;
    const ns = N.items[p.new]!.section;
    if (os < 0 || ns < 0 || secNew[os] !== -1 || secOld[ns] !== -1) continue;
    const k = `${os}:${ns}`;
    const s = shared.get(k);
    if (s) s.count++;
    else shared.set(k, { o: os, n: ns, count: 1 });
  }
  const size = (o: Outline, s: number): number => o.sections[s]!.section.items.length;
  const candidates = [...shared.values()]
    .filter((s) => s.count * 2 >= Math.max(size(O, s.o), size(N, s.n)))
    .sort((a, b) => b.count - a.count || a.o - b.o || a.n - b.n);
  for (const c of candidates) {
    if (secNew[c.o] !== -1 || secOld[c.n] !== -1) continue;
    secNew[c.o] = c.n;
    secOld[c.n] = c.o;
  }
  return { secNew, secOld, itemPairs };
}

/**
 * For each old node (by document order), where it would stand in the new document: just after
 * the nearest matched node before it. Old-only things are sorted by this.
 */
function oldAnchors(O: Outline, N: Outline, secNew: Int32Array, itemNew: Int32Array): Float64Array {
  const total = O.sections.length + O.items.length;
  const target = new Float64Array(total).fill(NaN);
  O.sections.forEach((s, i) => {
    const n = secNew[i]!;
    if (n >= 0) target[s.order] = N.sections[n]!.order;
  });
  O.items.forEach((it, i) => {
    const n = itemNew[i]!;
    if (n >= 0) target[it.order] = N.items[n]!.order;
  });
  const anchor = new Float64Array(total);
  let last = -0.5;
  for (let k = 0; k < total; k++) {
    if (!Number.isNaN(target[k]!)) {
      last = target[k]!;
      anchor[k] = last;
    } else {
      anchor[k] = last + 0.5;
    }
  }
  return anchor;
}

/**
 * Pairs that stand in the same container on both sides but not in the same order: within each
 * container, the pairs outside a longest run that keeps the old order (the fewest moves that
 * explain the new order). Returns the old indices.
 */
function outOfOrder<T extends [number, number]>(
  pairs: T[],
  container: (p: T) => number,
  oldPlace: (p: T) => number,
  newPlace: (p: T) => number,
): Set<number> {
  const groups = new Map<number, T[]>();
  for (const p of pairs) {
    const c = container(p);
    let g = groups.get(c);
    if (!g) groups.set(c, (g = []));
    g.push(p);
  }
  const out = new Set<number>();
  for (const g of groups.values()) {
    g.sort((a, b) => newPlace(a) - newPlace(b));
    const keep = longestIncreasing(g.map(oldPlace));
    g.forEach((p, i) => !keep.has(i) && out.add(p[0]));
  }
  return out;
}

/** Indices of a longest strictly increasing subsequence (O(n log n)). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of a run of each length
  const prev = new Int32Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

function sameNumber(a: string | null, b: string | null): boolean {
  return (a ?? '').trim() === (b ?? '').trim();
}

/** "2.3" → "3.3" when its section went from "2" to "3": the section's renumbering says it already. */
function renumberedWithSection(a: ItemRef, b: ItemRef): boolean {
  if (a.number === null || b.number === null || a.sectionNumber === null || b.sectionNumber === null) return false;
  const as = a.sectionNumber.trim().replace(/\.$/, '');
  const bs = b.sectionNumber.trim().replace(/\.$/, '');
  if (as === bs || !a.number.startsWith(`${as}.`) || !b.number.startsWith(`${bs}.`)) return false;
  return a.number.slice(as.length) === b.number.slice(bs.length);
}

// ---------------------------------------------------------------- one item

export function deadlineValue(d: Deadline): DeadlineValue {
  return { raw: d.raw, kind: d.kind, start: d.start, end: d.end };
}

/** What changed in a matched item other than its place: text, list, deadline, responsible, result, extra columns. */
export function itemFieldChanges(a: Item, b: Item, oldRef: ItemRef, newRef: ItemRef): Change[] {
  const out: Change[] = [];
  const ref = { old: oldRef, new: newRef };
  if (!sameText(a.text, b.text)) out.push({ kind: 'item-reworded', ...ref, words: wordDiff(a.text, b.text) });

  const la = (a.list ?? []).map(collapseSpace);
  const lb = (b.list ?? []).map(collapseSpace);
  if (la.join('\n') !== lb.join('\n')) {
    out.push({ kind: 'list-changed', ...ref, before: a.list ?? [], after: b.list ?? [], removed: minus(la, lb), added: minus(lb, la) });
  }

  if (!sameText(a.deadline.raw, b.deadline.raw) || a.deadline.start !== b.deadline.start || a.deadline.end !== b.deadline.end) {
    const da = deadlineValue(a.deadline);
    const db = deadlineValue(b.deadline);
    out.push({ kind: 'deadline-changed', ...ref, before: da, after: db, shift: deadlineShift(da, db) });
  }

  if (a.responsible.raw !== b.responsible.raw || !sameParties(a.responsible.parties, b.responsible.parties)) {
    const pa = a.responsible.parties.map((p) => p.name);
    const pb = b.responsible.parties.map((p) => p.name);
    const removed = minusBy(pa, pb, partyKey);
    const added = minusBy(pb, pa, partyKey);
    const rawOnly = pa.length === 0 && pb.length === 0 && !sameText(a.responsible.raw, b.responsible.raw);
    if (removed.length || added.length || rawOnly) {
      out.push({ kind: 'responsible-changed', ...ref, before: a.responsible.raw, after: b.responsible.raw, added, removed });
    }
  }

  if (!sameText(a.result, b.result)) {
    out.push({ kind: 'result-changed', ...ref, before: a.result, after: b.result, ...wordsOf(a.result, b.result, true) });
  }

  const columns = [...new Set([...Object.keys(a.extra ?? {}), ...Object.keys(b.extra ?? {})])];
  for (const column of columns) {
    const x = a.extra?.[column] ?? null;
    const y = b.extra?.[column] ?? null;
    if (!sameText(x, y)) out.push({ kind: 'extra-changed', ...ref, column, before: x, after: y });
  }
  return out;
}

function sameParties(a: readonly { name: string }[], b: readonly { name: string }[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]!.name);
}

function partyKey(name: string): string {
  return collapseSpace(name).toLowerCase().replace(/ё/g, 'е');
}

/** The entries of `a` not in `b`, counting repeats. */
function minus(a: string[], b: string[]): string[] {
  return minusBy(a, b, (s) => s);
}

function minusBy(a: string[], b: string[], key: (s: string) => string): string[] {
  const left = new Map<string, number>();
  for (const s of b) left.set(key(s), (left.get(key(s)) ?? 0) + 1);
  const out: string[] = [];
  for (const s of a) {
    const n = left.get(key(s)) ?? 0;
    if (n > 0) left.set(key(s), n - 1);
    else out.push(s);
  }
  return out;
}
