import { describe, expect, it } from 'vitest';
import { isPageNumber } from './page-number.js';

describe('a page number on a line of its own', () => {
  it.each([
    ['3', true, false],
    ['- 3 -', true, true],
    ['— 12 —', true, true],
    ['стр. 3', true, true],
    ['Страница 3 из 12', true, true],
    ['3 из 12', true, false],
    ['3/12', true, false],
    ['2024 год', false, false],
    ['1. Утвердить план.', false, false],
    ['- по русскому языку;', false, false],
  ])('%s: a page number %s, one that says so %s', (text, any, marked) => {
    expect(isPageNumber(text)).toBe(any);
    expect(isPageNumber(text, { marked: true })).toBe(marked);
  });
});
