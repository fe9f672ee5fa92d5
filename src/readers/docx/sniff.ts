import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import { cfbStreamNames, containsUtf16, isCfb } from './cfb.js';

/**
 * Look at the first bytes and say why a file that is not a zip cannot be read as
 * .docx, with a stable code and, where we can, how to fix it. Returns null for a zip.
 */

export const CONVERT_HINT = (path: string): string => `convert it: soffice --headless --convert-to docx ${quote(path)}`;

/** Quoted for a POSIX shell; a name starting with "-" gets "./" so that soffice does not take it for an option. */
function quote(path: string): string {
  const p = path.startsWith('-') ? `./${path}` : path;
  return /^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

function startsWith(bytes: Uint8Array, ascii: string, from = 0): boolean {
  if (bytes.length < from + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[from + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

export function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end-of-central-directory record of an empty archive.
  return startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06');
}

export function sniffNonZip(bytes: Uint8Array, path: string): Diagnostic | null {
  const where = { file: path };
  if (isZip(bytes)) return null;
  if (bytes.length === 0) return diagnostic('error', 'docx/not-zip', `the file is empty, not a Word document`, where);

  if (isCfb(bytes)) {
    const names = cfbStreamNames(bytes);
    const has = (n: string): boolean => (names ? names.includes(n) : containsUtf16(bytes, n));
    if (has('EncryptionInfo') || has('EncryptedPackage')) {
      return diagnostic(
        'error',
        'docx/encrypted',
        `the file is password-protected (an encrypted .docx); it cannot be read`,
        where,
        'open it in Word or LibreOffice, remove the password and save it again as .docx',
      );
    }
    if (has('WordDocument')) {
      return diagnostic('error', 'docx/legacy-doc', `this is an old binary Word document (.doc), not .docx`, where, CONVERT_HINT(path));
    }
    return diagnostic('error', 'docx/not-zip', `this is an OLE compound file but not a Word document`, where);
  }

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) {
    return diagnostic('error', 'docx/not-zip', `this is an RTF document, not .docx`, where, CONVERT_HINT(path));
  }
  if (head.startsWith('%pdf')) {
    return diagnostic('error', 'docx/not-zip', `this is a PDF document, not .docx`, where, 'read it as PDF (rename it to .pdf)');
  }
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'))) {
    return diagnostic('error', 'docx/not-zip', `this is an HTML page saved as a Word file, not .docx`, where, CONVERT_HINT(path));
  }
  if (head.startsWith('<?xml') && head.includes('w:worddocument')) {
    return diagnostic('error', 'docx/not-zip', `this is a Word 2003 XML document, not .docx`, where, CONVERT_HINT(path));
  }
  return diagnostic('error', 'docx/not-zip', `this is not a .docx file (not a zip archive)`, where);
}
