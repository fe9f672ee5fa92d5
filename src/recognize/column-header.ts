import type { ColumnRole } from './columns.js';
import { isNumberSignWord } from './act-tokens.js';

/**
 * What a column's heading says about its role: a broad lexicon of the headings plans use,
 * matched on a normalized heading (case, ё, hyphenation and line breaks inside the heading,
 * Latin look-alikes, "N"/"No"/"№№" for the number sign).
 *
 * A heading is one piece of evidence among others (the cells are the other, see
 * column-cells.ts): each match gives a confidence in 0..1, and a heading that names
 * something no plan role holds ("Место проведения", "ФИО", "Наименование показателя")
 * is evidence *against* every role.
 */

/** Latin letters that stand in for Cyrillic ones in headings typed or recognized carelessly. */
const LOOKALIKE: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', b: 'в', h: 'н' };

export function normalizeHeading(text: string): string {
  // the number sign in its spellings ("N", "No", "№№"), by the rule every recognizer shares
  const [first = '', ...rest] = text.trim().split(/\s+/);
  let h = (isNumberSignWord(first) ? ['№', ...rest].join(' ') : text)
    .replace(/\u00ad/g, '') // soft hyphen
    .replace(/([а-яё])-\s*\n\s*([а-яё])/gi, '$1$2') // a word hyphenated over a line break inside the heading
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');
  // Latin look-alikes inside a word that is otherwise Cyrillic ("cроки", "oтветственный")
  h = h.replace(/[a-zа-я]+/g, (w) => (/[а-я]/.test(w) && /[a-z]/.test(w) ? [...w].map((ch) => LOOKALIKE[ch] ?? ch).join('') : w));
  // glued to what follows ("Nп/п", "№№п/п")
  h = h.replace(/^(?:№+|n)(?=п)/, '№');
  // "п\п", "п.п.", "пп" → "п/п"
  h = h.replace(/п\s*[\\/.]\s*п\.?|(?<![а-я])пп(?![а-я])/g, 'п/п');
  return h.replace(/[.:;,]+$/, '').trim();
}

type Lexicon = { role: ColumnRole | 'none'; re: RegExp; confidence: number }[];

/**
 * Tried in order; the first match decides. "none": the heading names something that is no
 * role of a plan's activity table (a place, a person's details, an indicator, money).
 */
const LEXICON: Lexicon = [
  // the number of the row
  { role: 'number', re: /^(?:№|номер)(?:\s*(?:п\/п|п|пункта|строки|мероприятия|по порядку))?$|^п\/п$|^№\s*раздела$/, confidence: 1 },
  // a deadline column may carry the place as well ("Дата и место проведения", "Место и дата проведения")
  { role: 'deadline', re: /^(?:дата|сроки?|время)(?: и время)? и место|^место,?(?: и)? (?:дата|время|сроки?)/, confidence: 0.9 },
  { role: 'none', re: /^место(?: проведения| реализации)?$|^(?:ф\.?\s*и\.?\s*о|фамилия|должность|телефон|e-?mail|адрес|подпись)|наименование[^,]*(?:показател|индикатор)|^(?:целев[а-я]+ )?(?:показатель|индикатор)$|^единиц|^ед\.?\s*изм|значени[ея]|источник|финансирован|стоимост|сумм|бюджет|примечани|отметка|^(?:19|20)\d\d(?:\s*г)?/, confidence: 1 },
  { role: 'deadlineStart', re: /^(?:(?:дата|срок)\s+)?начал[оа]/, confidence: 1 },
  { role: 'deadlineEnd', re: /^(?:(?:дата|срок)\s+)?(?:окончани|завершени)[ея]/, confidence: 1 },
  { role: 'responsible', re: /ответственн|исполнител|^кто (?:проводит|отвечает|выполняет|исполняет)|^ответств|^соисполн|^куратор/, confidence: 1 },
  { role: 'result', re: /результат|показател|^продукт|форма (?:отчет|заверш|представлени|контрол)|^итогов|^выход|ожидаем|^эффект|отчетн|^индикатор выполнен/, confidence: 1 },
  { role: 'deadline', re: /^сроки?(?![а-я])|срок(?:и)? (?:исполнени|реализаци|проведени|выполнени|представлени)|^дата|^время|^период|^когда|^месяц|^график|^календарн|^этап(?:ы)? реализац/, confidence: 1 },
  { role: 'activity', re: /мероприяти|^(?:основные )?направлени[яе] (?:деятельности|работы)|^содержание|^наименование (?:работ|мер|действ|меропр|направлени|вопрос)|^вид(?:ы)? (?:деятельности|работ)|^тема|действи[яе]|^задач|^меры|^перечень|^описание|^форм[аы] работы|^(?:планируемые )?работы$|^вопрос/, confidence: 1 },
  // weaker forms: a generic name column, a bare "наименование", "направление"
  { role: 'activity', re: /^наименование$|^название|^направлени[яе]|^содержание|^раздел/, confidence: 0.6 },
];

export interface HeadingEvidence {
  role: ColumnRole | 'none';
  confidence: number;
}

/** The role a heading names and how sure the lexicon is; null when it says nothing. */
export function headingEvidence(heading: string): HeadingEvidence | null {
  const h = normalizeHeading(heading);
  if (h === '') return null;
  for (const { role, re, confidence } of LEXICON) if (re.test(h)) return { role, confidence };
  return null;
}
