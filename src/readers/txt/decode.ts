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

  const guess = cyrillicCodePage(body);
  diagnostics.push(diagnostic('info', 'input/encoding', `decoded as ${guess} (not UTF-8)`, { file }));
  return { value: { text: iconv.decode(Buffer.from(body), guess), encoding: guess }, diagnostics };
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
