import { parseDeadline } from '../normalize/deadline/index.js';
import { parseResponsible } from '../normalize/responsible/index.js';
import type { GlossaryEntry } from '../model/roadmap.js';

/**
 * What a column's cells say about its role, whatever its heading: the share of cells that
 * parse as deadlines (by the deadline grammar), that name people or bodies (by the party
 * parser: initials and surname, positions, organization forms, the glossary's
 * abbreviations), that number the rows (1, 2, 3 / 1.1, 1.2, restarting per section), and
 * how long and how much like an activity's wording the text is.
 *
 * The grammars are the normalize stage's: pure functions of a string, used here as
 * evidence, not to build the model.
 */
export interface CellStats {
  /** Cells with text, of the rows sampled. */
  filled: number;
  /** Share of filled cells that are a bare row number ("1", "2.3.", "IV"). */
  numbers: number;
  /** Share of the numbers that follow the one before (next, first child, or a restart at 1). */
  sequence: number;
  /** Share of filled cells the deadline grammar reads (not "unrecognized"). */
  deadlines: number;
  /** Share of filled cells that read as parties the party parser recognizes. */
  parties: number;
  /** Share of filled cells that read as a person ("Иванов И.И.", "И.И. Иванов"). */
  persons: number;
  /** Mean length of the filled cells, in characters. */
  meanLength: number;
  /** Share of filled cells that open like an activity: a verbal noun or a verb ("Проведение", "Провести"). */
  activityWording: number;
}

const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6})\.?\)?$/;
const PERSON = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.|[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+/;
/** The first word of an activity: a verbal noun ("Проведение", "Организация", "Подготовка") or a verb ("Провести", "Организовать"). */
const ACTIVITY_OPENING =
  /^[«"]?(?:[А-ЯЁ][а-яё]+(?:ние|ния|тие|ция|ции|ка|ки|ство|ж|ть|ться|ти|ит|ят|ют|ет|ут|ают|ует)|Анализ|Мониторинг|Контроль|Участие|Совещание|Семинар|Конкурс|Консультаци[ия]|Итоги|Отч[её]т|Заседание|Встреча|Круглый стол|Педсовет|Собрание)(?![а-яё])|^Об?\s+[а-яё]+(?:ии|ие|ах|е)(?![а-яё])/;

const CONDITION_OPENING = /^(?:по|в|во|при|до|после|согласно|на|с|со|не)\s/i;

export function cellStats(texts: string[], glossary: GlossaryEntry[] = []): CellStats {
  const filled = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  const n = filled.length;
  if (n === 0) return { filled: 0, numbers: 0, sequence: 0, deadlines: 0, parties: 0, persons: 0, meanLength: 0, activityWording: 0 };
  const share = (pred: (t: string) => boolean): number => filled.filter(pred).length / n;
  const numbers = filled.filter((t) => ROW_NUMBER.test(t));
  return {
    filled: n,
    numbers: numbers.length / n,
    sequence: sequenceShare(numbers),
    deadlines: share((t) => !ROW_NUMBER.test(t) && t.length < 160 && readsAsDeadline(t)),
    // an activity may name the people it is for ("Проведение совещания с руководителями"): it is no party
    parties: share((t) => t.length < 240 && !ACTIVITY_OPENING.test(t) && readsAsParties(t, glossary)),
    persons: share((t) => PERSON.test(t)),
    meanLength: filled.reduce((s, t) => s + t.length, 0) / n,
    activityWording: share((t) => ACTIVITY_OPENING.test(t)),
  };
}

function readsAsDeadline(text: string): boolean {
  // a cell the grammar reads only in part ("Подготовка … (по необходимости)") is no deadline
  // and a condition counts only when short and opened as conditions are ("по мере …", "в сроки …",
  // "при …"): the grammar reads "по …" anywhere in a phrase as one ("Зам. директора по УВР")
  const r = parseDeadline(text);
  const kind = r.value.kind;
  if (kind === 'unrecognized' || kind === 'unspecified' || r.diagnostics.length > 0) return false;
  return kind !== 'conditional' || (text.length <= 60 && CONDITION_OPENING.test(text));
}

/** Every party the parser finds is one it recognizes: a person, a position, a body, a known abbreviation. */
function readsAsParties(text: string, glossary: GlossaryEntry[]): boolean {
  const r = parseResponsible(text, { glossary });
  return r.value.parties.length > 0 && !r.diagnostics.some((d) => d.code === 'responsible/unknown-kind');
}

/** Of consecutive numbers, the share that follow on: 3 after 2, 2.1 after 2, 1 after anything (a restart). */
function sequenceShare(numbers: string[]): number {
  if (numbers.length < 2) return numbers.length === 1 && /^1\.?$/.test(numbers[0]!) ? 1 : 0;
  let follows = 0;
  for (let i = 1; i < numbers.length; i++) if (followsOn(numbers[i - 1]!, numbers[i]!)) follows++;
  return follows / (numbers.length - 1);
}

function parts(n: string): number[] | null {
  const t = n.replace(/[.)]+$/, '');
  if (/^[IVXLC]+$/.test(t)) return [romanValue(t)];
  return /^\d+(?:\.\d+)*$/.test(t) ? t.split('.').map(Number) : null;
}

function followsOn(prev: string, next: string): boolean {
  const a = parts(prev);
  const b = parts(next);
  if (!a || !b) return false;
  if (b.length === 1 && b[0] === 1) return true; // a restart (a new section numbers from one)
  if (b.length === a.length + 1 && a.every((x, i) => b[i] === x) && b[b.length - 1] === 1) return true; // first child
  // the next at some level, perhaps opening its first children: 2.3 after 2.2, 3 after 2.4, 2.1 after 1.4 (the section row between left out)
  for (let k = 1; k <= b.length; k++) {
    const samePrefix = a.length >= k && b.slice(0, k - 1).every((x, i) => a[i] === x);
    if (samePrefix && b[k - 1] === a[k - 1]! + 1 && b.slice(k).every((x) => x === 1)) return true;
  }
  return false;
}

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const cur = v[r[i]!]!;
    const next = v[r[i + 1]!] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}
