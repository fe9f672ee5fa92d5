import { Bytes } from './bytes.js';
import { applyCharPrls, applyParaPrls, type CharProps, type ParaProps } from './props.js';
import { readGrpprl, type Prl } from './sprm.js';

/**
 * The style sheet ([MS-DOC] 2.9.271 STSH): each style's paragraph and character property
 * lists, resolved through its base styles, so that a paragraph or run starts from what its
 * style gives (centered, bold, numbered) before its direct formatting applies.
 */

export interface DocStyle {
  /** Built-in style id: 1–9 are "heading 1"…"heading 9". */
  sti: number;
  /** 1 paragraph, 2 character, 3 table, 4 numbering. */
  stk: number;
  para: ParaProps;
  char: { bold: boolean; italic: boolean };
}

interface RawStd {
  sti: number;
  stk: number;
  base: number;
  papx: Prl[];
  chpx: Prl[];
}

const ISTD_NIL = 0x0fff;

export class DocStyles {
  private readonly raw: (RawStd | undefined)[] = [];
  private readonly resolved = new Map<number, DocStyle>();

  constructor(table: Bytes | null, fc: number, lcb: number) {
    if (!table || lcb < 6) return;
    const stsh = table.sub(fc, lcb, `${table.name} (styles)`);
    const cbStshi = stsh.u16(0);
    const cstd = stsh.u16(2);
    const cbBase = stsh.u16(4);
    let at = 2 + cbStshi;
    for (let istd = 0; istd < cstd && at + 2 <= stsh.length; istd++) {
      const cbStd = stsh.u16(at);
      at += 2;
      if (cbStd === 0) {
        this.raw.push(undefined);
        continue;
      }
      if (at + cbStd > stsh.length) break;
      this.raw.push(readStd(stsh.sub(at, cbStd), cbBase));
      at += cbStd;
    }
  }

  style(istd: number): DocStyle {
    return this.resolve(istd, new Set());
  }

  private resolve(istd: number, seen: Set<number>): DocStyle {
    const done = this.resolved.get(istd);
    if (done) return done;
    const raw = this.raw[istd];
    const base: DocStyle | null = raw && raw.base !== ISTD_NIL && !seen.has(raw.base) ? this.resolve(raw.base, new Set([...seen, istd])) : null;
    const para: ParaProps = { ...base?.para, istd, tableDef: undefined };
    const char: CharProps = { bold: base?.char.bold ?? false, italic: base?.char.italic ?? false, special: false, deleted: false };
    if (raw) {
      applyParaPrls(para, raw.papx);
      applyCharPrls(char, raw.chpx, { bold: char.bold, italic: char.italic });
    }
    const style: DocStyle = { sti: raw?.sti ?? 0x0ffe, stk: raw?.stk ?? 1, para, char: { bold: char.bold, italic: char.italic } };
    this.resolved.set(istd, style);
    return style;
  }
}

function readStd(std: Bytes, cbBase: number): RawStd | undefined {
  if (std.length < 10) return undefined;
  const sti = std.u16(0) & 0x0fff;
  const stk = std.u16(2) & 0x000f;
  const base = std.u16(2) >>> 4;
  const cupx = std.u16(4) & 0x000f;
  const out: RawStd = { sti, stk, base, papx: [], chpx: [] };
  // The name: a count of UTF-16 characters, the characters and a terminating zero.
  let at = cbBase;
  if (at + 2 > std.length) return out;
  at += 2 + std.u16(at) * 2 + 2;
  for (let i = 0; i < cupx && at + 2 <= std.length; i++) {
    const cb = std.u16(at);
    at += 2;
    if (at + cb > std.length) break;
    const upx = std.slice(at, cb);
    if (stk === 1 && i === 0) out.papx = readGrpprl(upx.subarray(2)); // istd, then the paragraph's grpprl
    else if ((stk === 1 && i === 1) || (stk === 2 && i === 0)) out.chpx = readGrpprl(upx);
    at += cb + (cb % 2);
  }
  return out;
}
