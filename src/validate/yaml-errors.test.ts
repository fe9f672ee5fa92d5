import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateText } from './validate.js';

const MINIMAL = readFileSync(new URL('./fixtures/minimal.roadmap.yaml', import.meta.url), 'utf8');

interface Case {
  name: string;
  text: string;
  ruleId?: string;
  line: number;
  column: number;
  message?: RegExp;
  hint: RegExp;
}

/** Each slip, and where a person must edit to mend it. */
const CASES: Case[] = [
  { name: 'a tab as indentation', text: 'a: 1\nb:\n\tc: 2\n', line: 3, column: 1, hint: /spaces, not tabs/ },
  {
    name: 'an unquoted colon in a value',
    text: 'items:\n  - number: "1"\n    text: Срок: до 1 марта\n',
    line: 3,
    column: 11,
    message: /holds ": " \(at column 15\)/,
    hint: /double quotes: text: "Срок: до 1 марта"/,
  },
  {
    name: 'an unquoted colon after a quoted word',
    text: 'a:\n  text: Проект "X": итоги\n',
    line: 2,
    column: 9,
    hint: /text: "Проект \\"X\\": итоги"/,
  },
  { name: 'a double quote never closed', text: 'a: 1\nb: "foo\nc: 2\nd: 3\n', line: 2, column: 4, message: /double quote .* never closed/, hint: /closing "/ },
  { name: 'a single quote never closed', text: "a: 1\nb: 'foo\nc: 2\n", line: 2, column: 4, message: /single quote/, hint: /closing '/ },
  { name: 'a key twice', text: 'a: 1\nb: 2\na: 3\n', line: 3, column: 1, hint: /only once/ },
  { name: 'keys out of line', text: 'a:\n  b: 1\n c: 2\n', line: 3, column: 2, hint: /same column/ },
  { name: 'two documents', text: 'a: 1\n---\nb: 2\n', line: 2, column: 1, hint: /one document/ },
  { name: 'an unknown local tag', text: 'a: 1\nb: !custom/x foo\n', ruleId: 'yaml/unknown-tag', line: 2, column: 4, message: /!custom\/x/, hint: /remove the tag/ },
  { name: 'a binary tag', text: 'a:\n  b: !!binary aGVsbG8=\n', ruleId: 'yaml/unknown-tag', line: 2, column: 6, message: /!!binary/, hint: /remove the tag/ },
  { name: 'a tag on a mapping', text: 'a: !thing\n  b: 1\n', ruleId: 'yaml/unknown-tag', line: 1, column: 4, message: /!thing/, hint: /remove the tag/ },
];

describe('YAML syntax errors: the place to edit and a hint', () => {
  it.each(CASES)('$name', (c) => {
    const { findings } = validateText(c.text, 'x.yaml');
    expect(findings.length).toBeGreaterThanOrEqual(1);
    const f = findings[0]!;
    expect(f.ruleId).toBe(c.ruleId ?? 'yaml/syntax');
    expect(f.severity).toBe('error');
    expect(f.range?.start).toEqual({ line: c.line, column: c.column });
    if (c.message) expect(f.message).toMatch(c.message);
    expect(f.hint).toMatch(c.hint);
  });

  it('accepts the core tags, and "!" inside text', () => {
    const text = MINIMAL.replace('file: order.txt', 'file: !!str order.txt').replace('format: txt', 'format: txt # Внимание! not a tag');
    expect(validateText(text, 'x.yaml').findings).toEqual([]);
  });
});
