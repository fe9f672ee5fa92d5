import { makeParagraph } from '../../document/build.js';
import type { Paragraph } from '../../document/types.js';
import { normalizeText } from '../docx/text.js';
import type { Bytes } from './bytes.js';

/**
 * Footnotes ([MS-DOC] 2.8.11 PlcffndTxt): the footnote document follows the main text in
 * CP order; PlcffndTxt splits it into notes, in the order of their references. As the
 * .docx reader does, the notes follow the body as "[n] text", each note's paragraphs run
 * on, the first after a gap.
 */
export function footnoteParagraphs(table: Bytes, txt: { fc: number; lcb: number }, footnotes: string, file: string): Paragraph[] {
  if (txt.lcb < 8 || footnotes === '') return [];
  const plc = table.sub(txt.fc, txt.lcb, `${table.name} (footnotes)`);
  // n + 2 CPs: each note's start, then the end of the last and a final CP.
  const cps: number[] = [];
  for (let i = 0; i * 4 + 4 <= plc.length; i++) cps.push(plc.u32(i * 4));
  const out: Paragraph[] = [];
  let n = 0;
  for (let i = 0; i + 1 < cps.length; i++) {
    const start = cps[i]!;
    const end = Math.min(cps[i + 1]!, footnotes.length);
    if (start >= end) continue;
    const text = normalizeText(
      footnotes
        .slice(start, end)
        .replace(/[\r\x07\x0b\x0c]/g, ' ')
        .replace(/\x13[^\x14\x15]*\x14?|\x15/g, '')
        .replace(/[\x00-\x08\x0e-\x1f]/g, ''),
    );
    n++;
    if (text === '') continue;
    out.push(makeParagraph(`[${n}] ${text}`, { file }, { gapBefore: out.length === 0 }));
  }
  return out;
}
