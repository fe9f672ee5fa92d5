import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error.js';
import { parseRoadmapText } from './parse.js';

describe('locating a JSON error', () => {
  it.each([
    ['{"a": [1, 2,]}', 12, 'unexpected "]" after a comma'],
    ['{"a": 1,}', 8, 'expected a "quoted" key, found "}"'],
    ['{"a" 1}', 5, 'expected ":" after the key, found "1"'],
    ["{'a': 1}", 1, 'expected a "quoted" key, found "\'"'],
    ['{"a": tru}', 6, 'expected a value, found "t"'],
    ['{"a": 1', 7, 'expected "," or "}" after a value, found the end of the file'],
    ['{"a": "x\ny"}', 8, 'a line break or control character inside a string'],
    ['[1] x', 4, 'unexpected "x" after the end of the document'],
    ['{"a": "\\q"}', 7, 'a bad escape in a string'],
  ])('%j at %i', (text, offset, message) => {
    expect(JSON.parse.bind(null, text)).toThrow();
    expect(locateJsonError(text)).toMatchObject({ offset, message });
  });

  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}')).toBeNull();
  });

  it('gives the line and column of a trailing comma', () => {
    const r = parseRoadmapText('{\n  "roadmaps": [\n    1,\n  ]\n}\n', 'json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]).toMatchObject({
      ruleId: 'yaml/syntax',
      message: 'not valid JSON: unexpected "]" after a comma',
      range: { start: { line: 4, column: 3 } },
      hint: 'remove the comma before the closing bracket',
    });
  });
});
