import { expect, test } from 'vitest';
import { visibleChars } from './body.js';

test('visibleChars counts what the white-space pattern the .docx reader uses does not match', () => {
  // every UTF-16 code unit, one at a time and all in one string
  const all: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const s = String.fromCharCode(c);
    all.push(s);
    expect(visibleChars(s), `U+${c.toString(16)}`).toBe(s.replace(/[\s\u00A0]/g, '').length);
  }
  const text = all.join('');
  expect(visibleChars(text)).toBe(text.replace(/[\s\u00A0]/g, '').length);
  expect(visibleChars(' Текст\u00a0сноски.\t')).toBe(12);
});
