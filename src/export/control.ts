/**
 * Control characters that text formats forbid. CSV (RFC 4180's TEXTDATA), iCalendar TEXT
 * (RFC 5545 §3.3.11: no CONTROL but HTAB) and the XML inside an .xlsx (XML 1.0 Char) admit
 * no C0 control but tab, line feed and carriage return, nor DEL; a NUL in a CSV cuts the
 * row short in many readers, and an .xlsx with one does not open at all. They reach a
 * roadmap from damaged or odd documents (a Word field's marks, a PDF's private glyphs).
 *
 * A vertical tab or form feed is how Word writes a line break inside a paragraph and a page
 * break: those become a line feed, so the words they separate stay apart. The rest are dropped.
 */
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const FORBIDDEN_ALL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

export function dropControls(text: string): string {
  if (!FORBIDDEN.test(text)) return text; // the usual case: no copy
  return text.replace(FORBIDDEN_ALL, (c) => (c === '\x0b' || c === '\x0c' ? '\n' : ''));
}
