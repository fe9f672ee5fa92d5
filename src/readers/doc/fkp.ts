import { Bytes, DocFormatError } from './bytes.js';

/**
 * Direct formatting by file offset ([MS-DOC] 2.8.6 PlcBtePapx, 2.8.7 PlcBteChpx, 2.9.71
 * PapxFkp, 2.9.33 ChpxFkp). A bin table maps ranges of FCs to 512-byte formatted disk
 * pages in the WordDocument stream; each page maps smaller ranges to property lists.
 * Looking an FC up gives the properties of the paragraph (or run) that holds it and
 * the FC where that paragraph (or run) ends.
 */

export interface FkpRun {
  /** First FC after the run. */
  fcEnd: number;
  /** Paragraphs: the style index (istd); characters: 0. */
  istd: number;
  grpprl: Uint8Array;
}

const PAGE = 512;
const EMPTY: Uint8Array = new Uint8Array(0);

export class BinTable {
  private readonly fcs: number[] = [];
  private readonly pns: number[] = [];
  private readonly pages = new Map<number, { fcs: number[]; offsets: number[]; page: Bytes; runs: (FkpRun | undefined)[]; shared: Map<number, { istd: number; grpprl: Uint8Array }> }>();

  constructor(
    table: Bytes,
    fc: number,
    lcb: number,
    private readonly word: Bytes,
    private readonly kind: 'papx' | 'chpx',
  ) {
    if (lcb === 0) return;
    if (lcb < 4 || (lcb - 4) % 8 !== 0) throw new DocFormatError(`the ${kind === 'papx' ? 'paragraph' : 'character'} property bin table has an impossible size (${lcb} bytes)`);
    const n = (lcb - 4) / 8;
    const plc = table.sub(fc, lcb);
    for (let i = 0; i <= n; i++) this.fcs.push(plc.u32(i * 4));
    for (let i = 0; i < n; i++) this.pns.push(plc.u32((n + 1) * 4 + i * 4) & 0x3fffff);
  }

  /** The run holding byte `fc` of the WordDocument stream, or null when no page covers it. */
  lookup(fc: number): FkpRun | null {
    const i = lastAtOrBelow(this.fcs, fc);
    if (i < 0 || i >= this.pns.length || fc >= this.fcs[i + 1]!) return null;
    const page = this.page(this.pns[i]!);
    const j = lastAtOrBelow(page.fcs, fc);
    if (j < 0 || j >= page.offsets.length || fc >= page.fcs[j + 1]!) return null;
    // The same run object for the same entry, so that callers can keep what they make of it.
    const known = page.runs[j];
    if (known) return known;
    const run = this.readRun(page, j);
    page.runs[j] = run;
    return run;
  }

  private readRun(page: { fcs: number[]; offsets: number[]; page: Bytes; shared: Map<number, { istd: number; grpprl: Uint8Array }> }, j: number): FkpRun {
    const fcEnd = page.fcs[j + 1]!;
    const at = page.offsets[j]!;
    if (at === 0) return { fcEnd, istd: 0, grpprl: EMPTY };
    if (this.kind === 'chpx') {
      const cb = page.page.u8(at);
      return { fcEnd, istd: 0, grpprl: page.page.slice(at + 1, cb) };
    }
    // PapxInFkp: a count of 2-byte words (cb, or cb' when cb is 0), then istd and the grpprl.
    const cb = page.page.u8(at);
    const size = cb === 0 ? 2 * page.page.u8(at + 1) : 2 * cb - 1;
    const start = cb === 0 ? at + 2 : at + 1;
    if (size < 2) return { fcEnd, istd: 0, grpprl: EMPTY };
    // Paragraphs with the same properties share one PapxInFkp: they get the same grpprl object.
    let shared = page.shared.get(at);
    if (!shared) {
      const bytes = page.page.slice(start, size);
      shared = { istd: bytes[0]! | (bytes[1]! << 8), grpprl: bytes.subarray(2) };
      page.shared.set(at, shared);
    }
    return { fcEnd, istd: shared.istd, grpprl: shared.grpprl };
  }

  private page(pn: number): { fcs: number[]; offsets: number[]; page: Bytes; runs: (FkpRun | undefined)[]; shared: Map<number, { istd: number; grpprl: Uint8Array }> } {
    let p = this.pages.get(pn);
    if (p) return p;
    const page = this.word.sub(pn * PAGE, PAGE, `WordDocument (formatting page ${pn})`);
    const crun = page.u8(PAGE - 1);
    const fcs: number[] = [];
    const offsets: number[] = [];
    for (let i = 0; i <= crun; i++) fcs.push(page.u32(i * 4));
    const base = (crun + 1) * 4;
    // Papx pages give 13-byte BxPap entries (an offset byte and a reserved PHE), Chpx pages one byte each.
    for (let i = 0; i < crun; i++) offsets.push(page.u8(base + i * (this.kind === 'papx' ? 13 : 1)) * 2);
    p = { fcs, offsets, page, runs: [], shared: new Map() };
    this.pages.set(pn, p);
    return p;
  }
}

/** Index of the last element ≤ x in a sorted array, or -1. */
function lastAtOrBelow(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
