import { describe, expect, it } from 'vitest';
import { findDocumentDate, findDocumentNumber, findPersonName, joinLines, leadingNumber, normalizeNumber, unspace } from './text.js';

describe('document dates', () => {
  it.each([
    ['от 01 декабря 2020 № 607', '2020-12-01'],
    ['от 08.06.2021г', '2021-06-08'],
    ['09.07.2020', '2020-07-09'],
    ['«06» октября 2021 года', '2021-10-06'],
    ['"6" мая 2022 г.', '2022-05-06'],
    ['от 1 марта 2021', '2021-03-01'],
    ['от 31.02.2021', null],
    ['№ 977-р', null],
    ['города Ярославля от 09.07.2020 № 01-05/504', '2020-07-09'],
  ])('%s → %s', (text, iso) => {
    expect(findDocumentDate(text)?.iso ?? null).toBe(iso);
  });
});

describe('document numbers', () => {
  it.each([
    ['от 01 декабря 2020 № 607', '607'],
    ['№ 262', '262'],
    ['№ 01-05/504', '01-05/504'],
    ['№977-р', '977-р'],
    ['без номера', null],
  ])('%s → %s', (text, n) => expect(findDocumentNumber(text)).toBe(n));
});

describe('outline numbers', () => {
  it.each([
    ['1. Утвердить', { number: '1', rest: 'Утвердить' }],
    ['3.1 провести', { number: '3.1', rest: 'провести' }],
    [' - 2.1. Принять', { number: '2.1', rest: 'Принять' }],
    ['6.Результативность', { number: '6', rest: 'Результативность' }],
    ['1.1.Финансовая поддержка', { number: '1.1', rest: 'Финансовая поддержка' }],
    ['2020 год', null],
    ['Текст', null],
  ])('%s', (text, expected) => expect(leadingNumber(text)).toEqual(expected));

  it.each([
    ['1.1.', '1.1'],
    ['2.10', '2.10'],
    [' 3 ', '3'],
    ['1. Раздел', null],
    ['', null],
  ])('normalizes %j', (text, n) => expect(normalizeNumber(text)).toBe(n));
});

describe('names and spacing', () => {
  it.each(['Т.Н. Гороховицкая', 'Н.С.Соловьева', 'Е.А. Иванова', 'Сереброва Е.П.'])('%s is a person', (n) => {
    expect(findPersonName(n)?.[0]).toBe(n);
  });
  it.each([
    ['Министр                  А.С. Аникеев', 'А.С. Аникеев'],
    ['Директор департамента Иванова Е.А.', 'Иванова Е.А.'],
    ['Руководитель Т.Н. Гороховицкая', 'Т.Н. Гороховицкая'],
  ])('the name on the signature line %j', (line, name) => expect(findPersonName(line)?.[0]).toBe(name));

  it('unspaces spaced words', () => {
    expect(unspace('П Р И К А З')).toBe('ПРИКАЗ');
    expect(unspace('п р и к а з ы в а ю :')).toBe('приказываю:');
    expect(unspace('Об утверждении')).toBe('Об утверждении');
  });
  it('mends words hyphenated at line ends', () => {
    expect(joinLines(['показателей ре-', 'зультативности', 'рейтинга'])).toBe('показателей результативности рейтинга');
    expect(joinLines(['Западное управление -', 'комплекс'])).toBe('Западное управление - комплекс');
  });
});
