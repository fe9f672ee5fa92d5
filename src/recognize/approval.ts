import type { Approval } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';
import { findPersonName, findDocumentDate, findDocumentNumber, joinLines } from './text.js';

const STAMP = /^\s*(УТВЕРЖДАЮ|УТВЕРЖДЕН[АОЫ]?|УТВЕРЖДЁН[АОЫ]?)(?![А-ЯЁа-яё])\s*:?\s*(.*)$/i;
const ACT_KIND = /(приказом|распоряжением|постановлением|решением)/i;

export function isApprovalStart(text: string): boolean {
  return STAMP.test(text);
}

/**
 * An approval stamp: "УТВЕРЖДАЮ / position / name / date" (a person approves),
 * or "УТВЕРЖДЕН(А) приказом … от … № …" (approved by an act).
 */
export function recognizeApproval(cursor: BlockCursor): Approval | null {
  const first = cursor.para();
  const m = first ? STAMP.exec(first.text) : null;
  if (!first || !m) return null;
  const form: Approval['form'] = /АЮ$/i.test(m[1]!) ? 'approve' : 'approved';
  const approval: Approval = { form, organization: null, position: null, name: null, date: null, act: null, source: first.source };
  const lines: string[] = m[2] ? [m[2]] : [];
  cursor.pos++;

  if (form === 'approved' || ACT_KIND.test(m[2] ?? '')) {
    // "приказом департамента … / города … от 09.07.2020 № 01-05/504"
    for (let i = 0; i < 4 && !lines.some((l) => /№|\d{2}\.\d{2}\.\d{4}/.test(l)); i++) {
      const p = cursor.para();
      if (!p || p.text.length > 200) break;
      lines.push(p.text);
      cursor.pos++;
    }
    const text = joinLines(lines);
    const kind = ACT_KIND.exec(text);
    const date = findDocumentDate(text);
    const authority = kind ? text.slice(kind.index + kind[0].length, date ? date.index : undefined).replace(/\s*от\s*$/, '').trim() : null;
    approval.act = {
      kind: kind ? actKind(kind[1]!) : null,
      authority: authority || null,
      date: date?.iso ?? null,
      number: findDocumentNumber(text),
    };
    approval.date = date?.iso ?? null;
    return approval;
  }

  // A person approves: position lines, the name, then the date.
  const position: string[] = [...lines];
  for (let i = 0; i < 10; i++) {
    const p = cursor.para();
    if (!p || p.text.length > 200) break;
    const name = approval.name ? null : findPersonName(p.text);
    if (name) {
      const before = p.text.slice(0, name.index).replace(/_+/g, '').trim();
      if (before) position.push(before);
      approval.name = name[0];
      const date = findDocumentDate(p.text.slice(name.index + name[0].length));
      if (date) approval.date = date.iso;
      cursor.pos++;
      continue;
    }
    if (approval.name) {
      const date = findDocumentDate(p.text);
      if (date && !approval.date && p.text.length < 60) {
        approval.date = date.iso;
        cursor.pos++;
      }
      break;
    }
    position.push(p.text);
    cursor.pos++;
  }
  approval.position = position.length ? joinLines(position) : null;
  return approval;
}

function actKind(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('приказ')) return 'приказ';
  if (w.startsWith('распоряж')) return 'распоряжение';
  if (w.startsWith('постановл')) return 'постановление';
  return 'решение';
}
