import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonPositions } from './json-positions.js';
import { SourcePositions } from './positions.js';
import { toPointer } from './pointer.js';

/** Every pointer into a value, and the value's own. */
function pointers(v: unknown, path: (string | number)[] = [], out: string[] = []): string[] {
  out.push(toPointer(path));
  if (Array.isArray(v)) v.forEach((x, i) => pointers(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) pointers(x, [...path, k], out);
  return out;
}

const show = (r: { start: { line: number; column: number }; end: { line: number; column: number } }) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

describe('JsonPositions', () => {
  it('finds every value where the YAML syntax tree of the same text has it', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', '/', '~', '"', '\\', 'я', ' ', '1'), maxLength: 4 });
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    })).value;
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        const all = pointers(v);
        const ours = new JsonPositions(text, all);
        const tree = SourcePositions.parse(text);
        for (const p of all) expect(show(ours.rangeOf(p)), p).toBe(show(tree.rangeOf(p)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a missing field the place of its nearest parent, and records only what is asked', () => {
    const text = '{\n  "a": [\n    1,\n    {"b": true}\n  ],\n  "c": "x"\n}\n';
    const p = new JsonPositions(text, ['/a/1/zz']);
    expect(show(p.rangeOf('/a/1/zz'))).toBe('4:5-4:16');
    expect(show(p.rangeOf('/c'))).toBe('1:1-7:2'); // not asked: the document
  });

  it('reads a list nested 20,000 deep without overflowing the stack', () => {
    const n = 20_000;
    const text = `${'['.repeat(n)}1${']'.repeat(n)}`;
    const deep = toPointer(Array.from({ length: 50 }, () => 0));
    expect(show(new JsonPositions(text, [deep]).rangeOf(deep))).toBe(`1:51-1:${2 * n - 48}`);
  });
});
