import { LineCounter, parseDocument } from 'yaml';
import { fastYamlData } from './fast-yaml.js';
import { locateJsonError } from './json-error.js';
import { JsonPositions } from './json-positions.js';
import { SourcePositions } from './positions.js';
import type { Range, RawFinding } from './types.js';
import { unknownTags, yamlSyntaxFinding } from './yaml-errors.js';

export type SourceFormat = 'yaml' | 'json';

/** Says where the value at a JSON pointer is written. */
export interface Locator {
  rangeOf(pointer: string): Range;
}

export type ParseResult =
  | {
      ok: true;
      data: unknown;
      /** Where the given pointers stand (asked once, with every pointer a run reports). */
      positions: (pointers: readonly string[]) => Locator;
      /** The YAML syntax tree, for comments (`# prikaz-ignore`); null for JSON, which has none. */
      tree: (() => SourcePositions) | null;
    }
  | { ok: false; findings: RawFinding[] };

/** YAML aliases a document may expand before it is refused (the "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;

export function formatOf(path: string): SourceFormat {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

/**
 * Text to data, keeping what is needed to find a value's line and column later. JSON is
 * read with JSON.parse (fast); the places of the values a run reports are then found in one
 * tokenizing pass (JsonPositions), not from a syntax tree of the whole file.
 */
export function parseRoadmapText(text: string, format: SourceFormat): ParseResult {
  if (text.trim() === '') return empty();
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

function parseYaml(text: string): ParseResult {
  // plain data is read quickly; the syntax tree is built only if a finding needs a place
  const quick = fastYamlData(text);
  if (quick !== undefined) {
    let tree: SourcePositions | undefined;
    const full = () => (tree ??= yamlTree(text));
    return { ok: true, data: quick, positions: full, tree: full };
  }
  const lines = new LineCounter();
  let positions: SourcePositions;
  try {
    positions = new SourcePositions(text, parseDocument(text, { lineCounter: lines }), lines);
  } catch (e) {
    return { ok: false, findings: [unparsable(e)] };
  }
  const doc = positions.doc;
  const first = doc.errors[0];
  if (first) {
    // the first error only: the ones after it mostly follow from it
    const f = yamlSyntaxFinding(first, doc, text, lines);
    if (doc.errors.length > 1) f.message += ` (the parser found ${doc.errors.length - 1} more problem${doc.errors.length > 2 ? 's' : ''} after it)`;
    return { ok: false, findings: [f] };
  }
  const tags = unknownTags(doc, text, lines);
  if (tags.length > 0) return { ok: false, findings: tags };
  if (doc.contents === null) return empty();
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof Error && /alias/i.test(e.message)) {
      return {
        ok: false,
        findings: [
          {
            ruleId: 'yaml/alias-limit',
            severity: 'error',
            path: '',
            message: `the YAML aliases (*name) would expand past ${MAX_ALIAS_COUNT} copies; the file was not read further`,
            hint: 'roadmap files written by prikaz use no aliases: write the values out',
          },
        ],
      };
    }
    return { ok: false, findings: [unparsable(e)] };
  }
  return { ok: true, data, positions: () => positions, tree: () => positions };
}

/** The syntax tree of text fastYamlData already read (so it parses without errors). */
function yamlTree(text: string): SourcePositions {
  const lines = new LineCounter();
  return new SourcePositions(text, parseDocument(text, { lineCounter: lines }), lines);
}

function parseJson(text: string): ParseResult {
  try {
    return { ok: true, data: JSON.parse(text) as unknown, positions: (pointers) => new JsonPositions(text, pointers), tree: null };
  } catch (e) {
    const located = locateJsonError(text);
    if (located) {
      const f = syntaxFinding(located.message, lineCol(text, located.offset), 'JSON');
      if (located.hint) f.hint = located.hint;
      return { ok: false, findings: [f] };
    }
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, findings: [syntaxFinding(message.replace(/\s+in JSON at position \d+.*$/, ''), undefined, 'JSON')] };
  }
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/** A JSON syntax error (YAML's are described by yaml-errors.ts). */
function syntaxFinding(message: string, at: { line: number; col: number } | undefined, kind: string): RawFinding {
  // the yaml package appends " at line 3, column 5:" and a code frame; the place goes in the range
  let first = message.split(/ at line \d+, column \d+:?/)[0]!.split('\n')[0]!.trim();
  if (/call stack/i.test(first)) first = 'it nests too deeply to be parsed';
  const finding: RawFinding = {
    ruleId: 'yaml/syntax',
    severity: 'error',
    path: '',
    message: `not valid ${kind}: ${first}`,
  };
  if (at) finding.range = { start: { line: at.line, column: at.col }, end: { line: at.line, column: at.col } };
  return finding;
}

function unparsable(e: unknown): RawFinding {
  const deep = e instanceof RangeError;
  return {
    ruleId: 'yaml/syntax',
    severity: 'error',
    path: '',
    message: deep ? 'the file nests too deeply to be parsed' : `cannot be parsed: ${e instanceof Error ? e.message : String(e)}`,
  };
}

function empty(): ParseResult {
  return {
    ok: false,
    findings: [{ ruleId: 'input/empty', severity: 'error', path: '', message: 'the file is empty (or holds only comments)', hint: 'write a roadmap with `prikaz convert ORDER.txt -o DIR`' }],
  };
}
