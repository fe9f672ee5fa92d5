import type { Paragraph } from '../document/types.js';
import type { Period } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';
import { isoDate, joinLines, startsLowercase } from './text.js';
import { isApprovalStart } from './approval.js';
import { isBlankOnly } from './act-reference.js';

/**
 * A roadmap's title: "Дорожная карта …", "ДОРОЖНАЯ КАРТА (план мероприятий)",
 * "Муниципальная дорожная карта …", "План мероприятий («дорожная карта») …",
 * "План работы (дорожная карта)", "II. План действий", "Комплекс мер …".
 */
const TITLE = /^(?:[IVX]+\.?\s*(?:раздел\.?\s*)?)?(?:[А-ЯЁа-яё-]+(?:ая|ый|ий|ое)\s+)?(?:дорожн(?:ая|ой)\s+карт[аыу]|план\S*\s+(?:мероприятий|работы|действий)|комплекс\S*\s+мер)(?![А-ЯЁа-яё])/i;

export function isRoadmapTitle(text: string): boolean {
  // a title may open with the name in quotes: "«Дорожная карта» по развитию …";
  // a long paragraph of several sentences that opens with the words is prose about the plan, not its title
  if (text.length >= 600 || (text.length > 200 && /[а-яё»)]\.\s+[А-ЯЁ]/.test(text))) return false;
  return TITLE.test(text.replace(/^[*«"„“\s]+/, '').trim());
}

/** The title and the lines that continue it: no empty line between, or a lower-case start. */
export function readTitleRun(cursor: BlockCursor): { text: string; first: Paragraph } {
  const first = cursor.para()!;
  const parts = [first.text];
  cursor.pos++;
  for (let p = cursor.para(); p; p = cursor.para()) {
    const continues = (!p.gapBefore && (first.bold ? p.bold : true) && !/:$/.test(parts[parts.length - 1]!)) || startsLowercase(p.text);
    // a stamp ("(утв. распоряжением … от … N …)") or an unfilled date line under the title is not part of it
    if (!continues || /^(?:Цел[ьи]|Задач|Ожидаем|Планируем|Приложение)/i.test(p.text) || isApprovalStart(p.text) || isBlankOnly(p.text)) break;
    parts.push(p.text);
    cursor.pos++;
  }
  return { text: joinLines(parts), first };
}

/**
 * The period a title names: "на 2021-2023 годы", "на 2021 год", "на 2020-2022годы",
 * "на 2020/2021 учебный год", "на 2020/2021(2021/2022) учебный год".
 */
export function periodOf(title: string): Period | null {
  const academic = /(?:на\s+)?(\d{4})\s*[/-]\s*(\d{2,4})(?:\s*\(\s*(\d{4})\s*[/-]\s*(\d{2,4})\s*\))?\s*(?:уч(?:ебн\S*|\.)\s*г(?:од[а-я]*|\.)?)/i.exec(title);
  if (academic) {
    const startYear = Number(academic[1]);
    const endYear = academic[4] ? fullYear(academic[4], startYear) : fullYear(academic[2]!, startYear);
    return { raw: academic[0].trim(), start: isoDate(startYear, 9, 1), end: isoDate(endYear, 8, 31) };
  }
  const years = /на\s+(\d{4})\s*(?:[-–—]\s*(\d{4}))?\s*(?:год[а-я]*|гг?\.?)/i.exec(title);
  if (years) {
    const a = Number(years[1]);
    const b = years[2] ? Number(years[2]) : a;
    if (b >= a && b - a < 20) return { raw: years[0].trim(), start: isoDate(a, 1, 1), end: isoDate(b, 12, 31) };
  }
  return null;
}

/**
 * The time a section or stage states for itself: "Второй этап (2025 год)", "Этап 1. 2024–2025 гг.",
 * "на 2025/2026 учебный год". Its items' months and recurrences fall within it.
 */
export function sectionPeriodOf(title: string): Period | null {
  const own = periodOf(title);
  if (own) return own;
  const m = /(?<![\d.])((?:19|20)\d{2})\s*(?:[-–—]\s*((?:19|20)\d{2})\s*)?(?:год[а-я]*|гг?\.?)(?![а-яё])/i.exec(title);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return b >= a && b - a < 20 ? { raw: m[0].trim(), start: isoDate(a, 1, 1), end: isoDate(b, 12, 31) } : null;
}

function fullYear(text: string, near: number): number {
  return text.length === 2 ? Math.floor(near / 100) * 100 + Number(text) : Number(text);
}

const GOAL = /^Цел[ьи](?![А-ЯЁа-яё])[^:]{0,80}:\s*(.*)$/i;
const RESULTS = /^(?:Ожидаемы[ей]|Планируемы[ей]|Целевые)\s+результат\S*[^:]{0,60}:\s*(.*)$/i;
/** Headings after which the goal has ended: the tasks, the timeline ("Задачи:", "Сроки реализации: …"). */
const AFTER_GOAL = /^(?:Задач[аи]|Срок[и]?\s+(?:реализации|исполнения)|Этапы)(?![А-ЯЁа-яё])/i;

/** Splits the paragraphs between a roadmap's title and its plan into goal, results and notes. */
export function assignPreamble(roadmap: { goal: string | null; expectedResults: string[]; notes: string[] }, paragraphs: Paragraph[]): void {
  let mode: 'notes' | 'goal' | 'results' = 'notes';
  for (const p of paragraphs) {
    const goal = GOAL.exec(p.text);
    const results = RESULTS.exec(p.text);
    if (goal) {
      mode = 'goal';
      if (goal[1]) roadmap.goal = joinLines([roadmap.goal ?? '', goal[1]]);
    } else if (results) {
      mode = 'results';
      if (results[1]) roadmap.expectedResults.push(results[1]);
    } else if (AFTER_GOAL.test(p.text)) {
      // the goal ends here; the tasks and the timeline are kept as notes, as written
      mode = 'notes';
      roadmap.notes.push(p.text);
    } else if (mode === 'goal') roadmap.goal = roadmap.goal ? `${roadmap.goal}\n${p.text}` : p.text;
    else if (mode === 'results') roadmap.expectedResults.push(p.text);
    else roadmap.notes.push(p.text);
  }
}
