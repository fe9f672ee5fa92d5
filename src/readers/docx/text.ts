/** Plain-text clean-up shared by the docx reader. */

/**
 * Collapse whitespace (spaces, tabs, no-break spaces) to single spaces and trim;
 * drop soft hyphens and zero-width characters; a non-breaking hyphen becomes "-".
 */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u2011/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Characters people type at the start of a line to make a list by hand. */
const MANUAL_BULLET = /^[•●▪◦·○■□➢►◆❖✓\-–—*]\s+(?=\S)/;

/** The text of a hand-made list entry ("• текст", "- текст") without its bullet, or null. */
export function manualBullet(text: string): string | null {
  const m = MANUAL_BULLET.exec(text);
  return m ? text.slice(m[0].length) : null;
}
