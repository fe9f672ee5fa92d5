import { expect, test } from 'vitest';
import { Bytes, DocFormatError } from './bytes.js';
import type { Fib } from './fib.js';
import { storyRanges, textboxAnchors } from './stories.js';

const fcLcb = (over: Partial<Fib['fcLcb']> = {}): Fib['fcLcb'] => {
  const zero = { fc: 0, lcb: 0 };
  const names = ['stshf', 'plcffndRef', 'plcffndTxt', 'plcfandRef', 'plcfandTxt', 'plcfBteChpx', 'plcfBtePapx', 'plcfFldMom', 'clx', 'plcSpaMom', 'plcfendRef', 'plcfendTxt', 'plcftxbxTxt', 'plfLst', 'plfLfo'] as const;
  return { ...(Object.fromEntries(names.map((n) => [n, zero])) as Fib['fcLcb']), ...over };
};

const fib = (lengths: Partial<Fib>, over: Partial<Fib['fcLcb']> = {}): Fib => ({
  wIdent: 0xa5ec, nFib: 0xc1, lid: 0x419, lidFE: 0, encrypted: false, obfuscated: false, tableStream: '1Table',
  ccpText: 0, ccpFtn: 0, ccpHdd: 0, ccpAtn: 0, ccpEdn: 0, ccpTxbx: 0, ccpHdrTxbx: 0, fcLcb: fcLcb(over), ...lengths,
});

test('the stories follow the main text in the order of the FIB, with one more mark after them', () => {
  const s = storyRanges(fib({ ccpText: 100, ccpFtn: 10, ccpAtn: 5, ccpEdn: 7, ccpTxbx: 3 }));
  expect(s.main).toEqual({ start: 0, end: 100 });
  expect(s.footnotes).toEqual({ start: 100, end: 110 });
  expect(s.comments).toEqual({ start: 110, end: 115 });
  expect(s.endnotes).toEqual({ start: 115, end: 122 });
  expect(s.textboxes).toEqual({ start: 122, end: 125 });
  expect(s.end).toBe(126);
  expect(storyRanges(fib({ ccpText: 100 })).end).toBe(100);
  expect(() => storyRanges(fib({ ccpText: 100, ccpEdn: -5 }))).toThrow(DocFormatError);
});

/** A table stream with a PlcSpaMom and a PlcftxbxTxt: `boxes` are [start CP, lid, reusable]. */
function tableWith(anchors: [number, number][], boxCps: number[], boxes: [number, boolean][]): { table: Bytes; spa: { fc: number; lcb: number }; txbx: { fc: number; lcb: number } } {
  const out: number[] = [];
  const u32 = (v: number): void => void out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const spaAt = out.length;
  for (const [cp] of anchors) u32(cp);
  u32(1000);
  for (const [, spid] of anchors) {
    u32(spid);
    for (let i = 0; i < 22; i++) out.push(0);
  }
  const spa = { fc: spaAt, lcb: out.length - spaAt };
  const txbxAt = out.length;
  for (const cp of boxCps) u32(cp);
  for (const [lid, reusable] of boxes) {
    u32(1), u32(0);
    out.push(reusable ? 1 : 0, 0);
    u32(0xffffffff), u32(lid), u32(0);
  }
  return { table: new Bytes(Uint8Array.from(out), '1Table'), spa, txbx: { fc: txbxAt, lcb: out.length - txbxAt } };
}

test('a text box is found at the anchor of the drawn object its entry names; reusable entries are none', () => {
  const t = tableWith([[7, 1026], [20, 1027]], [0, 18, 30, 31], [[1027, false], [1026, false], [0, true]]);
  const f = fib({ ccpText: 50, ccpTxbx: 31 }, { plcSpaMom: t.spa, plcftxbxTxt: t.txbx });
  const anchors = textboxAnchors(t.table, f, storyRanges(f));
  expect([...anchors]).toEqual([
    [20, { start: 50, end: 68 }],
    [7, { start: 68, end: 80 }],
  ]);
});

test('text box entries that run backwards (a damaged table) are not read twice', () => {
  const t = tableWith([[7, 1], [9, 2], [11, 3]], [0, 30, 0, 30, 31], [[1, false], [2, false], [3, false], [0, true]]);
  const f = fib({ ccpText: 50, ccpTxbx: 31 }, { plcSpaMom: t.spa, plcftxbxTxt: t.txbx });
  expect([...textboxAnchors(t.table, f, storyRanges(f)).values()]).toEqual([{ start: 50, end: 80 }]);
});
