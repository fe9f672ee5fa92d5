import chardet from 'chardet';
import iconv from 'iconv-lite';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import type { Result } from '../../core/result.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Bytes of a text file → a string. Orders come as UTF-8 (with or without BOM),
 * Windows-1251, KOI8-R or UTF-16; a BOM wins, then strict UTF-8, then chardet's guess
 * among the Cyrillic code pages. Binary junk (NUL bytes, many control characters) is refused.
 */
export function decodeText(bytes: Uint8Array, file: string): Result<DecodedText | null> {
  const diagnostics: Diagnostic[] = [];
  const utf16 = bomUtf16(bytes);
  if (utf16) {
    return { value: { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 }, diagnostics };
  }
  const bare = bomlessUtf16(bytes);
  if (bare) {
    diagnostics.push(diagnostic('info', 'input/encoding', `decoded as ${bare.toUpperCase()} (no byte order mark)`, { file }));
    return { value: { text: iconv.decode(Buffer.from(bytes), bare), encoding: bare }, diagnostics };
  }
  if (looksBinary(bytes)) {
    diagnostics.push(
      diagnostic('error', 'input/binary', 'the file is not text (it holds binary data)', { file }, 'check the file type: a .txt order must be plain text'),
    );
    return { value: null, diagnostics };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return { value: { text: utf8, encoding: 'utf-8' }, diagnostics };

  const mixed = decodeMixed(body, file);
  if (mixed) return mixed;
  const guess = cyrillicCodePage(body);
  diagnostics.push(diagnostic('info', 'input/encoding', `decoded as ${guess} (not UTF-8)`, { file }));
  return { value: { text: iconv.decode(Buffer.from(body), guess), encoding: guess }, diagnostics };
}

/**
 * A file pasted together from a UTF-8 and a Windows-1251 file: some lines are Cyrillic in
 * valid UTF-8, others are not UTF-8 at all. Decoded as one code page, half of it would be
 * garbled; each line is decoded in its own encoding instead, and the lines are named.
 */
function decodeMixed(bytes: Uint8Array, file: string): Result<DecodedText> | null {
  const lines: Uint8Array[] = [];
  for (let from = 0; from <= bytes.length; ) {
    const nl = bytes.indexOf(0x0a, from);
    const end = nl < 0 ? bytes.length : nl + 1;
    lines.push(bytes.subarray(from, end));
    if (nl < 0) break;
    from = end;
  }
  const asUtf8 = lines.map((l) => {
    const t = strictUtf8(l);
    return t !== null && /[\u0400-\u04ff]/.test(t) ? t : null;
  });
  const other = lines.map((l, i) => (asUtf8[i] === null && strictUtf8(l) === null ? i : -1)).filter((i) => i >= 0);
  if (other.length === 0 || !asUtf8.some((t) => t !== null)) return null;
  const guess = cyrillicCodePage(Buffer.concat(other.map((i) => lines[i]!)));
  const text = lines.map((l, i) => asUtf8[i] ?? (strictUtf8(l) !== null ? strictUtf8(l)! : iconv.decode(Buffer.from(l), guess))).join('');
  const utf8Lines = asUtf8.flatMap((t, i) => (t !== null ? [i + 1] : []));
  const [minority, name] = utf8Lines.length <= other.length ? [utf8Lines, 'UTF-8'] : [other.map((i) => i + 1), guess];
  const message = `the file mixes UTF-8 and ${guess}: line${minority.length > 1 ? 's' : ''} ${ranges(minority)} ${minority.length > 1 ? 'are' : 'is'} ${name}; each line was decoded in its own encoding`;
  return { value: { text, encoding: `utf-8+${guess}` }, diagnostics: [diagnostic('warning', 'input/mixed-encoding', message, { file, line: minority[0]! }, 'save the file in one encoding (UTF-8)')] };
}

/** [3, 4, 5, 9] → "3–5, 9"; long lists are cut. */
function ranges(ns: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    parts.push(j > i ? `${ns[i]}–${ns[j]}` : `${ns[i]}`);
    i = j + 1;
  }
  return parts.length > 8 ? `${parts.slice(0, 8).join(', ')}, …` : parts.join(', ');
}

/**
 * UTF-16 saved without a byte order mark (some Windows tools): NUL bytes in every other
 * position, which would make it look binary. Taken as UTF-16 when nearly all of it decodes
 * to text an order holds: Cyrillic, ASCII, punctuation.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4 || !bytes.subarray(0, n).includes(0)) return null;
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(Buffer.from(bytes.subarray(0, n)), enc);
    const good = text.match(/[\t\n\r\x20-\x7e\u00a0-\u00bb\u0400-\u04ff\u2010-\u2044\u2116]/g)?.length ?? 0;
    if (good / text.length >= 0.95) return enc;
  }
  return null;
}

function bomUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL bytes or more than 10% C0 controls other than tab/CR/LF/FF in the first 64 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

/** Pick the Cyrillic single-byte code page chardet ranks highest; Windows-1251 by default. */
function cyrillicCodePage(bytes: Uint8Array): string {
  const candidates = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];
  for (const match of chardet.analyse(bytes)) {
    const name = match.name.toLowerCase();
    if (candidates.includes(name)) return name;
  }
  return 'windows-1251';
}
