import type { Appendix } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';
import { findDocumentDate, findDocumentNumber, joinLines } from './text.js';

const HEADING = /^\s*ПРИЛОЖЕНИЕ\s*(?:№\s*)?(\d+|[IVX]+)?\s*[.,]?\s*(.*)$/i;

export function isAppendixStart(text: string): boolean {
  const m = HEADING.exec(text);
  // "Приложение № 2", "Приложение 1 к приказу …"; not a sentence that starts with the word.
  return !!m && text.length < 200 && (m[2] === '' || /^к\s/i.test(m[2]!));
}

/** "Приложение № 2 / к приказу … / от 01.12.2020 № 607" */
export function recognizeAppendix(cursor: BlockCursor): Appendix | null {
  const first = cursor.para();
  if (!first || !isAppendixStart(first.text)) return null;
  const m = HEADING.exec(first.text)!;
  const reference: string[] = m[2] ? [m[2]] : [];
  cursor.pos++;
  // The reference lines: "к приказу …", the authority, "от … № …".
  if (reference.length || /^к\s/i.test(cursor.para()?.text ?? '')) {
    for (let i = 0; i < 5; i++) {
      const p = cursor.para();
      if (!p || p.text.length > 200) break;
      if (reference.length === 0 && !/^к\s/i.test(p.text)) break;
      if (reference.length && p.gapBefore) break;
      reference.push(p.text);
      cursor.pos++;
      if (/№/.test(p.text) || findDocumentDate(p.text)) break;
    }
  }
  const text = reference.length ? joinLines(reference) : null;
  return {
    number: m[1] ?? null,
    reference: text,
    date: text ? (findDocumentDate(text)?.iso ?? null) : null,
    orderNumber: text ? findDocumentNumber(text) : null,
    approval: null,
    source: first.source,
  };
}
