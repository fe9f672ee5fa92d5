/**
 * Where something came from. Readers fill what their format knows: a text file
 * has lines and columns, a Word file has blocks, tables, rows and cells, a PDF has pages.
 * All numbers are 1-based so that they can be shown to a person as they are.
 */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  page?: number;
  /** Index of the top-level block (paragraph or table) in the document, 1-based. */
  block?: number;
  /** Index of the table among the document's tables, 1-based. */
  table?: number;
  row?: number;
  cell?: number;
  /** The text was read by OCR from a page image (a scan), not from a text layer. */
  ocr?: boolean;
}

/** "file:line:col" or "file:page 2, table 1, row 3" — the short form used in messages. */
export function formatLocation(loc: SourceLocation): string {
  const parts: string[] = [];
  if (loc.line !== undefined) {
    return `${loc.file}:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  }
  if (loc.page !== undefined) parts.push(`page ${loc.page}`);
  if (loc.table !== undefined) parts.push(`table ${loc.table}`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.cell !== undefined) parts.push(`cell ${loc.cell}`);
  if (parts.length === 0 && loc.block !== undefined) parts.push(`block ${loc.block}`);
  return parts.length > 0 ? `${loc.file} (${parts.join(', ')})` : loc.file;
}
