/**
 * The few iCalendar lines the exporter writes (RFC 5545 §3.1): a content line is folded
 * after at most 75 octets, never inside a UTF-8 sequence, with CRLF and one space.
 * ical-generator, used before, folded with a new TextEncoder for each character, which
 * made a calendar of 50,000 activities take minutes; this writer measures each line once.
 */

import { dropControls } from './control.js';

/** TEXT values (§3.3.11): no control characters but tab, backslash, semicolon and comma escaped, line breaks as \n. */
export function icsText(text: string): string {
  return dropControls(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** "NAME;PARAMS:value", folded. `value` is written as given (escape TEXT with icsText). */
export function contentLine(name: string, value: string): string {
  return fold(`${name}:${value}`);
}

/** Folds one line to pieces of at most 75 octets (the continuation's leading space counts). */
export function fold(line: string): string {
  // ASCII only, or short enough whatever it holds: nothing to fold
  if (line.length <= 25 || (line.length <= 75 && !/[^\x00-\x7f]/.test(line))) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // a surrogate pair is one 4-octet character: never split it
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + n > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74; // after the leading space
    }
    octets += n;
    if (pair) i++;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** "20240901" */
export function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

/** "20240101T000000Z" */
export function icsUtc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
