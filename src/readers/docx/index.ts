import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import { ok, type Result } from '../../core/result.js';
import type { Block, ParsedDocument } from '../../document/types.js';
import { BodyReader, type ReaderContext } from './body-reader.js';
import { analyzeDocument } from './facts.js';
import { htmlToBlocks } from './html-blocks.js';
import type { Item } from './items.js';
import { ListLayout } from './layout.js';
import { mammothDiagnostics, type MammothMessage } from './messages.js';
import { ElementNames } from './names.js';
import { emptyNumbering, readNumbering } from './numbering.js';
import { sniffNonZip } from './sniff.js';
import { emptyStyles, readStyles } from './styles.js';
import { xmlToBlocks } from './xml-blocks.js';
import { child, childrenNamed, parseXml, type XmlElement } from './xml.js';
import { openDocx, partText, repack, type DocxPackage } from './zip.js';

/**
 * Read a Word .docx into the pipeline's blocks.
 *
 *   bytes ─ sniff (not a zip? encrypted? old .doc?) ─ open zip (bomb check)
 *         ─ parse document.xml (strictly), styles.xml, numbering.xml
 *         ─ facts: one pass for numbering labels, alignment, formatting, page breaks
 *         ─ body reader: document.xml and the notes → items ─ items + facts → blocks
 *
 * When document.xml is not well-formed XML for our parser, mammoth reads the package
 * instead (its HTML → blocks, without the facts: no automatic numbers, alignment or
 * page breaks), so a damaged file that mammoth can still read converts, with a warning.
 *
 * Returns a null value with one error diagnostic when the file cannot be read;
 * never throws for bad input.
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<Result<ParsedDocument | null>> {
  return readDocxVia(bytes, path, 'xml');
}

/**
 * readDocx with the reader chosen: 'xml' (ours, with mammoth when the XML is not
 * well-formed) or 'mammoth' (mammoth only, as for a damaged document.xml). Exported
 * so that a test can keep the two in step.
 */
export async function readDocxVia(bytes: Uint8Array, path: string, via: 'xml' | 'mammoth'): Promise<Result<ParsedDocument | null>> {
  const refused = sniffNonZip(bytes, path);
  if (refused) return ok(null, [refused]);

  const opened = openDocx(bytes, path);
  const pkg = opened.value;
  if (!pkg) return ok(null, opened.diagnostics);

  const diagnostics: Diagnostic[] = [...opened.diagnostics];
  const own = via === 'xml' ? readOwn(pkg, path) : null;
  let blocks: Block[];
  if (own) diagnostics.push(...own.diagnostics);
  if (own?.blocks) {
    blocks = own.blocks;
  } else {
    const read = await readWithMammoth(pkg, path);
    if (!read.value) return ok(null, read.diagnostics);
    diagnostics.push(...read.diagnostics);
    blocks = read.value;
  }

  return ok({ file: path, format: 'docx', sha256: createHash('sha256').update(bytes).digest('hex'), blocks }, diagnostics);
}

interface OwnRead {
  /** null: mammoth is to read the file (document.xml or a notes part is not well-formed, or there is no body). */
  blocks: Block[] | null;
  diagnostics: Diagnostic[];
}

