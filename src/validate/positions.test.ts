import { describe, expect, it } from 'vitest';
import { parseRoadmapText, type Locator } from './parse.js';
import { SourcePositions } from './positions.js';
import { dottedPath, parsePointer, toPointer } from './pointer.js';

const YAML_TEXT = `schemaVersion: "1.0"
roadmaps:
  - title: Карта
    items:
      - number: "1"
        text: a
      - number: "2"
        text: >-
          folded
          text
    "a/b": 1
    "t~": 2
anchor: &x { k: v }
alias: *x
`;

function at(p: Locator, pointer: string): string {
  const r = p.rangeOf(pointer);
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

describe('JSON pointers', () => {
  it.each([
    ['', []],
    ['/roadmaps/0/items', ['roadmaps', '0', 'items']],
    ['/a~1b/t~0', ['a/b', 't~']],
  ])('%s ↔ segments', (pointer, segs) => {
    expect(parsePointer(pointer)).toEqual(segs);
    expect(toPointer(segs)).toBe(pointer);
  });

  it('reads as a dotted path', () => {
    expect(dottedPath('/roadmaps/0/items/3/deadline')).toBe('roadmaps[0].items[3].deadline');
    expect(dottedPath('/extra/Отметка об исполнении')).toBe('extra["Отметка об исполнении"]');
    expect(dottedPath('')).toBe('(the document)');
  });
});

describe('positions in the YAML source', () => {
  const p = SourcePositions.parse(YAML_TEXT);
  it.each([
    ['the whole document', '', '1:1-14:10'],
    ['a mapping entry, from its key to the end of its value', '/schemaVersion', '1:1-1:21'],
    ['a list entry', '/roadmaps/0/items/1', '7:9-10:15'],
    ['a scalar inside it', '/roadmaps/0/items/1/number', '7:9-7:20'],
    ['a folded scalar', '/roadmaps/0/items/1/text', '8:9-10:15'],
    ['keys with / and ~', '/roadmaps/0/a~1b', '11:5-11:13'],
    ['', '/roadmaps/0/t~0', '12:5-12:12'],
    ['a missing field: its nearest ancestor', '/roadmaps/0/items/0/deadline/start', '5:9-6:16'],
    ['an index past the end', '/roadmaps/0/items/9', '4:5-10:15'],
    ['through an alias', '/alias/k', '13:14-13:18'],
  ])('%s: %s', (_, pointer, expected) => {
    expect(at(p, pointer)).toBe(expected);
  });

  it('lists where values start, by pointer', () => {
    const starts = p.starts();
    const lineOf = (ptr: string) => starts.filter((s) => s.pointer === ptr).map((s) => p.position(s.offset).line);
    expect(lineOf('/roadmaps/0/items/1')).toEqual([7]);
    expect(lineOf('/roadmaps/0/items/1/text')).toEqual([8]);
  });
});

describe('positions in a JSON file', () => {
  it('are computed only when asked, from the same text', () => {
    const json = '{\n  "a": [\n    1,\n    {"b": true}\n  ]\n}\n';
    const parsed = parseRoadmapText(json, 'json');
    if (!parsed.ok) throw new Error('valid JSON');
    expect(parsed.data).toEqual({ a: [1, { b: true }] });
    expect(at(parsed.positions(['/a/1/b']), '/a/1/b')).toBe('4:6-4:15');
  });
});
