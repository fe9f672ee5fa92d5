import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keepBuiltins } from './builtins.js';

describe('keepBuiltins', () => {
  it('puts back a method replaced after the snapshot, and names it', () => {
    const native = Array.prototype.indexOf;
    const restore = keepBuiltins();
    Array.prototype.indexOf = function polyfilled(): number {
      return -2;
    };
    expect([1].indexOf(1)).toBe(-2);
    expect(restore()).toEqual(['Array.prototype.indexOf']);
    expect(Array.prototype.indexOf).toBe(native);
    expect([1].indexOf(1)).toBe(0);
  });

  it('keeps what was added (pdf.js needs the additions) and reports nothing when nothing was replaced', () => {
    const restore = keepBuiltins();
    const added = Symbol('added');
    Object.defineProperty(Math, added, { value: () => 1, configurable: true });
    try {
      expect(restore()).toEqual([]);
      expect(Object.getOwnPropertyDescriptor(Math, added)).toBeDefined();
    } finally {
      Reflect.deleteProperty(Math, added);
    }
  });

  // In a process of its own, as a user's would be: loading the reader's pdf.js leaves the
  // native Array.prototype.push and JSON.parse in place (core-js would swap them).
  const built = fileURLToPath(new URL('../../../dist/readers/pdf/pdfjs.js', import.meta.url));
  it.skipIf(!existsSync(built))('loading pdf.js through pdfjs.ts leaves the native push and JSON.parse', () => {
    const script = `
      const push = Array.prototype.push, parse = JSON.parse;
      const m = await import(${JSON.stringify(built)});
      console.log(JSON.stringify({ push: Array.prototype.push === push, parse: JSON.parse === parse, restored: m.restoredBuiltins }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { push: boolean; parse: boolean; restored: string[] };
    expect(out.push).toBe(true);
    expect(out.parse).toBe(true);
    expect(out.restored).toContain('Array.prototype.push');
  });
});
