import { createRequire } from 'node:module';

/**
 * The character a w:sym element shows: a code in a symbol font (Symbol, Wingdings, …)
 * mapped to Unicode. The mapping tables are those of the package mammoth itself uses
 * (dingbat-to-unicode), loaded through mammoth so that they are the same version and
 * are only loaded when a document has a w:sym at all.
 */

interface Dingbats {
  hex(typeface: string, hex: string): { string: string } | undefined;
}

let loaded: Dingbats | null | undefined;

function isDingbats(m: unknown): m is Dingbats {
  return typeof m === 'object' && m !== null && typeof (m as { hex?: unknown }).hex === 'function';
}

function dingbats(): Dingbats | null {
  if (loaded === undefined) {
    try {
      const fromHere = createRequire(import.meta.url);
      const m: unknown = createRequire(fromHere.resolve('mammoth'))('dingbat-to-unicode');
      loaded = isDingbats(m) ? m : null;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/** The text of a symbol, or undefined when the font or code is unknown. */
export function symbolText(font: string | undefined, char: string | undefined): string | undefined {
  const d = dingbats();
  if (!d || font === undefined || char === undefined) return undefined;
  const found = d.hex(font, char) ?? (/^F0..$/.test(char) ? d.hex(font, char.slice(2)) : undefined);
  return found?.string;
}
