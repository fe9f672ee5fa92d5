import type { Paragraph } from '../document/types.js';
import type { Clause, Order, OrderKind, Signatory } from '../model/roadmap.js';
import type { BlockCursor } from './blocks.js';
import { findPersonName, findDocumentDate, findDocumentNumber, isUpperCaseLine, joinLines, leadingNumber, startsLowercase, unspace } from './text.js';

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
  const word = unspace(p.text).trim().split(/\s+/)[0]?.toUpperCase().replace(/[^А-ЯЁ]/g, '') ?? '';
  const kind = KINDS[word];
  // The kind stands alone on its line, or is followed by the date and number only.
  if (!kind) return null;
  const rest = unspace(p.text).trim().slice(word.length);
  return rest.trim() === '' || /^\s*(?:от|№|\d)/.test(rest) ? kind : null;
}

/**
 * The header of an order: authority (upper-case lines), kind, date, number, title,
 * preamble, numbered clauses and the signatory. Returns null when the first
 * paragraphs hold no kind line (a plan with an approval stamp only, for instance).
 */
export function recognizeOrderHeader(cursor: BlockCursor): Order | null {
  let kindAt = -1;
  for (let i = 0; i < 25; i++) {
    const b = cursor.peek(i);
    if (!b || b.kind === 'table') break;
    if (/^УТВЕРЖД/i.test(b.text.trim())) return null;
    if (kindOf(b)) {
      kindAt = i;
      break;
    }
  }
  if (kindAt < 0) return null;

  const start = cursor.para(0)!;
  // The authority is the upper-case block above the kind line; a school's letterhead in
  // ordinary case ("Муниципальное бюджетное … «Средняя школа № 3»") counts when there is none.
  const above = Array.from({ length: kindAt }, (_, i) => cursor.para(i)!.text);
  const upper = above.filter(isUpperCaseLine);
  const authorityLines = upper.length ? upper : above.filter((t) => !findDocumentDate(t) && !/^(?:г\.|город|пос\.|с\.)\s/i.test(t));
  const kindPara = cursor.para(kindAt)!;
  const order: Order = {
    authority: authorityLines.length ? joinLines(authorityLines) : null,
    kind: kindOf(kindPara),
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
  const afterKind = unspace(kindPara.text).replace(/^\S+/, '');
  readDateAndNumber(order, afterKind);
  cursor.pos++;
  const places: string[] = [];
  for (let p = cursor.para(); p; p = cursor.para()) {
    if (PLACE.test(p.text)) places.push(p.text.trim());
    else if (p.text.length < 80 && (findDocumentDate(p.text) || /№/.test(p.text)) && !/^Об?\s/i.test(p.text)) readDateAndNumber(order, p.text);
    else break;
    cursor.pos++;
  }
  if (places.length) order.place = places.join(', ');

  // Title: the following lines up to an empty line or the preamble's first words.
  const title: string[] = [];
  for (let p = cursor.para(); p; p = cursor.para()) {
    if (title.length && (p.gapBefore || PREAMBLE_START.test(p.text))) break;
    if (ENACTING.test(p.text) || leadingNumber(p.text)) break;
    title.push(p.text);
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
  return order;
}

function readDateAndNumber(order: Order, text: string): void {
  const date = findDocumentDate(text);
  if (date && !order.date) order.date = date.iso;
  const number = findDocumentNumber(text);
  if (number && !order.number) order.number = number;
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
