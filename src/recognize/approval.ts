import type { Cell, Paragraph, Table } from '../document/types.js';
import { makeParagraph } from '../document/build.js';
import type { Approval } from '../model/roadmap.js';
import { BlockCursor } from './blocks.js';
import { isAppendixStart } from './appendix.js';
import { isBlankOnly, readActReference, type ActReference } from './act-reference.js';
import { findDocumentDate, findPersonName, joinLines } from './text.js';

/**
 * The stamp's mark: "УТВЕРЖДАЮ", "«УТВЕРЖДАЮ»", "Утверждаю:", "УТВЕРЖДЕН(А, О, Ы)", "УТВЕРЖДЁН",
 * and the legal databases' "(утв. распоряжением … от … N …)".
 */
const STAMP = /^\s*[«"„“(]?\s*(УТВЕРЖДАЮ|УТВЕРЖД[ЕЁ]Н[АОЫ]?|утв\.)(?![А-ЯЁа-яё])\s*[»"“”]?\s*:?\s*(.*)$/i;
/** The other marks a stamp stands beside: agreed, adopted, considered. */
const OTHER_MARK = /(?:^|\s|[«"])(?:СОГЛАСОВАН[АОЫ]?|ПРИНЯТ[АОЫ]?|РАССМОТРЕН[АОЫ]?|ОДОБРЕН[АОЫ]?)(?![А-ЯЁа-яё])/i;
const MARK_ANYWHERE = /(?:^|\s|[«"])(УТВЕРЖДАЮ|УТВЕРЖД[ЕЁ]Н[АОЫ]?)(?![А-ЯЁа-яё])/i;
/** What a plan's own title starts with: the stamp is over when it comes. */
const DOCUMENT_NOUN = /^\s*(?:ПЛАН|ДОРОЖНАЯ|ПРОГРАММА|ПОЛОЖЕНИЕ|ГРАФИК|КАЛЕНДАРН|КОМПЛЕКС|ПЕРЕЧЕНЬ|СОСТАВ|РЕГЛАМЕНТ|ПОРЯДОК|МЕРОПРИЯТИЯ)(?![а-яё])/;

export function isApprovalStart(text: string): boolean {
  const m = STAMP.exec(text);
  if (!m) return twoMarkLine(text) !== null;
  // "(утв. …)" only when it names an act; "Утверждаю" mid-sentence is not a stamp
  return m[1]!.toLowerCase() !== 'утв.' || readActReference(m[2] ?? '') !== null;
}

/**
 * A stamp laid out in two columns on one line ("СОГЛАСОВАНО … УТВЕРЖДАЮ"): which of the two
 * the approval is (0 left, 1 right), or null when the line is not such a pair.
 */
function twoMarkLine(text: string): number | null {
  const approve = MARK_ANYWHERE.exec(text);
  const other = OTHER_MARK.exec(text);
  if (!approve || !other || text.length > 120) return null;
  return approve.index > other.index ? 1 : 0;
}

/**
 * An approval stamp: "УТВЕРЖДАЮ / position / name / date" (a person approves, fields in any
 * order), or "УТВЕРЖДЕН(А) приказом … от … № …" (approved by an act). A stamp written in two
 * columns on shared lines takes, on each line that holds two values, the one on its side.
 */
export function recognizeApproval(cursor: BlockCursor): Approval | null {
  const first = cursor.para();
  if (!first || !isApprovalStart(first.text)) return null;
  const side = STAMP.test(first.text) ? null : twoMarkLine(first.text);
  const m = side === null ? STAMP.exec(first.text)! : MARK_ANYWHERE.exec(first.text)!;
  const mark = m[1]!;
  const form: Approval['form'] = /АЮ$/i.test(mark) ? 'approve' : 'approved';
  const approval: Approval = { form, organization: null, position: null, name: null, date: null, act: null, source: first.source };
  const rest = side === null ? (m[2] ?? '') : '';
  cursor.pos++;

  if (form === 'approved' || readActReference(rest)) return approvedByAct(cursor, approval, rest);
  return approvedByPerson(cursor, approval, rest, side);
}

/** "УТВЕРЖДЕНО / приказом директора / от «27» августа 2019 г. № 01.04/81": the lines up to the act's date or number. */
function approvedByAct(cursor: BlockCursor, approval: Approval, rest: string): Approval {
  const lines: string[] = rest.trim() ? [rest] : [];
  const complete = (ref: ActReference | null): boolean => ref !== null && (ref.date !== null || ref.dateUnfilled) && (ref.number !== null || ref.numberUnfilled);
  const stated = (ref: ActReference | null): boolean => ref !== null && (ref.date !== null || ref.number !== null || ref.dateUnfilled || ref.numberUnfilled);
  for (let i = 0; i < 5 && !complete(readActReference(joinLines(lines))); i++) {
    const p = cursor.para();
    if (!p || p.text.length > 200 || isApprovalStart(p.text) || isAppendixStart(p.text) || DOCUMENT_NOUN.test(p.text)) break;
    // once the act's date or number is read, only a line with the other one belongs to the stamp
    if (stated(readActReference(joinLines(lines))) && !/^\s*(?:от|№|N\s*\d|\d|[«"])/i.test(p.text)) break;
    lines.push(p.text);
    cursor.pos++;
  }
  const ref = readActReference(joinLines(lines).replace(/\)\s*$/, ''));
  if (ref) {
    approval.act = { kind: ref.kind, authority: ref.authority, date: ref.date, number: ref.number };
    approval.date = ref.date;
  } else approval.position = lines.length ? joinLines(lines) : null;
  return approval;
}

/**
 * A person approves. Each line is one field, in whatever order the stamp has them: a date
 * ("«27» августа 2019 г.", or a blank one), the approving act ("Приказ № 01.04/81 от …"),
 * the name with the position before it on its line, or a line of the position.
 */
function approvedByPerson(cursor: BlockCursor, approval: Approval, rest: string, side: number | null): Approval {
  const position: string[] = [];
  const field = (text: string): void => {
    if (isBlankOnly(text)) return; // "«___»______2021 г.", "_________ М.П.": left to be filled in
    const t = text.replace(/_{2,}/g, ' ').trim();
    if (!t) return;
    const ref = readActReference(t);
    if (ref && (ref.date || ref.number) && ref.kindAt <= 2) {
      approval.act = { kind: ref.kind, authority: ref.authority, date: ref.date, number: ref.number };
      approval.date ??= ref.date;
      return;
    }
    const name = pick(findPersonNames(t), side);
    if (name && !approval.name) {
      const before = t.slice(0, name.index).trim();
      if (before && side === null) position.push(before);
      approval.name = name.text;
      const date = findDocumentDate(t.slice(name.index + name.text.length));
      if (date) approval.date ??= date.iso;
      return;
    }
    const date = pick(findDates(t), side);
    if (date && t.length < 60) {
      approval.date ??= date.text;
      return;
    }
    // a position line of a two-column stamp holds both sides' positions, which the text cannot part
    if (side !== null) return;
    position.push(t);
  };
  if (rest.trim()) field(rest);
  for (let i = 0; i < 10; i++) {
    const p = cursor.para();
    if (!p || p.text.length > 200 || isApprovalStart(p.text) || isAppendixStart(p.text) || DOCUMENT_NOUN.test(p.text)) break;
    // after the name an empty line ends the stamp, unless the approving act follows it ("Приказ № 01.04/81 «27» августа 2019 г.")
    const act = readActReference(p.text);
    if (approval.name && p.gapBefore && !(act && act.kindAt <= 2 && (act.number || act.date) && !approval.act)) break;
    const text = p.text;
    const isField = isBlankOnly(text) || findDocumentDate(text) !== null || findPersonName(text) !== null || (readActReference(text)?.number ?? null) !== null;
    // after the name, only the date, the act or a blank line belong to the stamp; the next text is the document's
    if (approval.name && !isField) break;
    if (!approval.name && position.length >= 8 && !isField) break;
    field(text);
    cursor.pos++;
  }
  approval.position = position.length ? joinLines(position) : null;
  return approval;
}

interface Found {
  text: string;
  index: number;
}

/** Of the values on a line, the one on the stamp's side when the line has two (a lone one is taken: the other side left it blank). */
function pick(found: Found[], side: number | null): Found | null {
  if (found.length === 0) return null;
  return side === 1 ? found[found.length - 1]! : found[0]!;
}

function findPersonNames(text: string): Found[] {
  const out: Found[] = [];
  let offset = 0;
  for (let rest = text; ; ) {
    const m = findPersonName(rest);
    if (!m) break;
    out.push({ text: m[0], index: offset + m.index });
    offset += m.index + m[0].length;
    rest = text.slice(offset);
  }
  return out;
}

function findDates(text: string): Found[] {
  const out: Found[] = [];
  let offset = 0;
  for (let rest = text; ; ) {
    const d = findDocumentDate(rest);
    if (!d) break;
    out.push({ text: d.iso, index: offset + d.index });
    offset += d.index + d.length;
    rest = text.slice(offset);
  }
  return out;
}

/**
 * A cell that opens a stamp: the mark alone on its first line ("УТВЕРЖДАЮ", "«Утверждаю»:"), or
 * "Утвержден(о) …" naming an act. A result cell "Утверждена программа" is not one.
 */
function isStampCell(text: string): boolean {
  const m = STAMP.exec(text.split('\n')[0]!);
  if (!m) return false;
  return (m[2] ?? '').trim() === '' || readActReference(text.replace(/\n/g, ' ')) !== null;
}

/**
 * A stamp laid out as a table: one row (or a few) whose cells hold the marks side by side
 * ("СОГЛАСОВАНО" left, "УТВЕРЖДАЮ" right), or one cell that holds the whole stamp. The
 * column whose first filled cell opens with the approval mark is read as a stamp, line by
 * line; the other columns' text is returned so that the caller can report it.
 */
export function approvalFromTable(t: Table): { approval: Approval; others: { text: string; source: Cell['source'] }[] } | null {
  if (t.rows.length > 8) return null;
  const width = Math.max(...t.rows.map((r) => r.cells.length));
  const column = (k: number): Cell[] => t.rows.map((r) => r.cells[k]).filter((c): c is Cell => c !== undefined && c.text.trim() !== '');
  for (let k = 0; k < width; k++) {
    const cells = column(k);
    const first = cells[0];
    if (!first || !isStampCell(first.text)) continue;
    const paragraphs: Paragraph[] = cells.flatMap((c) =>
      c.text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => makeParagraph(line, c.source)),
    );
    const approval = recognizeApproval(new BlockCursor(paragraphs));
    if (!approval) continue;
    const others = Array.from({ length: width }, (_, j) => j)
      .filter((j) => j !== k)
      .flatMap((j) => column(j).map((c) => ({ text: c.text.replace(/\s+/g, ' ').trim(), source: c.source })));
    return { approval, others };
  }
  return null;
}
