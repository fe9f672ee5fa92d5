import { Inflate, Unzlib } from 'fflate';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';

/**
 * How much a PDF may expand to, and how many pages it may have. A real order's text,
 * fonts and drawings inflate to a few megabytes over tens of pages; a 600 KB file can hold
 * streams that inflate to gigabytes, which pdf.js would hold in memory.
 */
export const PDF_LIMITS = {
  /** Bytes of Flate-compressed streams other than images (text, fonts, object streams), inflated. */
  inflatedBytes: 256 * 2 ** 20,
  /** Default of --max-pages. */
  pages: 2000,
};

/** Compressed bytes handed to the inflater at a time: Deflate expands at most ~1032:1, so one step adds at most ~1 MB. */
const STEP = 1024;

/**
 * The most one compressed byte can inflate to. Deflate's shortest code for a 258-byte
 * match is a 1-bit length and a 1-bit distance, so 2 bits can give 258 bytes: 1032:1, and
 * headers only lower it. Rounded up, as a margin.
 */
const MAX_RATIO = 1040;

/**
 * Refuses a PDF whose Flate streams other than images would inflate past the limit, before
 * pdf.js opens the file. Streams whose compressed size cannot reach the limit even at
 * Deflate's largest ratio are not inflated (an order's streams: a few hundred kilobytes at
 * most, so the check costs one scan of the file); the others are inflated, counting and
 * discarding the output, until the total passes the limit or what is left cannot reach it.
 * Images are left out: text is read without decoding them.
 */
export function checkInflatedSize(bytes: Uint8Array, path: string, limit = PDF_LIMITS.inflatedBytes): Diagnostic | null {
  const streams = flateStreams(bytes);
  let left = streams.reduce((n, s) => n + s.length, 0);
  let total = 0;
  for (const data of streams) {
    if (total + left * MAX_RATIO <= limit) return null;
    left -= data.length;
    total += inflatedSize(data, limit - total);
    if (total > limit) {
      const mb = (n: number): string => `${Math.round(n / 2 ** 20)} MB`;
      return diagnostic('error', 'input/too-large', `the PDF's compressed streams expand to more than ${mb(limit)}; it is not read`, { file: path }, 'a PDF of an order expands to a few megabytes: this one is damaged or built to exhaust memory');
    }
  }
  return null;
}

/** The data of every Flate stream that is not an image, as views on the file's bytes. */
function flateStreams(bytes: Uint8Array): Uint8Array[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out: Uint8Array[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue; // "endstream"
    const start = m.index + m[0].length;
    const dictFrom = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(Math.max(dictFrom, m.index - 4096, 0), m.index);
    const end = text.indexOf('endstream', start);
    if (/\/FlateDecode/.test(dict) && !/\/Subtype\s*\/Image/.test(dict)) out.push(bytes.subarray(start, end < 0 ? bytes.length : end));
    re.lastIndex = end < 0 ? text.length : end + 'endstream'.length;
  }
  return out;
}

/** Bytes the stream inflates to, counted up to just past `budget`; a broken stream counts what came out. */
function inflatedSize(data: Uint8Array, budget: number): number {
  let n = 0;
  const count = (chunk: Uint8Array): void => {
    n += chunk.length;
  };
  const zlib = data.length > 1 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  const inflater = zlib ? new Unzlib(count) : new Inflate(count);
  try {
    for (let i = 0; i < data.length && n <= budget; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch {
    // damaged or trailing bytes: pdf.js decides what it makes of it
  }
  return n;
}

export function tooManyPages(pages: number, max: number, path: string): Diagnostic | null {
  if (pages <= max) return null;
  return diagnostic('error', 'input/too-large', `the PDF has ${pages} pages; prikaz reads up to ${max}`, { file: path }, `an order with its roadmap has tens of pages; raise the limit with --max-pages ${pages} if this one is genuine`);
}
