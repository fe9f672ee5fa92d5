import type { Segment } from './items.js';
import { normalizeText } from './text.js';

/**
 * A paragraph's segments (split at line breaks) as the lines a person sees: white space
 * collapsed, empty lines dropped; a line is bold (italic) when all its visible characters are.
 */

export interface Line {
  text: string;
  bold: boolean;
  italic: boolean;
}

export function lines(segments: Segment[]): Line[] {
  const out: Line[] = [];
  for (const s of segments) {
    const text = normalizeText(s.text);
    if (text === '') continue;
    out.push({ text, bold: s.chars > 0 && s.boldChars === s.chars, italic: s.chars > 0 && s.italicChars === s.chars });
  }
  return out;
}
