/**
 * The small grammar of an act as headers, stamps and appendix lines name it:
 *
 *   reference := kind-word authority? field*
 *   field     := "от"? date | sign number
 *
 * "приказом директора от «27» августа 2019 г. № 01.04/81", "к постановлению администрации
 * городского округа № 535 от 10 марта 2016 г.", "(утв. распоряжением Правительства Российской
 * Федерации от 5 марта 2011 г. N 245-р)", and, without the kind word, the date-and-number line
 * under an order's kind ("от 2 июня 2016 г. N 318"). The date and the number come in either
 * order; an unfilled one ("№ ____", "«__»______ 20__ г.") is reported as unfilled, never read
 * as a value and never left in the text around it.
 */
import type { OrderKind } from '../model/roadmap.js';
import { tokenizeAct, type ActToken } from './act-tokens.js';
import { readActDate } from './act-date.js';

export interface DateAndNumber {
  date: string | null;
  number: string | null;
  /** The field is there but left blank (or a template token). */
  dateUnfilled: boolean;
  numberUnfilled: boolean;
  /** Offsets of the first field's start and the last field's end in the text; -1 when none. */
  start: number;
  end: number;
}

export interface ActReference extends DateAndNumber {
  kind: OrderKind;
  /** The body that issued it, as written between the kind word and the fields ("директора", "Правительства Российской Федерации"). */
  authority: string | null;
  /** Offset of the kind word. */
  kindAt: number;
}

const KIND_FORMS: readonly [RegExp, OrderKind][] = [
  [/^приказ(?:а|у|ом|е)?$/, 'приказ'],
  [/^распоряжени(?:е|я|ю|ем|и)$/, 'распоряжение'],
  [/^постановлени(?:е|я|ю|ем|и)$/, 'постановление'],
  [/^решени(?:е|я|ю|ем|и)$/, 'решение'],
];

/** The kind of act a word names, in any case: "приказом", "к распоряжению", "ПОСТАНОВЛЕНИЕ". */
export function kindOfWord(word: string): OrderKind | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const [re, kind] of KIND_FORMS) if (re.test(w)) return kind;
  return null;
}

/** A number as acts write it: "607", "01-05/504", "245-р", "01.04/81", "7/1-ОД"; it holds a digit. */
const NUMBER = /^[0-9A-Za-zА-Яа-яЁё](?:[0-9A-Za-zА-Яа-яЁё./\\_-]|[–—](?=[0-9A-Za-zА-Яа-яЁё]))*/;

interface Field {
  kind: 'date' | 'number';
  value: string | null;
  unfilled: boolean;
  start: number;
  end: number;
  next: number;
}

/** A date ("от" before it or not) or a number with its sign, at token i. */
function readField(ts: readonly ActToken[], text: string, i: number): Field | null {
  const t = ts[i]!;
  if (t.kind === 'sign') {
    let k = i + 1;
    while (ts[k]?.kind === 'sign') k++; // "№ №" typed twice
    const n = ts[k];
    if (!n) return { kind: 'number', value: null, unfilled: true, start: t.start, end: t.end, next: k };
    if (n.kind === 'blank') return { kind: 'number', value: null, unfilled: true, start: t.start, end: n.end, next: k + 1 };
    const m = NUMBER.exec(text.slice(n.start));
    if (!m || !/\d/.test(m[0])) return null;
    const value = m[0].replace(/[./\\_-]+$/, '');
    const end = n.start + value.length;
    let next = k;
    while (ts[next] && ts[next]!.start < end) next++;
    return { kind: 'number', value, unfilled: false, start: t.start, end, next };
  }
  const at = t.kind === 'word' && t.text === 'от' ? i + 1 : i;
  const d = ts[at] ? readActDate(ts, at) : null;
  if (d) return { kind: 'date', value: d.iso, unfilled: d.unfilled, start: t.start, end: ts[d.next - 1]!.end, next: d.next };
  // "от ________", "от [Дата документа]": a blank alone after "от" is an unfilled date
  if (at !== i && ts[at]?.kind === 'blank') return { kind: 'date', value: null, unfilled: true, start: t.start, end: ts[at]!.end, next: at + 1 };
  return null;
}

function emptyFields(): DateAndNumber {
  return { date: null, number: null, dateUnfilled: false, numberUnfilled: false, start: -1, end: -1 };
}

/** Every date and number in the tokens from i on; the first of each kind wins. */
function readFields(ts: readonly ActToken[], text: string, from: number): DateAndNumber {
  const out = emptyFields();
  let seenDate = false;
  let seenNumber = false;
  for (let i = from; i < ts.length; ) {
    const f = readField(ts, text, i);
    if (!f) {
      i++;
      continue;
    }
    if (f.kind === 'date' && !seenDate) {
      seenDate = true;
      out.date = f.value;
      out.dateUnfilled = f.unfilled;
    } else if (f.kind === 'number' && !seenNumber) {
      seenNumber = true;
      out.number = f.value;
      out.numberUnfilled = f.unfilled;
    } else {
      i = f.next;
      continue;
    }
    if (out.start < 0) out.start = f.start;
    out.end = f.end;
    i = f.next;
  }
  return out;
}

/** The date and the number a line states, in either order: "от 2 июня 2016 г. N 318", "№ 535 от 10 марта 2016 г.". */
export function readDateAndNumber(text: string): DateAndNumber {
  return readFields(tokenizeAct(text), text, 0);
}

/** The first act a text names by its kind word, with the authority, date and number after it; null when no kind word. */
export function readActReference(text: string): ActReference | null {
  const ts = tokenizeAct(text);
  const k = ts.findIndex((t) => t.kind === 'word' && kindOfWord(t.text) !== null);
  if (k < 0) return null;
  const fields = readFields(ts, text, k + 1);
  const kindWord = ts[k]!;
  const authorityEnd = fields.start >= 0 ? fields.start : text.length;
  const authority = text
    .slice(kindWord.end, authorityEnd)
    .replace(/[\s,(]+$/, '')
    .replace(/^[\s,:]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { kind: kindOfWord(kindWord.text)!, authority: /[А-Яа-яЁёA-Za-z]/.test(authority) ? authority : null, kindAt: kindWord.start, ...fields };
}

/** The text with its unfilled dates and numbers taken out ("Об утверждении плана от «__» ____ 20__ г. № ___" → "Об утверждении плана"). */
export function withoutBlankFields(text: string): string {
  const ts = tokenizeAct(text);
  const cuts: [number, number][] = [];
  for (let i = 0; i < ts.length; ) {
    const f = readField(ts, text, i);
    if (f?.unfilled) {
      cuts.push([f.start, f.end]);
      i = f.next;
    } else if (ts[i]!.kind === 'blank') {
      cuts.push([ts[i]!.start, ts[i]!.end]);
      i++;
    } else i++;
  }
  let out = text;
  for (const [a, b] of cuts.reverse()) out = out.slice(0, a) + out.slice(b);
  return out.replace(/\s+/g, ' ').replace(/\s+([,.;:)])/g, '$1').trim();
}

/** The text holds nothing but unfilled fields ("«___»______2021 г.", "№ ____", "М.П." aside). */
export function isBlankOnly(text: string): boolean {
  return tokenizeAct(text).some((t) => t.kind === 'blank') && !/[\dА-Яа-яЁёA-Za-z]/.test(withoutBlankFields(text).replace(/(?<![А-Яа-яЁё])(?:от|г|М\.?\s?П)(?![А-Яа-яЁё])\.?/gi, ''));
}
