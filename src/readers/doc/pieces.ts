import iconv from 'iconv-lite';
import { Bytes, DocFormatError } from './bytes.js';

/**
 * The piece table ([MS-DOC] 2.9.38 Clx, 2.9.177 Pcd): the document's text is a list of
 * pieces, each a run of character positions (CPs) stored at a file offset (FC) in the
 * WordDocument stream, as UTF-16 or as 8-bit text. 8-bit pieces are Windows-1252 by the
 * specification; a document in a Cyrillic language may hold them in its own ANSI code
 * page (Windows-1251), which is what Word shows for it.
 */

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
  /** The piece's property modifier (Prm): a single sprm, or an index into `grpprls`. */
  prm: number;
}

export interface PieceTable {
  pieces: Piece[];
  /** The Prc property lists a Prm can point at. */
  grpprls: Uint8Array[];
}

const MAX_PIECES = 1 << 20;

export function readClx(table: Bytes, fc: number, lcb: number): PieceTable {
  if (lcb === 0) throw new DocFormatError('the file has no piece table (CLX)');
  const clx = table.sub(fc, lcb, `${table.name} (piece table)`);
  const grpprls: Uint8Array[] = [];
  let at = 0;
  while (at < clx.length && clx.u8(at) === 0x01) {
    const cb = clx.i16(at + 1);
    if (cb < 0) throw new DocFormatError('a property list in the piece table has a negative size');
    grpprls.push(clx.slice(at + 3, cb));
    at += 3 + cb;
  }
  if (clx.u8(at) !== 0x02) throw new DocFormatError('the piece table (CLX) does not hold a Pcdt');
  const lcbPlc = clx.u32(at + 1);
  at += 5;
  // A PLC of n+1 CPs (4 bytes) and n piece descriptors (8 bytes).
  if (lcbPlc < 4 || (lcbPlc - 4) % 12 !== 0) throw new DocFormatError(`the piece table has an impossible size (${lcbPlc} bytes)`);
  const n = (lcbPlc - 4) / 12;
  if (n > MAX_PIECES) throw new DocFormatError(`the piece table declares ${n} pieces`);
  clx.slice(at, lcbPlc); // all of it is there
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = clx.u32(at + i * 4);
    const cpEnd = clx.u32(at + (i + 1) * 4);
    const pcd = at + (n + 1) * 4 + i * 8;
    const fcRaw = clx.u32(pcd + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fcValue = fcRaw & 0x3fffffff;
    if (cpEnd < cpStart) throw new DocFormatError('the piece table runs backwards');
    pieces.push({ cpStart, cpEnd, fc: compressed ? fcValue / 2 : fcValue, compressed, prm: clx.u16(pcd + 6) });
  }
  return { pieces, grpprls };
}

/** Languages written in Cyrillic whose ANSI code page is Windows-1251. */
const CYRILLIC_LIDS = new Set([0x0419, 0x0422, 0x0423, 0x0402, 0x042f, 0x0c1a, 0x081a, 0x0440, 0x0843, 0x0428, 0x0444, 0x046d, 0x0485, 0x0450]);

export function ansiCodePage(lid: number): string {
  return CYRILLIC_LIDS.has(lid) ? 'windows-1251' : 'windows-1252';
}

/** The text of CPs [0, cpLimit): the pieces' characters in CP order. */
export function readText(word: Bytes, table: PieceTable, cpLimit: number, codePage: string): string {
  const parts: string[] = [];
  let cp = 0;
  for (const p of table.pieces) {
    if (cp >= cpLimit) break;
    if (p.cpStart !== cp) throw new DocFormatError(`the piece table has a gap or an overlap at character ${cp}`);
    const count = Math.min(p.cpEnd, cpLimit) - p.cpStart;
    if (p.compressed) parts.push(iconv.decode(Buffer.from(word.slice(p.fc, count)), codePage));
    else parts.push(Buffer.from(word.slice(p.fc, count * 2)).toString('utf16le'));
    cp += count;
  }
  if (cp < cpLimit) throw new DocFormatError(`the piece table ends at character ${cp}, before the text does (${cpLimit})`);
  return parts.join('');
}

/** The FC (byte offset in WordDocument) of character `cp` and the piece that holds it. */
export function locate(table: PieceTable, cp: number): { fc: number; piece: Piece } | null {
  const ps = table.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid]!;
    if (cp < p.cpStart) hi = mid - 1;
    else if (cp >= p.cpEnd) lo = mid + 1;
    else return { fc: p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2), piece: p };
  }
  return null;
}
