import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.js';
import { ok, type Result } from '../../core/result.js';
import type { ParsedDocument } from '../../document/types.js';
import { xmlToBlocks } from '../docx/xml-blocks.js';
import { readBody } from './body.js';
import { noteParagraphs } from './notes.js';
import { storyRanges, textboxAnchors, type CpRange } from './stories.js';
import { DocFormatError } from './bytes.js';
import { fibProblem, readFib } from './fib.js';
import { BinTable } from './fkp.js';
import { emptyLists, readLists } from './lists.js';
import { ansiCodePage, readClx, readText } from './pieces.js';
import { DocStyles } from './styles.js';
import { openCompoundFile } from './container.js';

/**
 * Read a Word 97–2003 .doc into the pipeline's blocks, the same blocks the .docx reader
 * makes (its layout code is shared), so that nothing after the reader knows the format.
 *
 *   bytes ─ compound file (cfb: WordDocument, 0Table/1Table) ─ FIB (version, encryption)
 *         ─ piece table → the text of all stories (stories.ts): the main text is the body; footnotes
 *           and endnotes follow it as notes, text boxes stand after the paragraph they are anchored
 *           in; comments are counted, headers and footers left out
 *         ─ paragraph/character properties, styles, lists ─ body.ts → items ─ docx/xml-blocks.ts → blocks
 *
 * Word 6/95 and encrypted files are refused with the way round (--convert-legacy);
 * a damaged or hostile file gives one error. Never throws for bad input.
 */

export const LEGACY_HINT = 'convert it with LibreOffice: prikaz convert --convert-legacy FILE (or soffice --headless --convert-to docx FILE)';

export async function readDoc(bytes: Uint8Array, path: string): Promise<Result<ParsedDocument | null>> {
  const where = { file: path };
  const fail = (code: string, message: string, hint?: string): Result<null> => ok(null, [diagnostic('error', code, message, where, hint)]);
  try {
    const opened = openCompoundFile(bytes);
    if ('error' in opened) return fail('doc/corrupt', `the file is damaged and could not be read as .doc (${opened.error})`, 'open it in Word or LibreOffice and save it again');
    const { word, table: tables } = opened;
    const fib = readFib(word);
    const problem = fibProblem(fib);
    if (problem?.kind === 'word6') {
      return fail('doc/word6', `this is a Word 6.0/95 document (format ${fib.nFib}), which is not read; only Word 97–2003 .doc is`, LEGACY_HINT);
    }
    if (problem?.kind === 'encrypted') return fail('doc/encrypted', 'the .doc file is password-protected; it cannot be read', 'remove the password in Word or LibreOffice and save it again');
    if (problem?.kind === 'not-word') return fail('doc/corrupt', 'the file has a WordDocument stream but not a Word file information block', 'open it in Word or LibreOffice and save it again');
    const table = tables.get(fib.tableStream);
    if (!table) return fail('doc/corrupt', `the file has no ${fib.tableStream} stream, which its header points to`, 'open it in Word or LibreOffice and save it again');

    const pieces = readClx(table, fib.fcLcb.clx.fc, fib.fcLcb.clx.lcb);
    const codePage = ansiCodePage(fib.lid);
    const diagnostics: Diagnostic[] = [];
    const optional = <T>(what: string, read: () => T, fallback: T): T => {
      try {
        return read();
      } catch (e) {
        if (!(e instanceof DocFormatError)) throw e;
        diagnostics.push(diagnostic('warning', 'doc/bad-part', `${what} are damaged and were ignored (${e.message})`, where));
        return fallback;
      }
    };
    // All the stories' text, decoded once; when only the main text can be read, the rest is reported.
    const stories = optional('the lengths of the notes, comments and text boxes', () => storyRanges(fib), null);
    let text: string;
    try {
      text = readText(word, pieces, stories?.end ?? fib.ccpText, codePage);
    } catch (e) {
      if (!(e instanceof DocFormatError) || !stories || stories.end === fib.ccpText) throw e;
      text = readText(word, pieces, fib.ccpText, codePage);
      diagnostics.push(diagnostic('warning', 'doc/bad-part', `the notes, comments and text boxes are damaged and were ignored (${e.message})`, where));
    }
    const all = text.length > fib.ccpText;
    const styles = optional('the style definitions', () => new DocStyles(table, fib.fcLcb.stshf.fc, fib.fcLcb.stshf.lcb), new DocStyles(null, 0, 0));
    const lists = optional('the list definitions', () => readLists(table, fib.fcLcb.plfLst, fib.fcLcb.plfLfo), emptyLists);
    const papx = new BinTable(table, fib.fcLcb.plcfBtePapx.fc, fib.fcLcb.plcfBtePapx.lcb, word, 'papx');
    const chpx = new BinTable(table, fib.fcLcb.plcfBteChpx.fc, fib.fcLcb.plcfBteChpx.lcb, word, 'chpx');

    const textboxes = all && stories ? optional('the text boxes', () => textboxAnchors(table, fib, stories), new Map<number, CpRange>()) : new Map<number, CpRange>();
    const main = { start: 0, end: fib.ccpText };
    const read = readBody({ word, data: opened.data, text, range: main, textboxes, pieces, papx, chpx, styles, lists });
    const laid = xmlToBlocks({ file: path, body: read.items, notes: new Map() });
    const notes = all && stories ? optional('the footnotes and endnotes', () => noteParagraphs(table, fib, stories, text, path), { paragraphs: [], count: 0 }) : { paragraphs: [], count: 0 };
    laid.blocks.push(...notes.paragraphs);
    // The shared layout names its findings as the .docx reader's; here they are the .doc reader's.
    diagnostics.push(...laid.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^docx\//, 'doc/') })));
    if (read.objects > 0 && !laid.diagnostics.some((d) => d.code === 'docx/images-ignored')) {
      diagnostics.push(diagnostic('info', 'doc/images-ignored', `${read.objects} picture(s) or drawn object(s) in the document ignored`, where));
    }
    if (read.noteReferences > notes.count) {
      diagnostics.push(diagnostic('info', 'doc/notes-ignored', `${read.noteReferences - notes.count} footnote or endnote reference(s) whose text could not be read`, where));
    }
    if (read.comments > 0) {
      diagnostics.push(diagnostic('info', 'doc/comments-ignored', `${read.comments} comment(s) in the margin not read: they are not part of the document's text`, where));
    }
    const value: ParsedDocument = { file: path, format: 'doc', sha256: createHash('sha256').update(bytes).digest('hex'), blocks: laid.blocks };
    return ok(value, diagnostics);
  } catch (e) {
    if (e instanceof DocFormatError) return fail('doc/corrupt', `the file is damaged and could not be read as .doc (${e.message})`, 'open it in Word or LibreOffice and save it again');
    throw e;
  }
}
