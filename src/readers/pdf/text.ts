import type { PdfCell } from './table-model.js';

/** The cell's text as one string (lines joined with spaces). */
export function cellText(c: PdfCell): string {
  return c.lines
    .map((l) => l.text)
    .join(' ')
    .trim();
}

/** Text that goes on mid-sentence: a lower-case start, or a closing mark. */
export function startsLowercaseOrMark(text: string): boolean {
  return /^[«"(]?[а-яёa-z]/.test(text) || /^[,.;:)»]/.test(text);
}

/**
 * Bullet glyphs a list entry starts with. Word's bullets come in the Symbol and
 * Wingdings fonts, whose glyphs pdf.js gives as private-use characters (U+F0B7 …).
 */
const BULLETS = '•▪◦●■➢►✓·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06c\uf06e\uf0e8\uf0d7\uf0be';
const BULLET_START = new RegExp(`^[${BULLETS}](?:\\s|$)`);

/** A line or paragraph that starts with a drawn bullet. */
export function startsWithBullet(text: string): boolean {
  return BULLET_START.test(text);
}

/** The text without its bullet. */
export function stripBullet(text: string): string {
  return text.replace(BULLET_START, '').trim();
}

export function isBullet(text: string): boolean {
  return text.length === 1 && BULLETS.includes(text);
}
