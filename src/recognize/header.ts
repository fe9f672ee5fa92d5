import type { Paragraph } from '../document/types.js';
import type { Clause, Order, OrderKind, Signatory } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';
import { findPersonName, findDocumentDate, isUpperCaseLine, joinLines, leadingNumber, startsLowercase, unspace } from './text.js';
import { tokenizeAct } from './act-tokens.js';
import { isBlankOnly, readActReference, readDateAndNumber as readActDateAndNumber, withoutBlankFields } from './act-reference.js';
import { isApprovalStart } from './approval.js';
import { isAppendixStart } from './appendix.js';

const KINDS: Record<string, OrderKind> = {
  ПРИКАЗ: 'приказ',
  РАСПОРЯЖЕНИЕ: 'распоряжение',
  ПОСТАНОВЛЕНИЕ: 'постановление',
  РЕШЕНИЕ: 'решение',
};

/** The enacting word that closes a preamble: "п р и к а з ы в а ю:", "ПОСТАНОВЛЯЮ:". */
const ENACTING = /(?:^|[\s,])((?:п\s*р\s*и\s*к\s*а\s*з\s*ы\s*в\s*а\s*ю|п\s*о\s*с\s*т\s*а\s*н\s*о\s*в\s*л\s*я\s*ю|р\s*а\s*с\s*п\s*о\s*р\s*я\s*ж\s*а\s*ю\s*с\s*ь|обязываю|постановляет|решил)\s*:?)\s*$/i;

const PLACE = /^(?:г\.|гор\.|город|пос\.|пгт|с\.|п\.|ст\.|д\.)\s*[А-ЯЁ][^.]{0,40}$/;

const PREAMBLE_START = /^(?:В целях|В соответствии|На основании|Руководствуясь|Во исполнение|В связи)/i;

function kindOf(p: Paragraph): OrderKind | null {
  const text = unspace(p.text).trim();
  const word = text.split(/\s+/)[0]?.toUpperCase().replace(/[^А-ЯЁ]/g, '') ?? '';
  const kind = KINDS[word];
  // The kind stands alone on its line, or is followed by the date and number only.
  if (!kind) return null;
  const next = tokenizeAct(text.replace(/^\S+/, ''))[0];
  return !next || (next.kind === 'word' && next.text === 'от') || next.kind === 'sign' || next.kind === 'num' || next.kind === 'blank' ? kind : null;
}

/**
 * The heading legal databases give an act: the kind, then the issuer in the genitive, with
 * the date and number on the same line or the next ("Постановление Администрации Лесного
 * района" / "от 3 февраля 2023 г. N 57").
 */
function kindWithAuthority(p: Paragraph, next: Paragraph | undefined): { kind: OrderKind; authority: string | null; fieldsAt: number } | null {
  // a heading names the act in the nominative: "Постановление Администрации …", not "Постановления Правительства РФ от …" in a list
  if (p.text.length > 200 || !/^\s*(?:приказ|распоряжение|постановление|решение)\s/i.test(p.text)) return null;
  const ref = readActReference(p.text);
  if (!ref || ref.kindAt !== p.text.search(/\S/)) return null;
  const inLine = ref.date !== null && ref.number !== null;
  const below = next !== undefined && next.text.length < 80 && statesDateOrNumber(next.text) && /^\s*(?:от|№|N\s*\d|\d)/i.test(next.text);
  if (!inLine && !below) return null;
  return { kind: ref.kind, authority: ref.authority, fieldsAt: ref.start >= 0 ? ref.start : p.text.length };
}

/** The kind an enacting word implies, for an order whose kind line is missing. */
function kindOfEnacting(word: string): OrderKind | null {
  const w = word.replace(/\s+/g, '').toLowerCase();
  if (w.startsWith('приказыва')) return 'приказ';
  if (w.startsWith('постановля')) return 'постановление';
  if (w.startsWith('распоряжа')) return 'распоряжение';
  if (w.startsWith('реши')) return 'решение';
  return null;
}

/**
 * An order whose kind line is missing (a fragment that starts at the preamble): its enacting
 * word ("ПРИКАЗЫВАЮ:", "постановляет:") is followed by numbered clauses. Returns the index of
 * the enacting paragraph, or -1.
 */
function enactingWithoutKind(cursor: BlockCursor): number {
  for (let i = 0; i < 40; i++) {
    const b = cursor.peek(i);
    if (!b || b.kind === 'table' || isApprovalStart(b.text) || isAppendixStart(b.text)) return -1;
    if (ENACTING.test(b.text)) return cursor.para(i + 1) && leadingNumber(cursor.para(i + 1)!.text) ? i : -1;
  }
  return -1;
}

/**
 * The header of an order: authority (upper-case lines), kind, date, number, title,
 * preamble, numbered clauses and the signatory. Returns null when the first
 * paragraphs hold no kind line (a plan with an approval stamp only, for instance).
 */
