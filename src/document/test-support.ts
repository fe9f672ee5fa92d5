import { expect } from 'vitest';
import type { ParsedDocument } from './types.js';

/**
 * Every block of a Word reader's document points into the file: each table, row and cell by its
 * index, and the blocks in document order. Shared by the .docx and .doc fixture tests.
 */
export function expectWordProvenance(doc: ParsedDocument, file: string): void {
  for (const b of doc.blocks) {
    expect(b.source.file).toBe(file);
    if (b.kind === 'table') {
      expect(b.source.table).toBeGreaterThan(0);
      b.rows.forEach((r, i) => {
        expect(r.source).toMatchObject({ block: b.source.block, table: b.source.table, row: i + 1 });
        r.cells.forEach((c, k) => expect(c.source).toMatchObject({ row: i + 1, cell: k + 1 }));
      });
    }
  }
  const blocks = doc.blocks.map((b) => b.source.block ?? 0);
  expect(blocks).toEqual([...blocks].sort((x, y) => x - y));
}
