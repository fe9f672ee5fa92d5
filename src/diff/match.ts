import { analyze, dice, diceBound, type Analyzed, type Bag } from './text.js';

/**
 * Matching by identity: which old thing is which new thing, when numbers change, texts are
 * reworded and things move. Items and sections are matched by the same function.
 */
export interface MatchEntry {
  /** The exact-text key (textKey): equal keys are the same words. */
  key: string;
  bag: Bag;
  number: string | null;
  /** 0..1: where it stands in its document, for preferring the nearer of two equal candidates. */
  place: number;
}

export function entryOf(text: string, number: string | null, index: number, count: number, read: (text: string) => Analyzed = analyze): MatchEntry {
  const { key, bag } = read(text);
  return { key, bag, number: number === null ? null : number.trim(), place: count > 1 ? index / (count - 1) : 0 };
}

export interface MatchOptions {
  /** Whether the two stand in corresponding places (sections that match each other). Default: yes. */
  sameContext?: (oldIndex: number, newIndex: number) => boolean;
  /** A small bonus (at most 0.1) for other fields that agree, to choose among near-equal candidates. */
  bonus?: (oldIndex: number, newIndex: number) => number;
}

export interface MatchPair {
  old: number;
  new: number;
  /** Text similarity, 0..1 (1 for the same words). */
  similarity: number;
  score: number;
}

/** The same number counts for as much as a fifth of the words. */
export const NUMBER_WEIGHT = 0.2;
export const CONTEXT_WEIGHT = 0.1;
/** Below this text similarity two things are different things… */
export const MIN_SIMILARITY = 0.5;
/** …unless they have the same number in corresponding places, when this much will do. */
export const MIN_SIMILARITY_SAME_PLACE = 0.25;
/** Candidates are found through this many of an entry's rarest stems… */
export const RARE_STEMS = 4;
/** …reading at most this many entries per stem, those nearest to the old entry's place. */
export const MAX_POSTINGS = 200;
/** A bucket of identical texts larger than this (both sides multiplied) is paired in order. */
const MAX_BUCKET_PRODUCT = 4096;

/**
 * The score of a candidate pair: text similarity, plus a bonus for the same number and for
 * corresponding places, minus a hair for distance (so that of two identical candidates the
 * nearer wins). Null when the pair is not acceptable at all.
 */
export function pairScore(
  similarity: number,
  sameNumber: boolean,
  sameContext: boolean,
  bonus = 0,
  distance = 0,
): number | null {
  const acceptable = similarity >= MIN_SIMILARITY || (similarity >= MIN_SIMILARITY_SAME_PLACE && sameNumber && sameContext);
  if (!acceptable) return null;
  return similarity + (sameNumber ? NUMBER_WEIGHT : 0) + (sameContext ? CONTEXT_WEIGHT : 0) + Math.min(bonus, 0.1) - distance * 0.01;
}

/**
 * Pairs old entries with new ones, each at most once:
 * 1. identical texts (textKey) are paired first, within each bucket by best score;
 * 2. the rest: candidates are the new entries that share one of an old entry's rarest stems,
 *    or its number; each is scored (pairScore) and the best pairs are taken greedily.
 * Cost: about n·RARE_STEMS·(posting length) scores, never all n² pairs.
 * Result sorted by old index.
 */
