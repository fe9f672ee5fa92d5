import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../document/types.js';
import { readDocxVia } from './index.js';

/**
 * The two readers of a .docx body — ours (XML → blocks) and the mammoth fallback used when
 * document.xml is not well-formed — give the same blocks for every .docx fixture, as far as
 * the fallback can know them. It reads mammoth's HTML without the facts of facts.ts, so
 * these are left out of the comparison:
 *
 *  - list labels: the fallback numbers an item by its place in the HTML list ("1.", "2."),
 *    or shows nothing for an empty one (the № column), where ours renders Word's label
 *    ("2.3."): labels are taken off the text of paragraphs and cell paragraphs, listLabel
 *    and listItem are not compared;
 *  - what comes from styles and page layout: bold, italic, centered, gapBefore (empty
 *    paragraphs and page breaks), a row's afterBreak;
 *  - block numbers (the fallback counts the blocks it makes, ours counts Word's).
 *
 * Text, the order of blocks, tables, rows, cells, spans, merged cells, header rows and
 * notes are compared.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DOCX = join(ROOT, 'fixtures', 'docx');
const files = readdirSync(DOCX).filter((n) => n.endsWith('.docx')).sort();

/** A list label at the start of a text ("1.", "2.3.", "1)", "12"), with the space after it. */
const LABEL = /^(?:\d+[.)]?)+(?=\s|$)\s*/;

function comparable(blocks: Block[]): unknown[] {
  return blocks.map((b) => {
    if (b.kind === 'paragraph') {
      return { text: b.listLabel === undefined ? b.text : b.text.slice(b.listLabel.length).trimStart(), note: b.source.block === undefined };
    }
    return {
      table: b.source.table,
      rows: b.rows.map((r) => ({
        header: !!r.header,
        cells: r.cells.map((c) => ({
          text: c.paragraphs.map((p) => p.text.replace(LABEL, '')).filter((t) => t !== ''),
          colSpan: c.colSpan,
          rowSpan: c.rowSpan,
          mergedFromAbove: !!c.mergedFromAbove,
        })),
      })),
    };
  });
}

test('there are docx fixtures', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

describe.each(files)('%s', (name) => {
  test('our reader and the mammoth fallback give the same blocks', async () => {
    const bytes = readFileSync(join(DOCX, name));
    const own = await readDocxVia(bytes, name, 'xml');
    const fallback = await readDocxVia(bytes, name, 'mammoth');
    if (!own.value || !fallback.value) throw new Error(`${name}: not read`);
    expect(comparable(own.value.blocks)).toEqual(comparable(fallback.value.blocks));
    expect(own.diagnostics.map((d) => d.code)).toEqual(fallback.diagnostics.map((d) => d.code));
  });
});
