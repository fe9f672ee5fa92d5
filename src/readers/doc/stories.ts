import { type Bytes, DocFormatError } from './bytes.js';
import type { Fib } from './fib.js';

/**
 * The documents ("stories") of a .doc in character-position (CP) order ([MS-DOC] 2.3
 * Document Parts): the main document, then the footnotes, headers and footers, comments
 * (annotations), endnotes, text boxes and text boxes in headers, each as long as the FIB
 * says; when any but the main one has text, one more paragraph mark ends them all. Only
 * the main document is the body; the others are read (notes, text boxes) or reported.
 */

export interface CpRange {
  start: number;
  end: number;
}

export interface Stories {
  main: CpRange;
  footnotes: CpRange;
  headers: CpRange;
  comments: CpRange;
  endnotes: CpRange;
  textboxes: CpRange;
  headerTextboxes: CpRange;
  /** The CP after the last story (and its final paragraph mark). */
  end: number;
}

export function storyRanges(fib: Fib): Stories {
  const lengths = [fib.ccpText, fib.ccpFtn, fib.ccpHdd, fib.ccpAtn, fib.ccpEdn, fib.ccpTxbx, fib.ccpHdrTxbx];
  if (lengths.some((n) => n < 0)) throw new DocFormatError('the file information block gives a negative length for a part of the text');
  let at = 0;
  const [main, footnotes, headers, comments, endnotes, textboxes, headerTextboxes] = lengths.map((n) => {
    const r = { start: at, end: at + n };
    at += n;
    return r;
  }) as [CpRange, CpRange, CpRange, CpRange, CpRange, CpRange, CpRange];
  return { main, footnotes, headers, comments, endnotes, textboxes, headerTextboxes, end: at > fib.ccpText ? at + 1 : at };
}

/** A PLC ([MS-DOC] 2.2.2): n + 1 CPs and n data elements of `size` bytes each. */
export interface Plc {
  cps: number[];
  data: Uint8Array[];
}

export function readPlc(table: Bytes, where: { fc: number; lcb: number }, size: number, what: string): Plc {
  if (where.lcb === 0) return { cps: [], data: [] };
  if (where.lcb < 4 || (where.lcb - 4) % (4 + size) !== 0) throw new DocFormatError(`the ${what} table has an impossible size (${where.lcb} bytes)`);
  const plc = table.sub(where.fc, where.lcb, `${table.name} (${what})`);
  const n = (where.lcb - 4) / (4 + size);
  const cps: number[] = [];
  for (let i = 0; i <= n; i++) cps.push(plc.u32(i * 4));
  const data: Uint8Array[] = [];
  for (let i = 0; i < n; i++) data.push(plc.slice((n + 1) * 4 + i * size, size));
  return { cps, data };
}

/** Size of an FSPA, the anchor of a drawn object (spid first), and of an FTXBXS, a text box's entry. */
const FSPA_SIZE = 26;
const FTXBXS_SIZE = 22;

/**
 * Text boxes by the CP of their anchor in the main document ([MS-DOC] 2.3.6 Textboxes,
 * 2.9.106 FTXBXS): each text box's entry names the drawn object (lid) that shows it; the
 * object's anchor (PlcSpaMom: CP and spid) is where it stands in the text. Entries kept
 * for reuse (fReusable, and always the last) are no text boxes. The ranges are in the
 * document's CPs.
 */
export function textboxAnchors(table: Bytes, fib: Fib, stories: Stories): Map<number, CpRange> {
  const out = new Map<number, CpRange>();
  if (fib.ccpTxbx === 0) return out;
  const boxes = readPlc(table, fib.fcLcb.plcftxbxTxt, FTXBXS_SIZE, 'text box');
  const anchors = readPlc(table, fib.fcLcb.plcSpaMom, FSPA_SIZE, 'drawn object');
  const anchorBySpid = new Map<number, number>();
  anchors.data.forEach((spa, i) => anchorBySpid.set(u32(spa, 0), anchors.cps[i]!));
  const base = stories.textboxes.start;
  // Each box after the one before: a damaged table cannot have the same text read many times.
  let after = base;
  boxes.data.forEach((ftxbxs, i) => {
    const reusable = (ftxbxs[8]! | (ftxbxs[9]! << 8)) !== 0 || i === boxes.data.length - 1;
    const anchor = anchorBySpid.get(u32(ftxbxs, 14));
    if (reusable || anchor === undefined) return;
    const start = base + boxes.cps[i]!;
    const end = Math.min(base + boxes.cps[i + 1]!, stories.textboxes.end);
    if (start < after || start >= end) return;
    out.set(anchor, { start, end });
    after = end;
  });
  return out;
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
