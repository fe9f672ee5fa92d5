import { isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { RawFinding } from './types.js';

/**
 * YAML parse errors in plain words, at the place a person must edit, with a hint for the
 * slips people make when they edit a roadmap by hand. The parser's place is right for most
 * errors; two are moved: an unclosed quote is reported where the quote opens (the parser
 * notices only at the end of the file), and an unquoted ": " inside a value where the value
 * starts (the parser's "nested mappings" message names none of it).
 */
export function yamlSyntaxFinding(error: YAMLError, doc: Document.Parsed, text: string, lines: LineCounter): RawFinding {
  let offset = error.pos[0];
  let message = firstLine(error.message);
  let hint: string | undefined;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      hint = 'indent YAML with spaces, not tabs (replace the tab at the start of this line with spaces)';
      break;
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "text: Срок: до марта" — the second ": " makes the value a mapping
      const colon = colonInPlainValue(text, offset);
      if (colon) {
        message = `a value holds ": " (at column ${colon.column}), which YAML reads as the start of another key`;
        hint = `put the value in double quotes: ${colon.suggestion}`;
      } else hint = 'a key and its value must each stand on their own; quote a value that holds ": "';
      break;
    }
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(error.message)?.[1];
      const open = quote ? unclosedQuote(doc, text, quote) : null;
      if (open !== null) {
        offset = open;
        message = `the ${quote === '"' ? 'double' : 'single'} quote that opens this value is never closed`;
        hint = `add the closing ${quote} at the end of the value (a ${quote} inside it is written ${quote === '"' ? '\\"' : "''"})`;
      }
      break;
    }
    case 'DUPLICATE_KEY':
      hint = 'a key may appear only once in a mapping: remove or rename one of them';
      break;
    case 'MULTIPLE_DOCS':
      hint = 'a roadmap file holds one document: split it at the "---" line';
      break;
    case 'BAD_INDENT':
      // the parser points at the line's start; the key to move is after the blanks
      while (text[offset] === ' ') offset++;
      hint = 'the keys of one mapping (and the "- " of one list) must start in the same column';
      break;
    case 'UNEXPECTED_TOKEN':
      if (/"[^"\n]*"[^\n]*$/.test(lineAt(text, offset))) hint = 'a value that starts with a quote must end with it: quote the whole value';
      break;
  }
  const at = lines.linePos(offset);
  const f: RawFinding = {
    ruleId: 'yaml/syntax',
    severity: 'error',
    path: '',
    message: `not valid YAML: ${message}`,
    range: { start: { line: at.line, column: at.col }, end: { line: at.line, column: at.col } },
  };
  if (hint) f.hint = hint;
  return f;
}

/** The tags a roadmap may carry: YAML's core types, which are JSON's. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Nodes with a tag other than YAML's core types (`!custom/x`, `!!binary`, `!!set`): a roadmap
 * is JSON-shaped data, and a tag the reader does not know would otherwise be dropped silently
 * (the value read as plain text) or turned into something no schema describes.
 */
export function unknownTags(doc: Document.Parsed, text: string, lines: LineCounter): RawFinding[] {
  // a tag starts a token: "!" after a blank, a "[" "{" "," or at a line's start; most files have none
  if (!/(?:^|[\s,[{])!/.test(text)) return [];
  const found: RawFinding[] = [];
  visit(doc, (_key, node) => {
    const tag = (node as { tag?: string }).tag;
    const range = (node as { range?: [number, number, number] }).range;
    if (!tag || CORE_TAGS.has(tag) || !range) return;
    // the tag is written before the value: find "!" going back from the value's start
    let at = text.lastIndexOf('!', range[0]);
    while (at > 0 && text[at - 1] === '!') at--; // the first "!" of "!!binary"
    const start = lines.linePos(at >= 0 ? at : range[0]);
    const end = lines.linePos(range[1]);
    const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
    found.push({
      ruleId: 'yaml/unknown-tag',
      severity: 'error',
      path: '',
      message: `the tag ${shown} is not one a roadmap may use; the value would be read as ${isScalar(node) ? 'plain text' : 'data no schema describes'}`,
      hint: 'remove the tag: roadmap values are plain text, numbers, true/false, null, lists and mappings',
      range: { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } },
    });
  });
  return found;
}

function firstLine(message: string): string {
  let first = message.split(/ at line \d+, column \d+:?/)[0]!.split('\n')[0]!.trim();
  if (/call stack/i.test(first)) first = 'it nests too deeply to be parsed';
  return first;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/** "  text: Срок: до марта" with the error at "Срок" → the column of the second ": " and the line quoted. */
function colonInPlainValue(text: string, offset: number): { column: number; suggestion: string } | null {
  const line = lineAt(text, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^(\s*(?:-\s+)?[^\s:#][^:#]*?:\s+)(.*)$/.exec(line);
  if (!m) return null;
  const value = m[2]!.replace(/\s+#.*$/, '');
  const inner = value.indexOf(': ');
  if (inner === -1 || /^["'[{|>]/.test(value)) return null;
  const column = m[1]!.length + inner + 1;
  if (lineStart + m[1]!.length > offset + 1) return null;
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return { column, suggestion: `${m[1]!.trim()} ${quoted}` };
}

/** The start of the last quoted scalar (of this quote) that does not end with its quote. */
function unclosedQuote(doc: Document.Parsed, text: string, quote: string): number | null {
  const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  let found: number | null = null;
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== type || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]).trimEnd();
      if (source.length < 2 || !source.endsWith(quote)) found = node.range[0];
    },
  });
  return found;
}
