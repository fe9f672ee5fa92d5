import { makeParagraph } from '../../document/build.js';
import type { Paragraph } from '../../document/types.js';
import { normalizeText } from '../docx/text.js';
import type { Bytes } from './bytes.js';
import type { Fib } from './fib.js';
import { readPlc, type CpRange, type Stories } from './stories.js';

/**
 * Footnotes and endnotes ([MS-DOC] 2.3.2, 2.3.4): each has its own story after the main
 * text; PlcffndRef/PlcfendRef give where each note is referenced (in order), and
 * PlcffndTxt/PlcfendTxt split the story into the notes, in the same order. As the .docx
 * reader does, the notes follow the body in the order they are referenced, footnotes and
 * endnotes together, as "[n] text", each note's paragraphs run on, the first after a gap.
 */

interface NoteRef {
  cp: number;
  text: string;
}

export interface NotesRead {
  paragraphs: Paragraph[];
  /** Notes read (with or without text). */
  count: number;
}

export function noteParagraphs(table: Bytes, fib: Fib, stories: Stories, text: string, file: string): NotesRead {
  const refs = [
    ...notesOf(table, fib.fcLcb.plcffndRef, fib.fcLcb.plcffndTxt, stories.footnotes, text, 'footnote'),
    ...notesOf(table, fib.fcLcb.plcfendRef, fib.fcLcb.plcfendTxt, stories.endnotes, text, 'endnote'),
  ].sort((a, b) => a.cp - b.cp);
  const paragraphs: Paragraph[] = [];
  let n = 0;
  for (const ref of refs) {
    n++;
    const t = noteText(ref.text);
    if (t !== '') paragraphs.push(makeParagraph(`[${n}] ${t}`, { file }, { gapBefore: paragraphs.length === 0 }));
  }
  return { paragraphs, count: refs.length };
}

/** One kind's notes with the CP of their reference; none when the story is empty. */
function notesOf(table: Bytes, ref: { fc: number; lcb: number }, txt: { fc: number; lcb: number }, story: CpRange, text: string, kind: string): NoteRef[] {
  if (story.end <= story.start) return [];
  const refs = readPlc(table, ref, 2, `${kind} reference`).cps;
  // n + 2 CPs: each note's start, then the end of the last and a final CP.
  const starts = readPlc(table, txt, 0, kind).cps;
  const out: NoteRef[] = [];
  for (let i = 0; i + 1 < starts.length && i + 1 < refs.length; i++) {
    const start = story.start + starts[i]!;
    const end = Math.min(story.start + starts[i + 1]!, story.end, text.length);
    out.push({ cp: refs[i]!, text: start < end ? text.slice(start, end) : '' });
  }
  return out;
}

/** A note's text on one line: paragraph and cell marks run on, fields show their result, marks dropped. */
function noteText(raw: string): string {
  return normalizeText(
    raw
      .replace(/[\r\x07\x0b\x0c]/g, ' ')
      .replace(/\x13[^\x14\x15]*\x14?|\x15/g, '')
      .replace(/[\x00-\x08\x0e-\x1f]/g, ''),
  );
}
