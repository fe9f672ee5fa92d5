import CFB from 'cfb';
import { Bytes } from './bytes.js';

/**
 * The compound file ([MS-CFB]) read with the `cfb` library: the WordDocument stream and
 * the table streams. Before the library walks it, the FAT is checked for sector chains
 * that loop (a well-formed file has none; the library would follow some of them forever).
 */

export interface DocStreams {
  word: Bytes;
  data: Bytes | null;
  /** "0Table" and "1Table", as present. */
  table: Map<string, Bytes>;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

export function openCompoundFile(bytes: Uint8Array): DocStreams | { error: string } {
  const loop = fatLoop(bytes);
  if (loop) return { error: loop };
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch (e) {
    // The library's own checks of the header and the directory say what is wrong; a
    // structure it did not expect (a cut file) fails inside it with a message about its code.
    return { error: e instanceof TypeError || e instanceof RangeError ? 'its compound-file structure is truncated or damaged' : firstLine(e) };
  }
  const stream = (name: string): Bytes | null => {
    const entry = container.FileIndex.find((f, i) => f.type === 2 && f.name === name && container.FullPaths[i] === `${container.FullPaths[0]}${name}`);
    if (!entry?.content) return null;
    const c = entry.content;
    // A plain view, not the library's Buffer: the reader takes many small sub-arrays, and a
    // Buffer's cost several times a Uint8Array's.
    return new Bytes(c instanceof Uint8Array ? new Uint8Array(c.buffer, c.byteOffset, c.byteLength) : Uint8Array.from(c), name);
  };
  const word = stream('WordDocument');
  if (!word) return { error: 'it has no WordDocument stream' };
  const table = new Map<string, Bytes>();
  for (const name of ['0Table', '1Table']) {
    const s = stream(name);
    if (s) table.set(name, s);
  }
  return { word, data: stream('Data'), table };
}

/** A message when a chain of the FAT runs into itself, else null. */
function fatLoop(bytes: Uint8Array): string | null {
  if (bytes.length < 512) return 'it is shorter than a compound file header';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (off: number): number => (off + 4 <= bytes.length ? view.getUint32(off, true) : END_OF_CHAIN);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null; // the library says what is wrong
  const size = 1 << shift;
  const sectors = Math.ceil(bytes.length / size);
  const fatSectors: number[] = [];
  const numFat = Math.min(u32(0x2c), sectors);
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  const seenDifat = new Set<number>();
  while (difat !== END_OF_CHAIN && difat !== FREE && fatSectors.length < numFat) {
    if (seenDifat.has(difat)) return 'its sector allocation table chain loops';
    seenDifat.add(difat);
    const base = (difat + 1) * size;
    const per = size / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < numFat; i++) fatSectors.push(u32(base + i * 4));
    difat = u32(base + per * 4);
  }
  const perSector = size / 4;
  const entries = Math.min(fatSectors.length * perSector, sectors);
  const next = new Uint32Array(entries);
  for (let s = 0; s < entries; s++) {
    const fs = fatSectors[Math.floor(s / perSector)]!;
    next[s] = u32((fs + 1) * size + (s % perSector) * 4);
  }
  // Each sector has one successor: a chain loops when walking from a sector comes back to
  // a sector of the same walk (0 unvisited, 1 on the current walk, 2 known to end).
  const state = new Uint8Array(entries);
  for (let s = 0; s < entries; s++) {
    if (state[s] !== 0) continue;
    const path: number[] = [];
    let j = s;
    while (j < entries && state[j] === 0) {
      state[j] = 1;
      path.push(j);
      j = next[j]!;
    }
    if (j < entries && state[j] === 1) return `a sector chain loops (sector ${j})`;
    for (const p of path) state[p] = 2;
  }
  return null;
}

function firstLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return (s.split('\n')[0] ?? s).trim().slice(0, 200);
}
