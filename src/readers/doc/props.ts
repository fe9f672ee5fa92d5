import { type Prl, SPRM, operandI32, operandU16, operandU8 } from './sprm.js';
import { readTableDefinition, type TableDefinition } from './table-def.js';

/**
 * Paragraph and character properties this reader uses, applied from property lists in
 * order (style first, then direct formatting), so that the last word wins as in Word.
 */

export interface ParaProps {
  istd: number;
  centered?: boolean;
  pageBreakBefore?: boolean;
  inTable?: boolean;
  ttp?: boolean;
  itap?: number;
  innerCell?: boolean;
  innerTtp?: boolean;
  ilfo?: number;
  ilvl?: number;
  /** On a row's terminating paragraph: the row's cells. */
  tableDef?: TableDefinition;
  /** On a row's terminating paragraph: the row repeats as a header row. */
  tableHeader?: boolean;
}

export interface CharProps {
  bold: boolean;
  italic: boolean;
  /** The character is a special one (a picture, a note reference, a field mark). */
  special: boolean;
  deleted: boolean;
}

export function applyParaPrls(props: ParaProps, prls: Prl[]): void {
  for (const p of prls) {
    switch (p.sprm) {
      case SPRM.PJc80:
      case SPRM.PJc:
        props.centered = operandU8(p) === 1;
        break;
      case SPRM.PFPageBreakBefore:
        props.pageBreakBefore = operandU8(p) !== 0;
        break;
      case SPRM.PFInTable:
        props.inTable = operandU8(p) !== 0;
        break;
      case SPRM.PFTtp:
        props.ttp = operandU8(p) !== 0;
        break;
      case SPRM.PItap:
        props.itap = operandI32(p);
        break;
      case SPRM.PDtap:
        props.itap = (props.itap ?? 0) + operandI32(p);
        break;
      case SPRM.PFInnerTableCell:
        props.innerCell = operandU8(p) !== 0;
        break;
      case SPRM.PFInnerTtp:
        props.innerTtp = operandU8(p) !== 0;
        break;
      case SPRM.PIlfo:
        props.ilfo = (operandU16(p) << 16) >> 16;
        break;
      case SPRM.PIlvl:
        props.ilvl = operandU8(p);
        break;
      case SPRM.TTableHeader:
        props.tableHeader = operandU8(p) !== 0;
        break;
      case SPRM.TDefTable:
        props.tableDef = readTableDefinition(p.operand);
        break;
      case SPRM.TVertMerge: {
        // itc, then 0 (not merged), 1 (continues the cell above), 3 (starts a merge).
        const cell = props.tableDef?.cells[p.operand[0] ?? 255];
        if (cell) {
          const v = p.operand[1] ?? 0;
          cell.vertMerge = v !== 0;
          cell.vertRestart = v === 3;
        }
        break;
      }
      default:
        break;
    }
  }
}

export function paraProps(istd: number, prls: Prl[], base?: ParaProps): ParaProps {
  // tableDef set, not deleted: a deleted property would turn the object into a slow dictionary.
  const props: ParaProps = { ...base, istd, tableDef: undefined };
  applyParaPrls(props, prls);
  return props;
}

/**
 * A toggle property (bold, italic): 0 off, 1 on, 0x80 as the style says, 0x81 the
 * opposite of the style.
 */
export function toggle(value: number, styleValue: boolean): boolean {
  if (value === 0x80) return styleValue;
  if (value === 0x81) return !styleValue;
  return value !== 0;
}

export function applyCharPrls(props: CharProps, prls: Prl[], style: { bold: boolean; italic: boolean }): void {
  for (const p of prls) {
    switch (p.sprm) {
      case SPRM.CFBold:
        props.bold = toggle(operandU8(p), style.bold);
        break;
      case SPRM.CFItalic:
        props.italic = toggle(operandU8(p), style.italic);
        break;
      case SPRM.CFSpec:
        props.special = operandU8(p) !== 0;
        break;
      case SPRM.CFRMarkDel:
        props.deleted = operandU8(p) !== 0;
        break;
      default:
        break;
    }
  }
}
