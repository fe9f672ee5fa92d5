import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';

/**
 * Warnings from reading the body, sorted: mammoth's when it is the reader (the
 * fallback), the body reader's otherwise, which words them the same. Most are about
 * presentation (a style with no HTML mapping, an image type a browser may not show)
 * and are not the user's concern. Those that mean text may be missing from what we
 * read become one warning per kind, with a count.
 */

export interface MammothMessage {
  type: string;
  message: string;
}

/** Elements skipped that carry no text we need. */
const HARMLESS_ELEMENTS = new Set([
  'w:permStart', 'w:permEnd', 'w:proofErr', 'w:noProof', 'w:lastRenderedPageBreak', 'w:bookmarkEnd',
  'w:customXmlPr', 'w:tblPrEx', 'w:rsid', 'w:fitText', 'w:softHyphen', 'w:annotationRef',
  'w:separator', 'w:continuationSeparator', 'w:footnoteRef', 'w:endnoteRef', 'w:pgNum',
  'w:dayShort', 'w:monthShort', 'w:yearShort', 'w:dayLong', 'w:monthLong', 'w:yearLong',
  'w:commentRangeStart', 'w:commentRangeEnd', 'w:moveFromRangeStart', 'w:moveFromRangeEnd',
  'w:customXmlInsRangeStart', 'w:customXmlInsRangeEnd', 'w:customXmlDelRangeStart', 'w:customXmlDelRangeEnd',
  'w:bidi', 'w:altChunk',
]);

const IGNORED = [
  /^Unrecognised (paragraph|run|table) style/,
  /style with ID .* was referenced but not defined/,
  /^Image of type .* is unlikely to display/,
  /^Unsupported break type/,
  /complex field/i,
  /^A w:sym element with an unsupported character/,
  /^A v:imagedata element without a relationship ID/,
  /^Could not find image file/,
];

export function mammothDiagnostics(messages: MammothMessage[], file: string): Diagnostic[] {
  const unread = new Map<string, number>();
  const merging: string[] = [];
  const other = new Map<string, number>();
  for (const m of messages) {
    const el = /^An unrecognised element was ignored: (\S+)/.exec(m.message);
    if (el) {
      const name = el[1] ?? '';
      if (!HARMLESS_ELEMENTS.has(name)) unread.set(name, (unread.get(name) ?? 0) + 1);
      continue;
    }
    if (/cell merging may be incorrect/.test(m.message)) {
      merging.push(m.message);
      continue;
    }
    if (IGNORED.some((re) => re.test(m.message))) continue;
    if (m.type === 'error') other.set(m.message, (other.get(m.message) ?? 0) + 1);
  }
  const where = { file };
  const out: Diagnostic[] = [];
  for (const [name, count] of unread) {
    out.push(
      diagnostic('warning', 'docx/unread-content', `${count} × <${name}> in the document could not be read; text inside it may be missing`, where),
    );
  }
  if (merging.length > 0) {
    out.push(diagnostic('warning', 'docx/merged-cells', 'a table has an unusual structure; merged cells may be split wrongly', where));
  }
  for (const [message, count] of other) {
    out.push(diagnostic('warning', 'docx/reader', `while reading the document: ${message}${count > 1 ? ` (${count} times)` : ''}`, where));
  }
  return out;
}
