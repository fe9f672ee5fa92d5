import type { Appendix } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';
import { tokenizeAct } from './act-tokens.js';
import { readActReference, readDateAndNumber } from './act-reference.js';
import { joinLines } from './text.js';

/**
 * "Приложение", "ПРИЛОЖЕНИЕ № 2", "Приложение N 3 к …", "Приложение No 1", "Приложение 1.",
 * "Приложение II": the word, then a number with or without its sign, then the reference.
 */
function heading(text: string): { number: string | null; rest: string } | null {
  const ts = tokenizeAct(text);
  if (ts[0]?.kind !== 'word' || ts[0].text !== 'приложение') return null;
  let k = 1;
  while (ts[k]?.kind === 'sign') k++;
  let number: string | null = null;
  const t = ts[k];
  if (t && (t.kind === 'num' || (t.kind === 'word' && /^[IVX]+$/.test(t.raw)))) {
    number = t.raw;
    k++;
  } else if (k > 1) return null; // a sign with no number after it
  while (ts[k]?.kind === 'punct' && /^[.,:]$/.test(ts[k]!.text)) k++;
  const rest = ts[k] ? text.slice(ts[k]!.start).trim() : '';
  return { number, rest };
}

export function isAppendixStart(text: string): boolean {
  const m = heading(text);
  // "Приложение № 2", "Приложение 1 к приказу …"; not a sentence that starts with the word
  return !!m && text.length < 200 && (m.rest === '' || /^к\s/i.test(m.rest));
}

/** "Приложение № 2 / к приказу … / от 01.12.2020 № 607" */
export function recognizeAppendix(cursor: BlockCursor): Appendix | null {
  const first = cursor.para();
  if (!first || !isAppendixStart(first.text)) return null;
  const m = heading(first.text)!;
  const reference: string[] = m.rest ? [m.rest] : [];
  cursor.pos++;
  // The reference lines: "к приказу …", the authority, "от … № …", up to the act's date or number.
  const stated = (): boolean => {
    const ref = readActReference(joinLines(reference));
    return ref !== null && (ref.date !== null || ref.number !== null || ref.dateUnfilled || ref.numberUnfilled);
  };
  if (reference.length || /^к\s/i.test(cursor.para()?.text ?? '')) {
    for (let i = 0; i < 5 && !stated(); i++) {
      const p = cursor.para();
      if (!p || p.text.length > 200) break;
      if (reference.length === 0 && !/^к\s/i.test(p.text)) break;
      if (reference.length && p.gapBefore) break;
      reference.push(p.text);
      cursor.pos++;
    }
    // "к приказу … от 01.12.2020" then "№ 607" on a line of its own
    const next = cursor.para();
    const ref = readActReference(joinLines(reference));
    if (next && ref && !next.gapBefore && /^\s*(?:от|№|N\s*\d)/i.test(next.text) && next.text.length < 60 && (ref.date === null) !== (ref.number === null)) {
      reference.push(next.text);
      cursor.pos++;
    }
  }
  const text = reference.length ? joinLines(reference) : null;
  // the act by its kind word ("к приказу …"), or the date and number of a reference without one ("к Программе … от …")
  const ref = text ? (readActReference(text) ?? readDateAndNumber(text)) : null;
  return {
    number: m.number,
    reference: text,
    date: ref?.date ?? null,
    orderNumber: ref?.number ?? null,
    approval: null,
    source: first.source,
  };
}
