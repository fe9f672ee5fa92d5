import { DocFormatError } from './bytes.js';

/**
 * Property modifiers ([MS-DOC] 2.2.5 Sprm, 2.6 "Single Property Modifiers"): a grpprl is a
 * run of (sprm, operand) pairs. The sprm's top three bits (spra) give the operand's size;
 * two sprms with a variable size have a two-byte length instead of one.
 */

export interface Prl {
  sprm: number;
  /** The operand's bytes (for variable-size operands, without the length prefix). */
  operand: Uint8Array;
}

export const SPRM = {
  /** Paragraph */
  PIstd: 0x4600,
  PJc80: 0x2403,
  PJc: 0x2461,
  PFPageBreakBefore: 0x2407,
  PFInTable: 0x2416,
  PFTtp: 0x2417,
  PIlvl: 0x260a,
  PIlfo: 0x460b,
  PItap: 0x6649,
  PDtap: 0x664a,
  PFInnerTableCell: 0x244b,
  PFInnerTtp: 0x244c,
  /** Table (on the row's terminating paragraph) */
  TTableHeader: 0x3404,
  TDefTable: 0xd608,
  TVertMerge: 0xd62b,
  TMerge: 0x5624,
  /** The paragraph's properties are too many for its page: they are in the Data stream. */
  PHugePapx: 0x6646,
  TSplit: 0x5625,
  /** Character */
  CFBold: 0x0835,
  CFItalic: 0x0836,
  CIstd: 0x4a30,
  CFSpec: 0x0855,
  CFVanish: 0x083c,
  CFRMarkDel: 0x0800,
} as const;

/** Size of the operand of `sprm` whose bytes start at `at` (after the sprm), with any length prefix. */
function operandSize(sprm: number, data: Uint8Array, at: number): { prefix: number; size: number } {
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return { prefix: 0, size: 1 };
    case 2:
    case 4:
    case 5:
      return { prefix: 0, size: 2 };
    case 3:
      return { prefix: 0, size: 4 };
    case 7:
      return { prefix: 0, size: 3 };
    default: {
      if (at >= data.length) throw new DocFormatError('a property list ends inside an operand');
      if (sprm === SPRM.TDefTable || sprm === 0xd609 /* sprmTDefTable10 */) {
        // A two-byte count of the bytes that follow, plus one.
        if (at + 2 > data.length) throw new DocFormatError('a property list ends inside an operand');
        const cb = data[at]! | (data[at + 1]! << 8);
        return { prefix: 2, size: Math.max(0, cb - 1) };
      }
      if (sprm === 0xc615 /* sprmPChgTabs */ && data[at] === 255) {
        // The deleted and added tab lists, each a count and its entries.
        const del = data[at + 1] ?? 0;
        const add = data[at + 2 + del * 4] ?? 0;
        return { prefix: 1, size: 1 + del * 4 + 1 + add * 3 };
      }
      return { prefix: 1, size: data[at]! };
    }
  }
}

/** The prls of a grpprl, in order. A property list cut short ends the list (its last prl is dropped). */
export function readGrpprl(data: Uint8Array): Prl[] {
  const out: Prl[] = [];
  let at = 0;
  while (at + 2 <= data.length) {
    const sprm = data[at]! | (data[at + 1]! << 8);
    at += 2;
    let size: { prefix: number; size: number };
    try {
      size = operandSize(sprm, data, at);
    } catch {
      break;
    }
    const start = at + size.prefix;
    const end = start + size.size;
    if (end > data.length) break;
    out.push({ sprm, operand: data.subarray(start, end) });
    at = end;
  }
  return out;
}

export function operandU8(p: Prl): number {
  return p.operand[0] ?? 0;
}

export function operandU16(p: Prl): number {
  return (p.operand[0] ?? 0) | ((p.operand[1] ?? 0) << 8);
}

export function operandI32(p: Prl): number {
  return (p.operand[0] ?? 0) | ((p.operand[1] ?? 0) << 8) | ((p.operand[2] ?? 0) << 16) | ((p.operand[3] ?? 0) << 24);
}