function readOwn(pkg: DocxPackage, path: string): OwnRead {
  const parsed = (part: string | undefined, strict: boolean): XmlElement | undefined | null => {
    const text = partText(pkg, part);
    if (text === undefined) return undefined;
    try {
      return parseXml(text, { strict }).root;
    } catch {
      return null;
    }
  };
  const diagnostics: Diagnostic[] = [];
  const optional = (part: string | undefined, what: string): XmlElement | undefined => {
    const r = parsed(part, false);
    if (r === null) diagnostics.push(diagnostic('warning', 'docx/bad-part', `${what} (${part}) is damaged and was ignored`, { file: path }));
    return r ?? undefined;
  };
  const stylesRoot = optional(pkg.styles, 'the style definitions');
  const numberingRoot = optional(pkg.numbering, 'the numbering definitions');
  const styles = stylesRoot ? readStyles(stylesRoot) : emptyStyles;
  const numbering = numberingRoot ? readNumbering(numberingRoot) : emptyNumbering;

  const root = parsed(pkg.documentPath, true);
  if (root === null) {
    diagnostics.push(
      diagnostic('warning', 'docx/bad-part', `the document body is not well-formed XML; automatic numbers and formatting may be missing`, { file: path }),
    );
  }
  const body = child(root ?? undefined, 'w:body');
  // Notes and comments that do not parse made mammoth give up on the whole file: so it still decides.
  const notesParts = [parsed(pkg.footnotes, false), parsed(pkg.endnotes, false), parsed(pkg.comments, false)];
  if (!root || !body || notesParts.includes(null)) return { blocks: null, diagnostics };
  const [footnotes, endnotes, comments] = notesParts;

  const kept = diagnostics.length;
  try {
    const facts = analyzeDocument(root, styles, numbering);
    const layout = new ListLayout(numbering, styles);
    const context = (part: XmlElement, document: boolean, messages: MammothMessage[]): ReaderContext => ({
      names: new ElementNames(part),
      styles,
      layout,
      facts: document ? facts.paragraphs : new Map(),
      document,
      messages,
    });

    const documentMessages: MammothMessage[] = [];
    const reader = new BodyReader(context(root, true, documentMessages));
    const items = reader.readBlocks(body.children);

    // Messages in the order mammoth gave them: footnotes, endnotes, comments, then the body.
    const messages: MammothMessage[] = [];
    const notes = new Map<string, Item[]>();
    for (const [part, type] of [[footnotes, 'footnote'], [endnotes, 'endnote']] as const) {
      if (part) readNotes(part, type, context(part, false, messages), notes);
    }
    if (comments) {
      const ctx = context(comments, false, messages);
      for (const c of childrenNamed(comments, 'w:comment')) new BodyReader(ctx).readBlocks(c.children);
    }
    messages.push(...documentMessages);

    const laid = xmlToBlocks({ file: path, body: items, notes });
    // Each message once, as mammoth gave them.
    const unique = [...new Map(messages.map((m) => [`${m.type}\u0000${m.message}`, m])).values()];
    diagnostics.push(...mammothDiagnostics(unique, path), ...laid.diagnostics);
    if (facts.altChunks > 0) {
      diagnostics.push(
        diagnostic('warning', 'docx/unread-content', `${facts.altChunks} embedded document part(s) (altChunk) could not be read; their text is missing`, { file: path }),
      );
    }
    return { blocks: laid.blocks, diagnostics };
  } catch {
    // A structure the reader did not expect: mammoth gets its chance.
    diagnostics.length = kept;
    return { blocks: null, diagnostics };
  }
}

/** The notes of one part by "type:id"; separators are not notes. Each note is read on its own (a field or a deleted mark ends with it). */
function readNotes(part: XmlElement, type: 'footnote' | 'endnote', context: ReaderContext, into: Map<string, Item[]>): void {
  for (const note of childrenNamed(part, `w:${type}`)) {
    const kind = note.attrs['w:type'];
    if (kind === 'separator' || kind === 'continuationSeparator') continue;
    into.set(`${type}:${note.attrs['w:id'] ?? ''}`, new BodyReader(context).readBlocks(note.children));
  }
}

/** The package's XML parts read by mammoth, its HTML made into blocks. */
async function readWithMammoth(pkg: DocxPackage, path: string): Promise<Result<Block[] | null>> {
  try {
    const input = repack(pkg);
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) },
      {
        includeEmbeddedStyleMap: false,
        // Images are not read (their bytes were never inflated); an <img> only counts them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    const { blocks, diagnostics } = htmlToBlocks(converted.value, path);
    return ok(blocks, [...mammothDiagnostics(converted.messages, path), ...diagnostics]);
  } catch (e) {
    return ok(null, [
      diagnostic('error', 'docx/corrupt', `the file is damaged and could not be read as .docx (${oneLine(e)})`, { file: path }, 'open it in Word or LibreOffice and save it again'),
    ]);
  }
}

function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return (s.split('\n')[0] ?? s).replace(/\s+/g, ' ').trim().slice(0, 200);
}
