import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { diagnostic } from '../../core/diagnostic.js';
import { ok, type Result } from '../../core/result.js';
import { CONVERT_HINT } from './sniff.js';
import { childrenNamed, parseXml } from './xml.js';

/**
 * Opening the .docx package safely. The zip's central directory is read first and
 * the archive is refused when its declared sizes are unreasonable (a zip bomb);
 * then only the XML parts are inflated, each into a buffer of its declared size,
 * so a lying header cannot make us allocate more. Media (images, embedded files)
 * are never inflated.
 */

/** Total declared uncompressed size we accept. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** A single part may compress this well at most… */
export const MAX_RATIO = 100;
/** …once it is at least this big (small parts can have any ratio). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
export const MAX_ENTRIES = 10_000;

export interface DocxPackage {
  /** The XML parts (and .rels), by zip path. */
  parts: Map<string, Uint8Array>;
  /** Path of the main document part (normally word/document.xml). */
  documentPath: string;
  /** Paths of the related parts, when present. */
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
  comments?: string;
  /** Non-XML entries we did not inflate (images and the like). */
  skipped: string[];
}

const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

function text(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Relationship targets by type suffix ("styles", "numbering", …), resolved against the part's folder. */
function readRels(xml: string | undefined, baseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  let root;
  try {
    root = parseXml(xml).root;
  } catch {
    return out;
  }
  for (const r of childrenNamed(root, 'Relationship')) {
    const type = r.attrs.Type ?? '';
    const target = r.attrs.Target;
    if (target === undefined || r.attrs.TargetMode === 'External') continue;
    const key = type.slice(type.lastIndexOf('/') + 1);
    if (!out.has(key)) out.set(key, resolvePath(baseDir, target));
  }
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? `${baseDir}/${target}` : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function findEntry(parts: Map<string, Uint8Array>, path: string): string | undefined {
  if (parts.has(path)) return path;
  const lower = path.toLowerCase();
  for (const k of parts.keys()) if (k.toLowerCase() === lower) return k;
  return undefined;
}

export function openDocx(bytes: Uint8Array, path: string): Result<DocxPackage | null> {
  const where = { file: path };
  const fail = (code: string, message: string, hint?: string): Result<null> =>
    ok(null, [diagnostic('error', code, message, where, hint)]);

  const infos: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        infos.push(f);
        return false;
      },
    });
  } catch {
    return fail('docx/corrupt', `this is a damaged zip archive and cannot be read as .docx`, 'open it in Word or LibreOffice and save it again');
  }

  const total = infos.reduce((s, f) => s + f.originalSize, 0);
  if (infos.length > MAX_ENTRIES) {
    return fail('docx/zip-bomb', `the file was refused: the archive has ${infos.length} entries (at most ${MAX_ENTRIES} accepted)`);
  }
  if (total > MAX_TOTAL_BYTES) {
    return fail('docx/zip-bomb', `the file was refused: it would expand to ${mb(total)} (at most ${mb(MAX_TOTAL_BYTES)} accepted)`);
  }
  const bomb = infos.find((f) => f.originalSize >= RATIO_FLOOR_BYTES && f.originalSize / Math.max(f.size, 1) > MAX_RATIO);
  if (bomb) {
    return fail(
      'docx/zip-bomb',
      `the file was refused: ${bomb.name} would expand ${Math.round(bomb.originalSize / Math.max(bomb.size, 1))} times (${mb(bomb.originalSize)})`,
    );
  }

  const wanted = infos.filter((f) => isXmlPart(f.name) && (f.compression === 0 || f.compression === 8));
  const skipped = infos.filter((f) => !isXmlPart(f.name) && !f.name.endsWith('/')).map((f) => f.name);
  let files: Record<string, Uint8Array>;
  try {
    const names = new Set(wanted.map((f) => f.name));
    files = unzipSync(bytes, { filter: (f) => names.has(f.name) });
  } catch {
    return fail('docx/corrupt', `this is a damaged zip archive and cannot be read as .docx`, 'open it in Word or LibreOffice and save it again');
  }
  const parts = new Map(Object.entries(files));

  const rootRels = readRels(text(parts.get('_rels/.rels')), '');
  const declared = rootRels.get('officeDocument');
  const documentPath = findEntry(parts, declared ?? 'word/document.xml') ?? findEntry(parts, 'word/document.xml');
  if (documentPath === undefined) {
    const names = [...parts.keys(), ...skipped];
    if (names.some((n) => n === 'content.xml') && names.includes('mimetype')) {
      return fail('docx/no-document', `this is an OpenDocument file (.odt), not .docx`, CONVERT_HINT(path));
    }
    if (names.some((n) => n.startsWith('xl/'))) return fail('docx/no-document', `this is an Excel workbook, not a Word document`);
    if (names.some((n) => n.startsWith('ppt/'))) return fail('docx/no-document', `this is a PowerPoint presentation, not a Word document`);
    return fail('docx/no-document', `this is a zip archive without word/document.xml, not a Word document`);
  }

  const slash = documentPath.lastIndexOf('/');
  const dir = slash === -1 ? '' : documentPath.slice(0, slash);
  const relsPath = `${dir ? `${dir}/` : ''}_rels/${documentPath.slice(slash + 1)}.rels`;
  const docRels = readRels(text(parts.get(relsPath)), dir);
  const pkg: DocxPackage = { parts, documentPath, skipped };
  for (const key of ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'] as const) {
    const p = findEntry(parts, docRels.get(key) ?? `${dir ? `${dir}/` : ''}${key}.xml`);
    if (p !== undefined) pkg[key] = p;
  }
  return ok(pkg);
}

export function partText(pkg: DocxPackage, path: string | undefined): string | undefined {
  return path === undefined ? undefined : text(pkg.parts.get(path));
}

/** A new archive holding only the XML parts, for mammoth to read (the media were never inflated). */
export function repack(pkg: DocxPackage): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of pkg.parts) files[name] = data;
  return zipSync(files, { level: 0 });
}

function mb(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}
