import { describe, expect, it } from 'vitest';
import { isNumberSignWord, tokenizeAct } from './act-tokens.js';
import { readActDate } from './act-date.js';
import { isBlankOnly, readActReference, readDateAndNumber, withoutBlankFields } from './act-reference.js';

/** Forms written from the genre (headers, stamps, appendix lines of orders), not copied from any one document. */

describe('number sign: one rule for every recognizer', () => {
  it.each([
    ['№ 12', 'sign'],
    ['№№ 12', 'sign'],
    ['N 318', 'sign'],
    ['N318', 'sign'],
    ['No 7', 'sign'],
    ['No. 7', 'sign'],
    ['N° 15', 'sign'],
    ['Nо 4', 'sign'], // Latin N, Cyrillic о
    ['N ____', 'sign'],
    ['N [Номер документа]', 'sign'],
    ['NASA 5', 'word'],
    ['No way', 'word'],
  ])('%s → first token is a %s', (text, kind) => expect(tokenizeAct(text)[0]!.kind).toBe(kind));

  it.each(['№', 'N', 'No', '№№', 'No.', 'N°'])('"%s" alone is a number sign (a column header)', (w) => expect(isNumberSignWord(w)).toBe(true));
  it.each(['Но', 'Nr', 'Name', 'п/п'])('"%s" is not', (w) => expect(isNumberSignWord(w)).toBe(false));
});

describe('document dates', () => {
  const date = (text: string) => {
    const d = readActDate(tokenizeAct(text), 0);
    return d ? (d.unfilled ? 'unfilled' : d.iso) : null;
  };
  it.each([
    ['01.12.2020', '2020-12-01'],
    ['1.12.2020', '2020-12-01'],
    ['27.08.2019г.', '2019-08-27'],
    ['27.08.2019 г.', '2019-08-27'],
    ['21.12. 2020', '2020-12-21'],
    ['01.12.20', '2020-12-01'],
    ['«27» августа 2019 г.', '2019-08-27'],
    ['"06" октября 2021 года', '2021-10-06'],
    ['« 6 » октября 2021', '2021-10-06'],
    ['5 марта 2011 г.', '2011-03-05'],
    ['5.марта.2021', '2021-03-05'],
    ['27 авг. 2019', '2019-08-27'],
    ['3 сент. 2020 г.', '2020-09-03'],
    ['15 ДЕКАБРЯ 2022', '2022-12-15'],
    ['«___»______2021 г.', 'unfilled'],
    ['«__» ____________ 20__ г.', 'unfilled'],
    ['__.__.20__', 'unfilled'],
    ['«__» марта 2021 г.', 'unfilled'],
    ['31.02.2021', null], // no such day
    ['10.00', null], // a time
    ['12 марта', null], // no year: not a document's date
    ['2021', null],
  ])('%s → %s', (text, iso) => expect(date(text)).toBe(iso));
});

describe('date and number on one line, in either order', () => {
  it.each([
    ['от 01.12.2020 № 607', '2020-12-01', '607'],
    ['от 2 июня 2016 г. N 318', '2016-06-02', '318'],
    ['№ 535 от 10 марта 2016 г.', '2016-03-10', '535'],
    ['от «27» августа 2019 г. № 01.04/81', '2019-08-27', '01.04/81'],
    ['от 09.07.2020 №01-05/504', '2020-07-09', '01-05/504'],
    ['12.02.2024 № 315-п', '2024-02-12', '315-п'],
    ['от 5 марта 2011 г. N 245-р)', '2011-03-05', '245-р'],
    ['№ 7/1-ОД от 21.12. 2020', '2020-12-21', '7/1-ОД'],
    ['от 15.03.2024 No 112.', '2024-03-15', '112'],
    ['г. Энск', null, null],
  ])('%s → %s, %s', (text, date, number) => {
    const r = readDateAndNumber(text);
    expect([r.date, r.number]).toEqual([date, number]);
  });

  it.each([
    ['от «___»______2021 г. № ____', true, true],
    ['от ____________ № _____', true, true],
    ['от [Дата документа] № [Номер документа]', true, true],
    ['от 01.09.2021 № ___', false, true],
    ['от «__» ______ 20__ г. № 45', true, false],
  ])('%s: unfilled date %s, number %s', (text, d, n) => {
    const r = readDateAndNumber(text);
    expect([r.dateUnfilled, r.numberUnfilled]).toEqual([d, n]);
    if (d) expect(r.date).toBeNull();
    if (n) expect(r.number).toBeNull();
  });
});

describe('an act named by its kind word', () => {
  it.each([
    ['приказом директора от «27» августа 2019 г. № 01.04/81', 'приказ', 'директора', '2019-08-27', '01.04/81'],
    ['(утв. распоряжением Правительства Российской Федерации от 5 марта 2011 г. N 245-р)', 'распоряжение', 'Правительства Российской Федерации', '2011-03-05', '245-р'],
    ['к постановлению администрации городского округа № 535 от 10 марта 2016 г.', 'постановление', 'администрации городского округа', '2016-03-10', '535'],
    ['к приказу управления образования от 01.12.2020 № 607', 'приказ', 'управления образования', '2020-12-01', '607'],
    ['Приказ № 01.04/81 «27» августа 2019 г.', 'приказ', null, '2019-08-27', '01.04/81'],
    ['решением Совета депутатов от 14.11.2023 N 12/3', 'решение', 'Совета депутатов', '2023-11-14', '12/3'],
    ['Утвержден распоряжением Министерства', 'распоряжение', 'Министерства', null, null],
  ])('%s', (text, kind, authority, date, number) => {
    expect(readActReference(text)).toMatchObject({ kind, authority, date, number });
  });

  it('a line with no kind word names no act', () => expect(readActReference('Директор школы И.И. Иванов')).toBeNull());
});

describe('unfilled fields are taken out of the text around them', () => {
  it.each([
    ['Об утверждении плана от «__» ____ 20__ г. № ___', 'Об утверждении плана'],
    ['План мероприятий [Номер документа]', 'План мероприятий'],
    ['от 01.09.2021 № 45', 'от 01.09.2021 № 45'],
  ])('%s → %s', (text, out) => expect(withoutBlankFields(text)).toBe(out));

  it.each([
    ['«___»______2021 г.', true],
    ['№ ____', true],
    ['от ____________ № _____', true],
    ['_____________ М.П.', true],
    ['«01» сентября 2021 г.', false],
  ])('"%s" is only blanks: %s', (text, blank) => expect(isBlankOnly(text)).toBe(blank));
});
