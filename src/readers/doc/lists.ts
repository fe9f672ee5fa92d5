import type { Level, NumberingDefinitions } from '../docx/numbering.js';
import { Bytes } from './bytes.js';

/**
 * Automatic numbering ([MS-DOC] 2.9.147 PlfLst, 2.9.150 LVL, 2.9.131 PlfLfo): the lists
 * (LSTF + nine LVLs each) and the list format overrides a paragraph's ilfo points at,
 * mapped onto the .docx reader's numbering definitions (a list is an abstractNum keyed
 * by its lsid, an LFO a num keyed by its 1-based ilfo), so that labels are counted and
 * rendered by the same code (docx/numbering.ts).
 */

export interface DocLists {
  numbering: NumberingDefinitions;
  /** For each list (by lsid), the style linked to each level (rgistdPara; 0x0FFF none). */
  levelStyles: Map<string, number[]>;
}

const LSTF_SIZE = 28;
const LVLF_SIZE = 28;
const LFO_SIZE = 16;
const MAX_LISTS = 4096;

/** MS-DOC nfc (number format code) → the .docx numFmt names numbering.ts renders. */
const NFC: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  5: 'ordinal',
  6: 'cardinalText',
  7: 'ordinalText',
  22: 'decimalZero',
  23: 'bullet',
  58: 'russianLower',
  59: 'russianUpper',
  255: 'none',
};

export const emptyLists: DocLists = { numbering: { abstractNums: new Map(), nums: new Map() }, levelStyles: new Map() };

export function readLists(table: Bytes, lst: { fc: number; lcb: number }, lfo: { fc: number; lcb: number }): DocLists {
  const abstractNums: NumberingDefinitions['abstractNums'] = new Map();
  const nums: NumberingDefinitions['nums'] = new Map();
  const levelStyles = new Map<string, number[]>();
  if (lst.lcb >= 2) {
    // The LVLs follow the PlfLst in the table stream, outside its lcb.
    const plf = table.sub(lst.fc, table.length - lst.fc, `${table.name} (lists)`);
    const count = Math.min(plf.i16(0), MAX_LISTS);
    let at = 2 + Math.max(0, count) * LSTF_SIZE;
    for (let i = 0; i < count; i++) {
      const lstf = 2 + i * LSTF_SIZE;
      const lsid = String(plf.i32(lstf));
      const styles: number[] = [];
      for (let k = 0; k < 9; k++) styles.push(plf.u16(lstf + 8 + k * 2));
      const simple = (plf.u8(lstf + 26) & 0x01) !== 0;
      const levels = new Map<number, Level>();
      for (let k = 0; k < (simple ? 1 : 9); k++) {
        const read = readLvl(plf, at);
        levels.set(k, read.level);
        at = read.end;
      }
      abstractNums.set(lsid, { id: lsid, levels });
      levelStyles.set(lsid, styles);
    }
  }
  if (lfo.lcb >= 4) {
    const plf = table.sub(lfo.fc, lfo.lcb, `${table.name} (list overrides)`);
    const count = Math.min(plf.u32(0), MAX_LISTS);
    let at = 4 + count * LFO_SIZE;
    for (let i = 0; i < count; i++) {
      const entry = 4 + i * LFO_SIZE;
      const lsid = String(plf.i32(entry));
      const clfolvl = plf.u8(entry + 12);
      const overrides = new Map<number, { startOverride?: number; lvl?: Level }>();
      // LfoData: a CP, then clfolvl LFOLVLs (each followed by a LVL when it formats the level).
      if (clfolvl > 0 && at + 4 <= plf.length) {
        at += 4;
        for (let k = 0; k < clfolvl; k++) {
          const start = plf.i32(at);
          const flags = plf.u32(at + 4);
          at += 8;
          const ilvl = flags & 0x0f;
          const o: { startOverride?: number; lvl?: Level } = {};
          if (flags & 0x10) o.startOverride = start;
          if (flags & 0x20) {
            const read = readLvl(plf, at);
            o.lvl = read.level;
            at = read.end;
          }
          overrides.set(ilvl, o);
        }
      } else if (at + 4 <= plf.length) {
        at += 4;
      }
      nums.set(String(i + 1), { abstractNumId: lsid, overrides });
    }
  }
  return { numbering: { abstractNums, nums }, levelStyles };
}

/** One LVL: its LVLF, the paragraph and character property lists, and the number text. */
function readLvl(plf: Bytes, at: number): { level: Level; end: number } {
  const start = plf.i32(at);
  const nfc = plf.u8(at + 4);
  const flags = plf.u8(at + 5);
  const placeholders: number[] = [];
  for (let k = 0; k < 9; k++) {
    const p = plf.u8(at + 6 + k);
    if (p === 0) break;
    placeholders.push(p);
  }
  const cbChpx = plf.u8(at + 24);
  const cbPapx = plf.u8(at + 25);
  const restartLim = plf.u8(at + 26);
  let end = at + LVLF_SIZE + cbPapx + cbChpx;
  const cch = plf.u16(end);
  const chars: number[] = [];
  for (let k = 0; k < cch; k++) chars.push(plf.u16(end + 2 + k * 2));
  end += 2 + cch * 2;
  // The number text: characters at the 1-based positions in rgbxchNums are level indexes (0–8).
  let lvlText = '';
  chars.forEach((c, k) => {
    lvlText += placeholders.includes(k + 1) && c < 9 ? `%${c + 1}` : String.fromCharCode(c);
  });
  const numFmt = NFC[nfc] ?? 'decimal';
  const level: Level = { start, numFmt, lvlText, isLgl: (flags & 0x04) !== 0 };
  // fNoRestart: the level restarts only after the level ilvlRestartLim names (0: never).
  if (flags & 0x08) level.restart = restartLim;
  return { level, end };
}
