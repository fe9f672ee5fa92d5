import type { Item, RoadmapDocument } from '../../src/model/roadmap.js';
import { allItems } from '../../src/model/walk.js';

/**
 * The facts a reader of a roadmap needs, taken from a golden roadmap and looked for in
 * another one (a scan of the same order, read by OCR): the header's date and number,
 * how many activities there are, and for each activity its number, its deadline and who
 * is responsible. The share found is what an OCR'd order is worth.
 */
export interface FactScore {
  total: number;
  found: number;
  /** What was not found, one line each (for the test's message). */
  missed: string[];
}

export function scoreFacts(golden: RoadmapDocument, got: RoadmapDocument | null): FactScore {
  const missed: string[] = [];
  let total = 0;
  let found = 0;
  const fact = (ok: boolean, what: string): void => {
    total++;
    if (ok) found++;
    else missed.push(what);
  };
  // the header: the order's date and number, or the date of the plan's own approval stamp
  if (golden.order) {
    fact(got?.order?.date === golden.order.date, `order date ${golden.order.date} (got ${got?.order?.date ?? 'none'})`);
    fact(got?.order?.number === golden.order.number, `order number ${golden.order.number} (got ${got?.order?.number ?? 'none'})`);
  } else if (golden.approval) {
    fact(got?.approval?.date === golden.approval.date, `approval date ${golden.approval.date} (got ${got?.approval?.date ?? 'none'})`);
  }
  const want = golden.roadmaps.flatMap((r) => allItems(r));
  const have = got ? got.roadmaps.flatMap((r) => allItems(r)) : [];
  fact(want.length === have.length, `${want.length} activities (got ${have.length})`);
  // each golden activity is matched to the one with its number (in order, for repeated or missing numbers)
  const used = new Set<Item>();
  want.forEach((w, i) => {
    const h = have.find((x) => !used.has(x) && w.number !== null && x.number === w.number) ?? (have[i] && !used.has(have[i]!) && (w.number === null || have[i]!.number === null) ? have[i] : undefined);
    if (h) used.add(h);
    const name = `item ${w.number ?? `#${i + 1}`}`;
    if (w.number !== null) fact(h?.number === w.number, `${name}: number`);
    fact(!!h && sameDeadline(w, h), `${name}: deadline "${w.deadline.raw}" (got "${h?.deadline.raw ?? '—'}")`);
    fact(!!h && similar(w.responsible.raw ?? '', h.responsible.raw ?? '') >= 0.9, `${name}: responsible "${w.responsible.raw}" (got "${h?.responsible.raw ?? '—'}")`);
  });
  return { total, found, missed };
}

/** The same dates; or, for a deadline with none (a recurring one), nearly the same words. */
function sameDeadline(a: Item, b: Item): boolean {
  const [da, db] = [a.deadline, b.deadline];
  if (da.start || da.end) return da.start === db.start && da.end === db.end;
  return da.kind === db.kind && similar(da.raw, db.raw) >= 0.9;
}

/** 1 − edit distance / length, on the text with case, spaces and punctuation set aside. */
export function similar(a: string, b: string): number {
  const norm = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
  const x = norm(a);
  const y = norm(b);
  if (x === y) return 1;
  const n = Math.max(x.length, y.length);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return 1 - prev[y.length]! / n;
}
