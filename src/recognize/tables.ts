import type { Paragraph, Table } from '../document/types.js';
import type { Appendix, GenericTable } from '../model/roadmap.js';
import { gridCells } from './columns.js';
import { joinCellText, joinLines, leadingNumber, startsLowercase } from './text.js';

/**
 * A table that is not an activity plan (target indicators, a schedule, a passport):
 * kept whole, with the header row as its columns when the first row looks like one.
 */
export function genericTable(table: Table, title: string | null, appendix: Appendix | null): GenericTable {
  const rows: string[][] = [];
  for (const r of table.rows) {
    const cells = gridCells(r).map((c) => c?.text.trim() ?? '');
    if (cells.every((t) => t === '')) continue;
    const prev = rows[rows.length - 1];
    if (prev && r.afterBreak && cells[0] === '' && startsLowercase(cells.find((t) => t !== '')!)) {
      // the rest of a row a page break cut: joined to its first part column by column
      while (prev.length < cells.length) prev.push('');
      cells.forEach((t, i) => {
        if (t) prev[i] = joinCellText(prev[i]!, t);
      });
      continue;
    }
    rows.push(cells);
  }
  const first = rows[0];
  const isHeader =
    first !== undefined &&
    rows.length > 1 &&
    first.every((t) => t.length < 120) &&
    first.filter((t) => t !== '').length >= Math.max(2, Math.ceil(first.length / 2)) &&
    !/^\d+\.?$/.test(first[0] ?? '');
  const columns = isHeader ? first : [];
  const body = isHeader ? rows.slice(1).filter((r) => r.join('\t') !== first.join('\t')) : rows;
  const out: GenericTable = { title, appendix, columns, rows: body, source: table.source };
  return out;
}

/**
 * A numbered list standing alone ("1. Бушная Ольга Вячеславовна, директор …") — a
 * council's members, a list of participants — becomes a table. Entries that all read
 * "Surname Name Patronymic, position" get those two columns.
 */
export function numberedListTable(items: Paragraph[], title: string | null, appendix: Appendix | null): GenericTable {
  const entries = items.map((p) => {
    const n = leadingNumber(p.text)!;
    return { number: n.number, text: n.rest.replace(/[.;]$/, '') };
  });
  const person = /^([А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\s*[,–—-]\s*(.+)$/;
  const persons = entries.every((e) => person.test(e.text));
  const rows = entries.map((e) => {
    const m = persons ? person.exec(e.text) : null;
    return m ? [e.number, m[1]!, m[2]!] : [e.number, e.text];
  });
  return {
    title,
    appendix,
    columns: persons ? ['№', 'ФИО', 'Должность'] : ['№', 'Текст'],
    rows,
    source: items[0]!.source,
  };
}

/** Consecutive paragraphs numbered 1, 2, 3 … from one. */
export function numberedRun(paragraphs: Paragraph[], from: number): number {
  let n = 0;
  while (from + n < paragraphs.length) {
    const lead = leadingNumber(paragraphs[from + n]!.text);
    if (!lead || lead.number !== String(n + 1)) break;
    n++;
  }
  return n;
}

export function titleOf(paragraphs: Paragraph[]): string | null {
  return paragraphs.length ? joinLines(paragraphs.map((p) => p.text)) : null;
}
