import { extname } from 'node:path';
import { diagnostic } from '../core/diagnostic.js';
import type { Result } from '../core/result.js';
import type { InputFormat, ParsedDocument } from '../document/types.js';
import { cfbStreamNames, containsUtf16 } from './docx/cfb.js';
import { readTxt } from './txt/index.js';
import type { OcrOptions } from './ocr/index.js';

/** What a reader may be asked beyond the bytes: whether to OCR scanned PDF pages. */
/** What a reader may be asked: bounds it keeps to (a PDF's pages, each with a documented default) and OCR of scanned pages. */
export interface ReadOptions {
  maxPages?: number;
  ocr?: OcrOptions;
  /** The format the caller was told (`convert - --stdin-format`): bytes with no name to go by. */
  format?: InputFormat;
}

/** A reader turns a file's bytes into blocks; it never throws for bad input. */
export type Reader = (bytes: Uint8Array, path: string, options?: ReadOptions) => Promise<Result<ParsedDocument | null>>;

const readers = new Map<InputFormat, Reader>([
  ['txt', readTxt],
  // Word and PDF readers load on first use: mammoth and pdf.js are large, and pdf.js patches
  // built-ins as it loads (see pdf/builtins.ts). A batch of text files, or `prikaz validate`,
  // never loads them.
  ['docx', async (bytes, path) => (await import('./docx/index.js')).readDocx(bytes, path)],
  ['doc', async (bytes, path) => (await import('./doc/index.js')).readDoc(bytes, path)],
  ['pdf', async (bytes, path, options) => (await import('./pdf/index.js')).readPdf(bytes, path, options)],
]);

/** Formats register here, so that nothing else needs to know which exist. */
export function registerReader(format: InputFormat, reader: Reader): void {
  readers.set(format, reader);
}

export const INPUT_EXTENSIONS = ['.txt', '.text', '.docx', '.doc', '.pdf'];

/** The content decides where it can (a PDF named .txt is still a PDF); the extension otherwise. */
export function detectFormat(bytes: Uint8Array, path: string): InputFormat | 'rtf' {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  // OLE: an old binary Word document (whatever its name; a damaged one named .doc), else an
  // encrypted .docx or another compound file, which the docx reader names.
  if (head.startsWith('\xd0\xcf\x11\xe0')) return oleFormat(bytes, extname(path).toLowerCase());
  if (head.startsWith('{\\rtf')) return 'rtf';
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc') return 'doc';
  return 'txt';
}

export async function readDocument(bytes: Uint8Array, path: string, options: ReadOptions = {}): Promise<Result<ParsedDocument | null>> {
  const format = options.format ?? detectFormat(bytes, path);
  if (format === 'rtf') {
    return {
      value: null,
      diagnostics: [diagnostic('error', 'input/unsupported', 'this is an RTF file, which is not read', { file: path }, 'convert it with LibreOffice: prikaz convert --convert-legacy FILE (or soffice --headless --convert-to docx FILE)')],
    };
  }
  const reader = readers.get(format);
  if (!reader) {
    return {
      value: null,
      diagnostics: [diagnostic('error', 'input/unsupported', `${format.toUpperCase()} files are not read by this version`, { file: path })],
    };
  }
  return reader(bytes, path, options);
}

function oleFormat(bytes: Uint8Array, ext: string): 'doc' | 'docx' {
  const names = cfbStreamNames(bytes);
  const has = (n: string): boolean => (names ? names.includes(n) : containsUtf16(bytes, n));
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'docx';
  return has('WordDocument') || ext === '.doc' ? 'doc' : 'docx';
}
