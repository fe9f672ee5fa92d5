import type { SourceLocation } from '../../core/source.js';
import { makeCell, makeParagraph, makeRow, makeTable } from '../../document/build.js';
import type { Block, Cell, CellParagraph, Row } from '../../document/types.js';
import { markupToParagraphs } from '../txt/markup.js';
import { median, type Line } from './lines.js';
import { isCentered, paragraphText, splitParagraphs } from './paragraphs.js';
import { vocabularyOf, type Frame, type Vocabulary } from './words.js';
import type { StitchedItem } from './stitch.js';
import type { PdfTable } from './table-model.js';
import { startsWithBullet, stripBullet } from './text.js';

/** Vertical gaps (points) from which on lines belong to different paragraphs, or have an empty line between them. */
export interface Gaps {
  paragraph: number;
  empty: number;
}

/**
 * The gaps of this document: the usual gap between the lines of a paragraph is the
 * small one most line pairs show; a paragraph's own spacing adds a little, an empty
 * line adds a whole line.
 */
export function measureGaps(lines: Line[][]): Gaps {
  const gaps: number[] = [];
  const heights: number[] = [];
  for (const ls of lines) {
    for (let i = 0; i < ls.length; i++) {
      const l = ls[i]!;
      heights.push(l.bottom - l.top);
      const p = ls[i - 1];
      if (p && p.page === l.page) gaps.push(l.top - p.bottom);
    }
  }
  const sorted = gaps.sort((a, b) => a - b);
  // the gap between a paragraph's own lines: the small one (orders often put an empty line between all paragraphs)
  const base = Math.max(-2, sorted[Math.floor(sorted.length * 0.1)] ?? 0);
  const height = median(heights) || 13;
  const size = height / 1.1;
  return { paragraph: base + 0.35 * size, empty: base + 0.8 * height };
}

/** The stitched flow as the pipeline's blocks, each located by its page. */
export function toBlocks(items: StitchedItem[], file: string, gaps: Gaps): Block[] {
  const vocabulary = vocabularyOf(items.flatMap((i) => (i.kind === 'text' ? [{ lines: i.lines, frame: i.frame }] : i.rows.flatMap((r) => r.cells.filter((c) => !c.mergedFromAbove).map((c) => ({ lines: c.lines, frame: { left: c.left, right: c.right } }))))));
  const blocks: Block[] = [];
  let tables = 0;
  let afterTable = false;
  for (const item of items) {
    if (item.kind === 'table') {
      const t = tableBlock(item, file, blocks.length + 1, ++tables, gaps, vocabulary);
      if (t.rows.length) blocks.push(t);
      afterTable = true;
      continue;
    }
    const paras = splitParagraphs(item.lines, item.frame, gaps);
    paras.forEach((p, i) => {
      const first = p.lines[0]!;
      const pieces = markupToParagraphs(stripBullet(paragraphText(p.lines, item.frame, vocabulary)));
      const text = pieces.map((x) => x.text).join('\n');
      if (text === '') return;
      const gapBefore = p.gapBefore || (i === 0 && (afterTable || item.gapBefore === true));
      blocks.push(
        makeParagraph(text, { file, page: first.page, block: blocks.length + 1 }, {
          bold: p.lines.every((l) => l.bold),
          italic: p.lines.every((l) => l.italic),
          centered: p.lines.every((l) => isCentered(l, item.frame)),
          gapBefore,
        }),
      );
      afterTable = false;
    });
  }
  return blocks;
}

function tableBlock(t: PdfTable, file: string, block: number, table: number, gaps: Gaps, vocabulary: Vocabulary): ReturnType<typeof makeTable> {
  const rows: Row[] = [];
  for (const r of t.rows) {
    const rowNo = rows.length + 1;
    const rowSource: SourceLocation = { file, page: r.page, block, table, row: rowNo };
    const cells: Cell[] = r.cells.map((c, j) => {
      const source: SourceLocation = { ...rowSource, cell: j + 1 };
      const cell = makeCell(cellParagraphs(c.lines, { left: c.left, right: c.right }, gaps, vocabulary), source, c.colSpan, c.rowSpan);
      if (c.mergedFromAbove) cell.mergedFromAbove = true;
      return cell;
    });
    if (cells.every((c) => c.text === '') && rows.length > 0) continue; // an empty grid row
    const row = makeRow(cells, rowSource, { header: r.header === true, afterBreak: r.afterBreak === true });
    rows.push(row);
  }
  const first = t.rows[0];
  return makeTable(rows, { file, page: first?.page ?? t.page, block, table });
}

/** A cell's lines as its paragraphs, with list entries and emphasis. */
function cellParagraphs(lines: Line[], frame: Frame, gaps: Gaps, vocabulary: Vocabulary): CellParagraph[] {
  const sorted = [...lines].sort((a, b) => a.page - b.page || a.top - b.top || a.x0 - b.x0);
  const out: CellParagraph[] = [];
  for (const p of splitParagraphs(sorted, frame, gaps)) {
    const bold = p.lines.every((l) => l.bold);
    const italic = p.lines.every((l) => l.italic);
    const text = paragraphText(p.lines, frame, vocabulary);
    const listItem = startsWithBullet(text);
    for (const piece of markupToParagraphs(listItem ? stripBullet(text) : text)) {
      const cp: CellParagraph = { ...piece };
      if (listItem) cp.listItem = true;
      if (bold) cp.bold = true;
      if (italic) cp.italic = true;
      out.push(cp);
    }
  }
  return out;
}
