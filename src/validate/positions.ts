import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ParsedNode } from 'yaml';
import { parsePointer, toPointer } from './pointer.js';
import type { Position, Range } from './types.js';

/**
 * The parsed YAML (or JSON) text of one file, able to say where a value stands:
 * a JSON pointer is followed through the syntax tree and the node's offsets are turned
 * into line and column with the parser's LineCounter. Nothing is computed up front;
 * a pointer is looked up only when a finding about it is reported.
 */
export class SourcePositions {
  constructor(
    readonly text: string,
    readonly doc: Document.Parsed,
    readonly lines: LineCounter,
  ) {}

  /** Parses `text` for positions only (used for JSON files, which are read with JSON.parse). */
  static parse(text: string): SourcePositions {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    return new SourcePositions(text, doc, lines);
  }

  position(offset: number): Position {
    const p = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line: p.line, column: p.col };
  }

  /** From `start` to `end`, with the end pulled back over trailing blanks and line breaks. */
  range(start: number, end: number): Range {
    let e = Math.max(start, end);
    while (e > start && /\s/.test(this.text[e - 1] ?? '')) e--;
    return { start: this.position(start), end: this.position(e) };
  }

  /**
   * Where the value at `pointer` is written: for a mapping entry, from its key to the end
   * of its value; for a list entry, the entry. A pointer that leads nowhere (a missing
   * field) gives the place of the nearest value that exists on its way.
   */
  rangeOf(pointer: string): Range {
    let node: unknown = this.doc.contents;
    let keyStart: number | undefined;
    for (const seg of parsePointer(pointer)) {
      const target = this.deref(node);
      let next: unknown;
      let nextKeyStart: number | undefined;
      if (isMap(target)) {
        const pair = target.items.find((p) => keyString(p.key) === seg);
        if (pair) {
          next = pair.value ?? pair.key;
          nextKeyStart = (pair.key as ParsedNode | null)?.range?.[0];
        }
      } else if (isSeq(target) && /^\d+$/.test(seg)) {
        next = target.items[Number(seg)];
      }
      if (next === undefined || next === null) break;
      node = next;
      keyStart = nextKeyStart;
    }
    const range = (node as ParsedNode | null)?.range;
    if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return this.range(keyStart ?? range[0], range[1]);
  }

  /**
   * Where each value's entry starts, with the pointer of the value: a list entry at its
   * first character, a mapping entry at its key, the document at its first key. (A
   * collection's own start is not listed: a block list starts on the line of its first entry.)
   * Used to attach `# prikaz-ignore` comments to what they stand next to.
   */
  starts(): { offset: number; pointer: string }[] {
    const out: { offset: number; pointer: string }[] = [];
    const root = this.doc.contents as ParsedNode | null;
    if (!root) return out;
    if (root.range) out.push({ offset: root.range[0], pointer: '' });
    const stack: { node: unknown; path: (string | number)[] }[] = [{ node: root, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = keyString(pair.key);
          if (key === undefined) continue;
          const keyOffset = (pair.key as ParsedNode | null)?.range?.[0];
          if (keyOffset !== undefined) out.push({ offset: keyOffset, pointer: toPointer([...path, key]) });
          stack.push({ node: pair.value, path: [...path, key] });
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const offset = (item as ParsedNode | null)?.range?.[0];
          if (offset !== undefined) out.push({ offset, pointer: toPointer([...path, i]) });
          stack.push({ node: item, path: [...path, i] });
        });
      }
    }
    return out;
  }

  private deref(node: unknown): unknown {
    if (isAlias(node)) return node.resolve(this.doc) as Node | undefined;
    return node;
  }
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return typeof key === 'object' ? undefined : String(key);
}