export function matchEntries(olds: readonly MatchEntry[], news: readonly MatchEntry[], opts: MatchOptions = {}): MatchPair[] {
  const sameContext = opts.sameContext ?? (() => true);
  const bonus = opts.bonus ?? (() => 0);
  const oldTaken = new Uint8Array(olds.length);
  const newTaken = new Uint8Array(news.length);
  const pairs: MatchPair[] = [];
  const take = (candidates: MatchPair[]): void => {
    candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
    for (const c of candidates) {
      if (oldTaken[c.old] || newTaken[c.new]) continue;
      oldTaken[c.old] = 1;
      newTaken[c.new] = 1;
      pairs.push(c);
    }
  };
  const score = (o: number, n: number, similarity: number): MatchPair | null => {
    const a = olds[o]!;
    const b = news[n]!;
    const sameNumber = a.number !== null && a.number === b.number;
    // the cheap refusals first: most candidates end here
    if (similarity < MIN_SIMILARITY_SAME_PLACE || (similarity < MIN_SIMILARITY && !sameNumber)) return null;
    const s = pairScore(similarity, sameNumber, sameContext(o, n), bonus(o, n), Math.abs(a.place - b.place));
    return s === null ? null : { old: o, new: n, similarity, score: s };
  };

  // 1. identical texts
  const buckets = new Map<string, { olds: number[]; news: number[] }>();
  olds.forEach((e, i) => {
    let b = buckets.get(e.key);
    if (!b) buckets.set(e.key, (b = { olds: [], news: [] }));
    b.olds.push(i);
  });
  news.forEach((e, i) => buckets.get(e.key)?.news.push(i));
  for (const b of buckets.values()) {
    if (b.news.length === 0) continue;
    if (b.olds.length * b.news.length > MAX_BUCKET_PRODUCT) {
      const k = Math.min(b.olds.length, b.news.length);
      take(Array.from({ length: k }, (_, i) => ({ old: b.olds[i]!, new: b.news[i]!, similarity: 1, score: 1 })));
      continue;
    }
    const candidates: MatchPair[] = [];
    for (const o of b.olds) for (const n of b.news) candidates.push(score(o, n, 1)!);
    take(candidates);
  }

  // 2. the rest, through rare stems and numbers
  const restOld: number[] = [];
  const restNew: number[] = [];
  olds.forEach((_, i) => !oldTaken[i] && restOld.push(i));
  news.forEach((_, i) => !newTaken[i] && restNew.push(i));
  if (restOld.length > 0 && restNew.length > 0) {
    const df = new Map<number, number>();
    const postings = new Map<number, number[]>();
    const byNumber = new Map<string, number[]>();
    for (const o of restOld) for (const id of olds[o]!.bag.ids) df.set(id, (df.get(id) ?? 0) + 1);
    for (const n of restNew) {
      const e = news[n]!;
      for (const id of e.bag.ids) {
        df.set(id, (df.get(id) ?? 0) + 1);
        let list = postings.get(id);
        if (!list) postings.set(id, (list = []));
        list.push(n);
      }
      if (e.number !== null) {
        let list = byNumber.get(e.number);
        if (!list) byNumber.set(e.number, (list = []));
        list.push(n);
      }
    }
    const seen = new Int32Array(news.length).fill(-1);
    const candidates: MatchPair[] = [];
    for (const o of restOld) {
      const e = olds[o]!;
      const consider = (n: number): void => {
        if (seen[n] === o) return;
        seen[n] = o;
        const b = news[n]!;
        // skip what could not pass even if every word of the shorter text were in the longer
        const bound = diceBound(e.bag, b.bag);
        if (bound < MIN_SIMILARITY_SAME_PLACE || (bound < MIN_SIMILARITY && e.number !== b.number)) return;
        const c = score(o, n, dice(e.bag, b.bag));
        if (c) candidates.push(c);
      };
      const rare = [...e.bag.ids].filter((id) => postings.has(id)).sort((x, y) => df.get(x)! - df.get(y)! || x - y);
      // the entries of a long posting list read are those nearest to where the old entry stands
      const near = e.place * (news.length - 1);
      for (const id of rare.slice(0, RARE_STEMS)) {
        const list = postings.get(id)!;
        let from = 0;
        if (list.length > MAX_POSTINGS) {
          from = Math.min(Math.max(0, lowerBound(list, near) - MAX_POSTINGS / 2), list.length - MAX_POSTINGS);
        }
        const to = Math.min(list.length, from + MAX_POSTINGS);
        for (let k = from; k < to; k++) consider(list[k]!);
      }
      if (e.number !== null) for (const n of byNumber.get(e.number) ?? []) consider(n);
    }
    take(candidates);
  }
  return pairs.sort((a, b) => a.old - b.old);
}

/** The first index of an ascending list whose value is at least `v`. */
function lowerBound(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
