import { describe, expect, test } from 'vitest';
import type { ParagraphItem } from '../docx/items.js';
import { tableItem } from './body.js';
import { Bytes, DocFormatError } from './bytes.js';
import { fibProblem, readFib } from './fib.js';
import { readClx, readText } from './pieces.js';
import { readGrpprl, SPRM } from './sprm.js';
import { readTableDefinition } from './table-def.js';

/** Little-endian writer for hand-made structures. */
class W {
  bytes: number[] = [];
  u8(...v: number[]): this {
    for (const x of v) this.bytes.push(x & 0xff);
    return this;
  }
  u16(...v: number[]): this {
    for (const x of v) this.u8(x, x >> 8);
    return this;
  }
  u32(...v: number[]): this {
    for (const x of v) this.u16(x & 0xffff, (x >>> 16) & 0xffff);
    return this;
  }
  get out(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

describe('sprms', () => {
  test('operand sizes follow spra; TDefTable has a two-byte length', () => {
    const g = new W()
      .u16(SPRM.PFInTable).u8(1) // spra 1: one byte
      .u16(SPRM.PIlfo).u16(3) // spra 2: two bytes
      .u16(SPRM.PItap).u32(2) // spra 3: four bytes
      .u16(SPRM.TDefTable).u16(1 + 1 + 4).u8(1).u16(0, 1000) // cb+1, itcMac, two boundaries
      .u16(0xc60d).u8(2, 9, 9); // spra 6: a one-byte length
    const prls = readGrpprl(g.out);
    expect(prls.map((p) => [p.sprm, p.operand.length])).toEqual([
      [SPRM.PFInTable, 1],
      [SPRM.PIlfo, 2],
      [SPRM.PItap, 4],
      [SPRM.TDefTable, 5],
      [0xc60d, 2],
    ]);
  });

  test('a list cut inside an operand ends before it', () => {
    expect(readGrpprl(new W().u16(SPRM.PFInTable).u8(1).u16(SPRM.PIlfo).u8(3).out)).toHaveLength(1);
  });

  test('a table definition gives cell boundaries and merge flags', () => {
    const tc = (flags: number): number[] => [flags & 0xff, flags >> 8, ...new Array<number>(18).fill(0)];
    const op = new W().u8(3).u16(0, 1000, 2000, 3000).u8(...tc(0x0001), ...tc(0x0002), ...tc(0x0060)).out;
    expect(readTableDefinition(op).cells).toEqual([
      { left: 0, right: 1000, firstMerged: true, merged: false, vertMerge: false, vertRestart: false },
      { left: 1000, right: 2000, firstMerged: false, merged: true, vertMerge: false, vertRestart: false },
      { left: 2000, right: 3000, firstMerged: false, merged: false, vertMerge: true, vertRestart: true },
    ]);
  });
});

describe('the FIB', () => {
  const fib = (nFib: number, flags: number, ccpText: number): Uint8Array => {
    const w = new W().u16(0xa5ec, nFib, 0, 0x0419, 0, flags).u8(...new Array<number>(0x20 - 12).fill(0));
    w.u16(14).u16(...new Array<number>(14).fill(0));
    w.u16(22).u32(0, 0, 0, ccpText, ...new Array<number>(18).fill(0));
    w.u16(93).u32(...new Array<number>(93 * 2).fill(0));
    return w.out;
  };

  test('gives the table stream, the language and the text length', () => {
    const f = readFib(new Bytes(fib(0xc1, 0x0200, 1234), 'WordDocument'));
    expect(f).toMatchObject({ nFib: 0xc1, lid: 0x0419, tableStream: '1Table', ccpText: 1234 });
    expect(fibProblem(f)).toBeNull();
  });

  test('Word 6/95 and encrypted files are told apart', () => {
    expect(fibProblem(readFib(new Bytes(fib(0x65, 0, 0), 'WordDocument')))).toEqual({ kind: 'word6' });
    expect(fibProblem(readFib(new Bytes(fib(0xc1, 0x0100, 0), 'WordDocument')))).toEqual({ kind: 'encrypted' });
  });

  test('a stream too short for a FIB is an error, not a crash', () => {
    expect(() => readFib(new Bytes(new Uint8Array(10), 'WordDocument'))).toThrow(DocFormatError);
  });
});

describe('the piece table', () => {
  // Text "Да" as UTF-16 at byte 0, then "ab" as 8-bit at byte 4 (fc stored doubled, bit 30 set).
  const word = new Bytes(Uint8Array.from([0x14, 0x04, 0x30, 0x04, 0x61, 0x62, 0xc4, 0xe0]), 'WordDocument');
  const clx = (pieces: [number, number, number][], cps: number[]): Uint8Array => {
    const w = new W().u8(0x02).u32(cps.length * 4 + pieces.length * 8).u32(...cps);
    for (const [fc, compressed] of pieces) w.u16(0).u32(compressed ? (fc * 2) | 0x40000000 : fc).u16(0);
    return w.out;
  };

  test('UTF-16 and 8-bit pieces in CP order', () => {
    const table = new Bytes(clx([[0, 0, 0], [4, 1, 0]], [0, 2, 4]), '1Table');
    const pt = readClx(table, 0, table.length);
    expect(readText(word, pt, 4, 'windows-1252')).toBe('Даab');
  });

  test("8-bit pieces are read in the document's code page", () => {
    const table = new Bytes(clx([[6, 1, 0]], [0, 2]), '1Table');
    expect(readText(word, readClx(table, 0, table.length), 2, 'windows-1251')).toBe('Да');
  });

  test('a piece past the end of the stream, or too few pieces, is an error', () => {
    const past = new Bytes(clx([[6, 0, 0]], [0, 100]), '1Table');
    expect(() => readText(word, readClx(past, 0, past.length), 100, 'windows-1252')).toThrow(DocFormatError);
    const short = new Bytes(clx([[0, 0, 0]], [0, 2]), '1Table');
    expect(() => readText(word, readClx(short, 0, short.length), 3, 'windows-1252')).toThrow(/ends at character 2/);
  });
});

describe('table rows', () => {
  const para = (text: string): ParagraphItem => ({ kind: 'paragraph', facts: [{ block: 1 }], segments: [{ text, chars: text.length, boldChars: 0, italicChars: 0 }], images: 0, notes: [] });
  const cell = (left: number, right: number, v: Partial<{ vertMerge: boolean; vertRestart: boolean; merged: boolean; firstMerged: boolean }> = {}) => ({
    left,
    right,
    firstMerged: false,
    merged: false,
    vertMerge: false,
    vertRestart: false,
    ...v,
  });

  test('boundaries give column spans; vertical merges add rows to the cell above', () => {
    const t = tableItem(
      {
        rows: [
          { cells: [[para('1')], [para('A')], [para('B')]], def: { cells: [cell(0, 500), cell(500, 3000), cell(3000, 5000, { vertMerge: true, vertRestart: true })] }, header: false, facts: [] },
          { cells: [[para('2')], [para('C')], []], def: { cells: [cell(0, 500), cell(500, 3000), cell(3000, 5000, { vertMerge: true })] }, header: false, facts: [] },
          { cells: [[para('Раздел')]], def: { cells: [cell(0, 5000)] }, header: false, facts: [] },
        ],
      },
      true,
    );
    expect(t.rows.map((r) => r.cells.map((c) => [c.colSpan, c.rowSpan]))).toEqual([[[1, 1], [1, 1], [1, 2]], [[1, 1], [1, 1]], [[3, 1]]]);
  });

  test('cells joined across (fFirstMerged, fMerged) are one', () => {
    const t = tableItem(
      { rows: [{ cells: [[para('Раздел')], []], def: { cells: [cell(0, 500, { firstMerged: true }), cell(500, 3000, { merged: true })] }, header: true, facts: [] }] },
      true,
    );
    expect(t.rows[0]?.cells.map((c) => c.colSpan)).toEqual([2]); // one cell over both grid columns
    expect(t.headerRows).toBe(1);
  });
});