export function recognizeOrderHeader(cursor: BlockCursor): Order | null {
  let kindAt = -1;
  let numbered = false;
  for (let i = 0; i < 25; i++) {
    const b = cursor.peek(i);
    if (!b || b.kind === 'table') break;
    if (isApprovalStart(b.text)) break; // a plan under its stamp; an order fragment is still looked for below
    // the heading with the issuer in it only opens a document: after numbered text it is a reference to another act
    if (leadingNumber(b.text)) numbered = true;
    if (kindOf(b) || (!numbered && kindWithAuthority(b, cursor.para(i + 1)))) {
      kindAt = i;
      break;
    }
  }
  if (kindAt < 0) return orderWithoutKindLine(cursor);

  const start = cursor.para(0)!;
  // The authority is the upper-case block above the kind line; a school's letterhead in
  // ordinary case ("Муниципальное бюджетное … «Средняя школа № 3»") counts when there is none.
  const above = Array.from({ length: kindAt }, (_, i) => cursor.para(i)!.text);
  const upper = above.filter(isUpperCaseLine);
  const authorityLines = upper.length ? upper : above.filter((t) => !findDocumentDate(t) && !/^(?:г\.|город|пос\.|с\.)\s/i.test(t));
  const kindPara = cursor.para(kindAt)!;
  // "Постановление Администрации Лесного района" (legal databases' heading): the authority follows the kind
  const inLine = kindOf(kindPara) ? null : kindWithAuthority(kindPara, cursor.para(kindAt + 1));
  if (inLine?.authority) authorityLines.push(inLine.authority);
  const order: Order = {
    authority: authorityLines.length ? joinLines(authorityLines) : null,
    kind: kindOf(kindPara) ?? inLine?.kind ?? null,
    date: null,
    number: null,
    place: null,
    title: null,
    preamble: null,
    clauses: [],
    signatory: null,
    source: start.source,
  };
  cursor.pos += kindAt;

  // Date and number: on the kind line or on the short lines after it, in any order; the place
  // of signing ("г. Примерный") may stand before them or between them and the title.
  const afterKind = inLine ? kindPara.text.slice(inLine.fieldsAt) : unspace(kindPara.text).replace(/^\S+/, '');
  readDateAndNumber(order, afterKind);
  cursor.pos++;
  const places: string[] = [];
  for (let p = cursor.para(); p; p = cursor.para()) {
    if (PLACE.test(p.text)) places.push(p.text.trim());
    else if (p.text.length < 80 && statesDateOrNumber(p.text) && !/^Об?\s/i.test(p.text)) readDateAndNumber(order, p.text);
    else break;
    cursor.pos++;
  }
  if (places.length) order.place = places.join(', ');

  readBody(order, cursor);
  return order;
}

/** A fragment that starts at the preamble: an order with its kind inferred from the enacting word. */
function orderWithoutKindLine(cursor: BlockCursor): Order | null {
  const e = enactingWithoutKind(cursor);
  if (e < 0) return null;
  const start = cursor.para(0)!;
  const kind = kindOfEnacting(ENACTING.exec(cursor.para(e)!.text)![1]!);
  const order: Order = { authority: null, kind, date: null, number: null, place: null, title: null, preamble: null, clauses: [], signatory: null, source: start.source };
  if (kind) order.inferred = { fields: ['kind'], from: 'enacting' };
  readBody(order, cursor);
  return order;
}

/** Title, preamble, clauses and signatory: what follows the kind, date and number. */
function readBody(order: Order, cursor: BlockCursor): void {
  // Title: the following lines up to an empty line or the preamble's first words; unfilled
  // fields ("от «__» ____ 20__ г. № ___") are not part of it.
  const title: string[] = [];
  for (let p = cursor.para(); p; p = cursor.para()) {
    if (PREAMBLE_START.test(p.text) || (title.length && p.gapBefore)) break;
    if (ENACTING.test(p.text) || leadingNumber(p.text)) break;
    if (isBlankOnly(p.text)) {
      cursor.pos++;
      continue;
    }
    const text = withoutBlankFields(p.text);
    if (text) title.push(text);
    cursor.pos++;
  }
  order.title = title.length ? joinLines(title) : null;

  // Preamble: up to the enacting word or the first numbered clause.
  const preamble: string[] = [];
  for (let p = cursor.para(); p; p = cursor.para()) {
    if (leadingNumber(p.text)) break;
    const enacting = ENACTING.exec(p.text);
    cursor.pos++;
    if (enacting) {
      const before = p.text.slice(0, enacting.index).trim().replace(/,$/, '');
      if (before) preamble.push(before);
      break;
    }
    preamble.push(p.text);
  }
  order.preamble = preamble.length ? joinLines(preamble) : null;

  order.clauses = readClauses(cursor);
  order.signatory = readSignatory(cursor);
}

/** A line that states a date or a number, filled or not: "от 2 июня 2016 г. N 318", "№ ____". */
function statesDateOrNumber(text: string): boolean {
  const r = readActDateAndNumber(text);
  return r.date !== null || r.number !== null || r.dateUnfilled || r.numberUnfilled;
}

function readDateAndNumber(order: Order, text: string): void {
  const r = readActDateAndNumber(text);
  if (r.date && !order.date) order.date = r.date;
  if (r.number && !order.number) order.number = r.number;
}

function readClauses(cursor: BlockCursor): Clause[] {
  const clauses: (Clause & { parts: string[] })[] = [];
  for (let p = cursor.para(); p; p = cursor.para()) {
    const numbered = leadingNumber(p.text);
    if (numbered) {
      clauses.push({ number: numbered.number, text: '', parts: [numbered.rest], source: p.source });
    } else if (clauses.length && startsLowercase(p.text)) {
      clauses[clauses.length - 1]!.parts.push(p.text);
    } else break;
    cursor.pos++;
  }
  return clauses.map(({ parts, ...c }) => ({ ...c, text: joinLines(parts) }));
}

/** Position lines, then the name ("Т.Н. Гороховицкая"), possibly on the same line. */
function readSignatory(cursor: BlockCursor): Signatory | null {
  const position: string[] = [];
  for (let i = 0; i < 5; i++) {
    const p = cursor.para(i);
    if (!p || p.text.length > 120 || leadingNumber(p.text)) return null;
    const name = findPersonName(p.text);
    if (name) {
      const before = p.text.slice(0, name.index).trim();
      if (before) position.push(before);
      cursor.pos += i + 1;
      return { position: position.length ? joinLines(position) : null, name: name[0] };
    }
    position.push(p.text);
  }
  return null;
}
