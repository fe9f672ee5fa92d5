import { LineCounter, parseDocument } from 'yaml';
import { SourcePositions } from './positions.js';
import type { RawFinding } from './types.js';

export type SourceFormat = 'yaml' | 'json';

export type ParseResult =
  | { ok: true; data: unknown; positions: () => SourcePositions }
  | { ok: false; findings: RawFinding[]; positions?: () => SourcePositions };

/** YAML aliases a document may expand before it is refused (the "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;
/** Syntax errors reported per file; the rest tend to follow from the first. */
const MAX_SYNTAX_ERRORS = 5;

export function formatOf(path: string): SourceFormat {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

/**
 * Text to data, keeping what is needed to find a value's line and column later. JSON is
 * read with JSON.parse (fast) and parsed as YAML for positions only when a finding needs one.
 */
export function parseRoadmapText(text: string, format: SourceFormat): ParseResult {
  if (text.trim() === '') return empty();
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

function parseYaml(text: string): ParseResult {
  const lines = new LineCounter();
  let positions: SourcePositions;
  try {
    positions = new SourcePositions(text, parseDocument(text, { lineCounter: lines }), lines);
  } catch (e) {
    return { ok: false, findings: [unparsable(e)] };
  }
  const doc = positions.doc;
  if (doc.errors.length > 0) {
    return { ok: false, findings: doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((err) => syntaxFinding(err.message, err.linePos?.[0], err.code)) };
  }
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
  return { ok: true, data, positions: () => positions };
}

function parseJson(text: string): ParseResult {
  let cached: SourcePositions | undefined;
  const positions = () => (cached ??= SourcePositions.parse(text));
  try {
    return { ok: true, data: JSON.parse(text) as unknown, positions };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    let at: { line: number; col: number } | undefined;
    const offset = /at position (\d+)/.exec(message);
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
    if (lineCol) at = { line: Number(lineCol[1]), col: Number(lineCol[2]) };
    else if (offset) {
      const p = positions().position(Number(offset[1]));
      at = { line: p.line, col: p.column };
    } else {
      // the engine gave no place: the YAML parser (JSON is YAML) usually can
      const err = positions().doc.errors[0];
      at = err?.linePos?.[0];
    }
    const plain = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+in JSON at position \d+.*$/, '');
    return { ok: false, findings: [syntaxFinding(plain, at, undefined, 'JSON')] };
  }
}

function syntaxFinding(message: string, at: { line: number; col: number } | undefined, code?: string, kind = 'YAML'): RawFinding {
  // the yaml package appends " at line 3, column 5:" and a code frame; the place goes in the range
  const first = message.split(/ at line \d+, column \d+:?/)[0]!.split('\n')[0]!.trim();
  const finding: RawFinding = {
    ruleId: 'yaml/syntax',
    severity: 'error',
    path: '',
    message: `not valid ${kind}: ${first}`,
  };
  if (at) finding.range = { start: { line: at.line, column: at.col }, end: { line: at.line, column: at.col } };
  if (code === 'DUPLICATE_KEY') finding.hint = 'a key may appear only once in a mapping: remove or rename one of them';
  else if (code === 'MULTIPLE_DOCS') finding.hint = 'a roadmap file holds one document: split it at the "---" line';
  else if (code === 'TAB_AS_INDENT') finding.hint = 'indent YAML with spaces, not tabs';
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
