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

/**
 * A line people made a list entry by hand ("- текст", "• текст"): the same
 * markers the text reader takes; not when a number follows ("- 2.1. …") or no
 * word does ("- -").
 */
const MANUAL_BULLET = /^[-•✓▪●–]\s*(?=\S)/;

/** The text of a hand-made list entry without its bullet, or null. */
export function manualBullet(text: string): string | null {
  const m = MANUAL_BULLET.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return /^\d/.test(rest) || !/[А-Яа-яЁёA-Za-z]/.test(rest) ? null : rest;
}
