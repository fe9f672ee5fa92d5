import { Bytes, DocFormatError } from './bytes.js';

/**
 * The File Information Block at the start of the WordDocument stream ([MS-DOC] 2.5.1):
 * which table stream to use, whether the file is encrypted, how long the main text is,
 * and where the structures this reader needs sit in the table stream.
 *
 *   FibBase (32 bytes) · csw + FibRgW97 · cslw + FibRgLw97 · cbRgFcLcb + FibRgFcLcb (fc/lcb pairs)
 */

/** Word 97's nFib; Word 6 and Word 95 wrote smaller values and another layout. */
export const NFIB_WORD97 = 0x00c1;
const WIDENT_WORD8 = 0xa5ec;

/** Indices of the fc/lcb pairs read, in FibRgFcLcb97 order. */
const FC_LCB = {
  stshf: 1,
  plcffndRef: 2,
  plcffndTxt: 3,
  plcfandRef: 4,
  plcfandTxt: 5,
  plcfBteChpx: 12,
  plcfBtePapx: 13,
  plcfFldMom: 16,
  clx: 33,
  plcSpaMom: 40,
  plcfendRef: 46,
  plcfendTxt: 47,
  plcftxbxTxt: 56,
  plfLst: 73,
  plfLfo: 74,
} as const;

export type FcLcbName = keyof typeof FC_LCB;

export interface Fib {
  wIdent: number;
  nFib: number;
  /** Language of the document (a LID: 0x0419 Russian). */
  lid: number;
  /** East Asian language, from FibRgW97. */
  lidFE: number;
  encrypted: boolean;
  /** XOR obfuscation (an old form of password protection). */
  obfuscated: boolean;
  tableStream: '0Table' | '1Table';
  /** Characters in the main document; footnotes, headers, comments and text boxes follow it. */
  ccpText: number;
  ccpFtn: number;
  /** Headers and footers, comments (annotations), endnotes, text boxes, text boxes in headers: in this order after the footnotes. */
  ccpHdd: number;
  ccpAtn: number;
  ccpEdn: number;
  ccpTxbx: number;
  ccpHdrTxbx: number;
  fcLcb: Record<FcLcbName, { fc: number; lcb: number }>;
}

export interface FibVersionProblem {
  kind: 'not-word' | 'word6' | 'encrypted';
}

export function readFib(stream: Bytes): Fib {
  if (stream.length < 32 + 2) throw new DocFormatError(`the WordDocument stream is too short for a file information block (${stream.length} bytes)`);
  const wIdent = stream.u16(0);
  const nFib = stream.u16(2);
  const lid = stream.u16(6);
  const flags = stream.u16(0x0a);
  const fib: Fib = {
    wIdent,
    nFib,
    lid,
    lidFE: 0,
    encrypted: (flags & 0x0100) !== 0,
    obfuscated: (flags & 0x8000) !== 0,
    tableStream: (flags & 0x0200) !== 0 ? '1Table' : '0Table',
    ccpText: 0,
    ccpFtn: 0,
    ccpHdd: 0,
    ccpAtn: 0,
    ccpEdn: 0,
    ccpTxbx: 0,
    ccpHdrTxbx: 0,
    fcLcb: Object.fromEntries(Object.keys(FC_LCB).map((k) => [k, { fc: 0, lcb: 0 }])) as Fib['fcLcb'],
  };
  if (wIdent !== WIDENT_WORD8 || nFib < NFIB_WORD97 || fib.encrypted) return fib; // the caller refuses these

  // The variable parts: each is preceded by its count; a part shorter than Word 97's is
  // read as far as it goes (the rest stays 0), as the specification asks.
  let at = 0x20;
  const csw = stream.u16(at);
  at += 2;
  if (csw >= 14) fib.lidFE = stream.u16(at + 13 * 2);
  at += csw * 2;
  const cslw = stream.u16(at);
  at += 2;
  const lw = (i: number): number => (i < cslw ? stream.i32(at + i * 4) : 0);
  fib.ccpText = lw(3);
  fib.ccpFtn = lw(4);
  fib.ccpHdd = lw(5);
  fib.ccpAtn = lw(7);
  fib.ccpEdn = lw(8);
  fib.ccpTxbx = lw(9);
  fib.ccpHdrTxbx = lw(10);
  at += cslw * 4;
  const cbRgFcLcb = stream.u16(at);
  at += 2;
  for (const [name, index] of Object.entries(FC_LCB) as [FcLcbName, number][]) {
    if (index < cbRgFcLcb) fib.fcLcb[name] = { fc: stream.u32(at + index * 8), lcb: stream.u32(at + index * 8 + 4) };
  }
  if (fib.ccpText < 0) throw new DocFormatError(`the file information block gives a negative text length (${fib.ccpText})`);
  return fib;
}

/** Why the reader cannot read this FIB's file, or null when it can. */
export function fibProblem(fib: Fib): FibVersionProblem | null {
  if (fib.wIdent !== WIDENT_WORD8 && fib.nFib >= NFIB_WORD97) return { kind: 'not-word' };
  if (fib.nFib < NFIB_WORD97) return { kind: 'word6' };
  if (fib.encrypted || fib.obfuscated) return { kind: 'encrypted' };
  return null;
}
