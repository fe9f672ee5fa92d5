import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import { ok, type Result } from '../../core/result.js';
import type { ParsedDocument } from '../../document/types.js';
import { analyzeDocument, type DocumentFacts } from './facts.js';
import { htmlToBlocks } from './html-blocks.js';
import { mammothDiagnostics } from './messages.js';
import { emptyNumbering, readNumbering } from './numbering.js';
import { sniffNonZip } from './sniff.js';
import { emptyStyles, readStyles } from './styles.js';
import { parseXml } from './xml.js';
import { openDocx, partText, repack, type DocxPackage } from './zip.js';

/**
 * Read a Word .docx into the pipeline's blocks.
 *
 *   bytes ─ sniff (not a zip? encrypted? old .doc?) ─ open zip (bomb check)
 *         ─ facts: one pass over document.xml, styles.xml, numbering.xml
 *         ─ mammoth on the package with marked paragraphs → HTML
 *         ─ HTML + facts → blocks
 *
 * Returns a null value with one error diagnostic when the file cannot be read;
 * never throws for bad input.
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<Result<ParsedDocument | null>> {
  const refused = sniffNonZip(bytes, path);
  if (refused) return ok(null, [refused]);

  const opened = openDocx(bytes, path);
  const pkg = opened.value;
  if (!pkg) return ok(null, opened.diagnostics);

  const diagnostics: Diagnostic[] = [...opened.diagnostics];
  const facts = learnFacts(pkg, path, diagnostics);

  let html: string;
  try {
    const input = repack(pkg, facts ? new Map([[pkg.documentPath, facts.markedXml]]) : new Map());
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) },
      {
        includeEmbeddedStyleMap: false,
        // Images are not read (their bytes were never inflated); an <img> only counts them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = converted.value;
    diagnostics.push(...mammothDiagnostics(converted.messages, path));
  } catch (e) {
    return ok(null, [
      diagnostic('error', 'docx/corrupt', `the file is damaged and could not be read as .docx (${oneLine(e)})`, { file: path }, 'open it in Word or LibreOffice and save it again'),
    ]);
  }

  const { blocks, diagnostics: blockDiagnostics } = htmlToBlocks(html, path, facts ? facts.paragraphs : null);
  diagnostics.push(...blockDiagnostics);
  if (facts && facts.altChunks > 0) {
    diagnostics.push(
      diagnostic('warning', 'docx/unread-content', `${facts.altChunks} embedded document part(s) (altChunk) could not be read; their text is missing`, { file: path }),
    );
  }

  return ok(
    {
      file: path,
      format: 'docx',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      blocks,
    },
    diagnostics,
  );
}

/** Numbering labels, alignment and the rest from the XML parts; null (with a warning) if document.xml cannot be parsed. */
function learnFacts(pkg: DocxPackage, path: string, diagnostics: Diagnostic[]): DocumentFacts | null {
  const xml = partText(pkg, pkg.documentPath);
  if (xml === undefined) return null;
  const optionalRoot = (part: string | undefined, what: string) => {
    const text = partText(pkg, part);
    if (text === undefined) return undefined;
    try {
      return parseXml(text).root;
    } catch {
      diagnostics.push(diagnostic('warning', 'docx/bad-part', `${what} (${part}) is damaged and was ignored`, { file: path }));
      return undefined;
    }
  };
  const stylesRoot = optionalRoot(pkg.styles, 'the style definitions');
  const numberingRoot = optionalRoot(pkg.numbering, 'the numbering definitions');
  const styles = stylesRoot ? readStyles(stylesRoot) : emptyStyles;
  const numbering = numberingRoot ? readNumbering(numberingRoot) : emptyNumbering;
  try {
    return analyzeDocument(xml, styles, numbering);
  } catch {
    diagnostics.push(
      diagnostic(
        'warning',
        'docx/bad-part',
        `the document body is not well-formed XML; automatic numbers and formatting may be missing`,
        { file: path },
      ),
    );
    return null;
  }
}

function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return (s.split('\n')[0] ?? s).replace(/\s+/g, ' ').trim().slice(0, 200);
}
