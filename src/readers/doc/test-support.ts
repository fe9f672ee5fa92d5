import { readFileSync } from 'node:fs';
import CFB from 'cfb';

/**
 * Variants of a real .doc for tests: the file's bytes with its FIB, FAT or directory
 * patched in place, so that a test says what is wrong with the file, not how to build one.
 */

export const SAMPLE_DOC = 'fixtures/docx/bad/word97.doc';

interface Layout {
  /** Byte offset of the WordDocument stream's first sector in the file. */
  word: number;
  /** Sector index where WordDocument starts. */
  wordSector: number;
  /** Byte offset of the first FAT sector. */
  fat: number;
  /** Byte offset of WordDocument's directory entry. */
  wordEntry: number;
}

function layout(bytes: Uint8Array): Layout {
  const c = CFB.read(bytes, { type: 'buffer' });
  const entry = c.FileIndex.find((f) => f.name === 'WordDocument');
  if (!entry || (entry.content?.length ?? 0) < 4096) throw new Error('the sample .doc must keep WordDocument in regular sectors');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = (entry as unknown as { start: number }).start;
  // The directory entry: the UTF-16 name at a 128-byte boundary with its length (26) at 0x40.
  const name = Buffer.from('WordDocument', 'utf16le');
  let wordEntry = -1;
  for (let off = Buffer.from(bytes).indexOf(name); off >= 0; off = Buffer.from(bytes).indexOf(name, off + 1)) {
    if (off % 128 === 0 && view.getUint16(off + 0x40, true) === 26) {
      wordEntry = off;
      break;
    }
  }
  if (wordEntry < 0) throw new Error('no directory entry for WordDocument');
  return { word: (start + 1) * 512, wordSector: start, fat: (view.getUint32(0x4c, true) + 1) * 512, wordEntry };
}

export function patchedDoc(patch: (bytes: Uint8Array, view: DataView, at: Layout) => void, from = SAMPLE_DOC): Uint8Array {
  const bytes = new Uint8Array(readFileSync(from));
  const view = new DataView(bytes.buffer);
  patch(bytes, view, layout(bytes));
  return bytes;
}

/** Offset of an fc/lcb pair (by FibRgFcLcb97 index) from the start of the FIB. */
export function fcLcbOffset(bytes: Uint8Array, at: Layout, index: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = at.word + 0x20;
  o += 2 + view.getUint16(o, true) * 2;
  o += 2 + view.getUint16(o, true) * 4;
  return o + 2 + index * 8 - at.word;
}

export const HOSTILE_DOCS: { name: string; file: string; bytes: () => Uint8Array; code: string }[] = [
  { name: 'a truncated .doc', file: 'truncated.doc', bytes: () => readFileSync(SAMPLE_DOC).subarray(0, 9000), code: 'doc/corrupt' },
  {
    name: 'a .doc whose piece table points past the end',
    file: 'pieces.doc',
    bytes: () => patchedDoc((b, v, at) => v.setUint32(at.word + fcLcbOffset(b, at, 33), 0x7ffffff0, true)),
    code: 'doc/corrupt',
  },
  {
    name: 'a .doc whose sector chain loops',
    file: 'loop.doc',
    bytes: () => patchedDoc((_, v, at) => v.setUint32(at.fat + (at.wordSector + 1) * 4, at.wordSector, true)),
    code: 'doc/corrupt',
  },
  {
    name: 'a .doc declaring 2 GB of text',
    file: 'huge.doc',
    bytes: () =>
      patchedDoc((_, v, at) => {
        v.setUint32(at.wordEntry + 0x78, 0x7fffffff, true); // the stream's size
        v.setInt32(at.word + 0x22 + 14 * 2 + 2 + 3 * 4, 0x7fffffff, true); // ccpText
      }),
    code: 'doc/corrupt',
  },
  { name: 'a Word 6.0/95 file', file: 'word6.doc', bytes: () => patchedDoc((_, v, at) => v.setUint16(at.word + 2, 0x0065, true)), code: 'doc/word6' },
  { name: 'a password-protected .doc', file: 'secret.doc', bytes: () => patchedDoc((_, v, at) => v.setUint16(at.word + 0x0a, v.getUint16(at.word + 0x0a, true) | 0x0100, true)), code: 'doc/encrypted' },
];
