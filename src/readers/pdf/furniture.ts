import { isPageNumber } from '../page-number.js';
import type { Line } from './lines.js';

/** Each number in the lines is the same on every page, or the page number plus the same offset ("стр. 3 из 12"). */
function numbersFollowPages(lines: { page: number; text: string }[]): boolean {
  const nums = lines.map((l) => (l.text.match(/\d+/g) ?? []).map(Number));
  const n = nums[0]?.length ?? 0;
  if (nums.some((a) => a.length !== n)) return false;
  for (let k = 0; k < n; k++) {
    const same = new Set(nums.map((a) => a[k]));
    const offset = new Set(nums.map((a, i) => a[k]! - lines[i]!.page));
    if (same.size > 1 && offset.size > 1) return false;
  }
  return true;
}


/** How a header or footer line reads with its numbers blotted out, to be compared between pages. */
function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
  /** Top of the first table on the page and bottom of the last (headers and footers lie outside). */
  tableTop: number;
  tableBottom: number;
}

/**
 * Page headers, footers and page numbers: lines in the top or bottom band of a page,
 * outside any table, that are a page number or that repeat (numbers aside) on other
 * pages near the same place. Returns the lines to drop.
 */
export function findFurniture(pages: PageLines[]): Set<Line> {
  const drop = new Set<Line>();
  const band = (p: PageLines): { head: Line[]; foot: Line[] } => {
    const sorted = [...p.lines].sort((a, b) => a.top - b.top);
    const head = sorted.filter((l) => l.bottom < p.height * 0.15 && l.bottom <= p.tableTop + 1).slice(0, 3);
    const foot = sorted.filter((l) => l.top > p.height * 0.85 && l.top >= p.tableBottom - 1).slice(-3);
    return { head, foot };
  };
  const bands = pages.map((p) => ({ p, ...band(p) }));
  const groups = (where: 'head' | 'foot'): Map<string, { page: number; line: Line }[]> => {
    const m = new Map<string, { page: number; line: Line }[]>();
    for (const b of bands) {
      for (const l of b[where]) {
        const s = shape(l.text);
        if (!m.has(s)) m.set(s, []);
        m.get(s)!.push({ page: b.p.page, line: l });
      }
    }
    return m;
  };
  // running on at least half of the pages (and two), at one height, any number in it following the page number
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  // where each page's text begins and ends: the body's area on pages without the line
  const firstTop = new Map(pages.map((p) => [p.page, Math.min(...p.lines.map((l) => l.top))]));
  const lastBottom = new Map(pages.map((p) => [p.page, Math.max(...p.lines.map((l) => l.bottom))]));
  for (const where of ['head', 'foot'] as const) {
    for (const members of groups(where).values()) {
      const pagesSeen = new Set(members.map((m) => m.page));
      if (pagesSeen.size < needed) continue;
      const tops = members.map((m) => m.line.top).sort((a, b) => a - b);
      const mid = tops[Math.floor(tops.length / 2)]!;
      const bottoms = members.map((m) => m.line.bottom).sort((a, b) => a - b);
      const midBottom = bottoms[Math.floor(bottoms.length / 2)]!;
      if (!numbersFollowPages(members.map((m) => ({ page: m.page, text: m.line.text })))) continue;
      // A header stands in the margin, above where the body begins on the pages without it; a
      // line at that height is body text that happens to open several pages ("Приложение 2 /
      // к приказу … от …" heading each appendix after a page break). Likewise for footers.
      const others = pages.filter((p) => !pagesSeen.has(p.page) && p.lines.length > 0);
      const inBody = others.some((p) => (where === 'head' ? firstTop.get(p.page)! <= mid + 2 : lastBottom.get(p.page)! >= midBottom - 2));
      if (inBody) continue;
      for (const m of members) if (Math.abs(m.line.top - mid) < 12) drop.add(m.line);
    }
  }
  for (const b of bands) {
    // a lone number at the outer edge of the band is a page number, even on a one-page document
    const first = b.head[0];
    const last = b.foot[b.foot.length - 1];
    if (first && isPageNumber(first.text)) drop.add(first);
    if (last && isPageNumber(last.text)) drop.add(last);
  }
  return drop;
}
