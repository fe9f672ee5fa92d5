/**
 * A row's table definition (sprmTDefTable, [MS-DOC] 2.9.321 TDefTableOperand): the cell
 * boundaries (rgdxaCenter: itcMac + 1 positions in twips) and each cell's merge flags
 * (TC80: fFirstMerged/fMerged join cells across, fVertMerge/fVertRestart down).
 */

export interface CellDefinition {
  left: number;
  right: number;
  firstMerged: boolean;
  merged: boolean;
  vertMerge: boolean;
  vertRestart: boolean;
}

export interface TableDefinition {
  cells: CellDefinition[];
}

const TC80_SIZE = 20;
const MAX_CELLS = 64; // Word's limit per row

export function readTableDefinition(operand: Uint8Array): TableDefinition {
  const view = new DataView(operand.buffer, operand.byteOffset, operand.byteLength);
  const itcMac = Math.min(operand[0] ?? 0, MAX_CELLS);
  const centersAt = 1;
  const tcsAt = centersAt + (itcMac + 1) * 2;
  const center = (i: number): number | undefined => (centersAt + i * 2 + 2 <= operand.length ? view.getInt16(centersAt + i * 2, true) : undefined);
  const cells: CellDefinition[] = [];
  for (let i = 0; i < itcMac; i++) {
    const left = center(i);
    const right = center(i + 1);
    if (left === undefined || right === undefined) break;
    // rgTc80 may hold fewer entries than cells: the rest have no flags.
    const at = tcsAt + i * TC80_SIZE;
    const flags = at + 2 <= operand.length ? view.getUint16(at, true) : 0;
    cells.push({
      left,
      right,
      firstMerged: (flags & 0x0001) !== 0,
      merged: (flags & 0x0002) !== 0,
      vertMerge: (flags & 0x0020) !== 0,
      vertRestart: (flags & 0x0040) !== 0,
    });
  }
  return { cells };
}
