import { describe, expect, it } from 'vitest';
import { makeCell, makeParagraph, makeRow, makeTable } from '../document/build.js';
import type { Block, ParsedDocument } from '../document/types.js';
import { BlockCursor } from './blocks.js';
import { recognizeApproval, isApprovalStart } from './approval.js';
import { isAppendixStart, recognizeAppendix } from './appendix.js';
import { recognizeOrderHeader } from './header.js';
import { recognizeDocument } from './document.js';

/** Small hand-made block sequences in the genre's forms; none is copied from a real document. */
const src = (line: number) => ({ file: 'x.txt', line });
const paras = (text: string): Block[] =>
  text.split('\n').map((t, i) => makeParagraph(t.replace(/^~/, ''), src(i + 1), t.startsWith('~') ? { gapBefore: true } : {}));
const cursor = (text: string) => new BlockCursor(paras(text));
const doc = (blocks: Block[]): ParsedDocument => ({ file: 'x.txt', format: 'txt', sha256: '', blocks });

describe('approval stamps', () => {
  it.each([
    // [lines, form, position, name, date, act]
    ['УТВЕРЖДАЮ\nДиректор школы\n________ И.И. Иванов\n«01» сентября 2021 г.', 'approve', 'Директор школы', 'И.И. Иванов', '2021-09-01', null],
    ['«УТВЕРЖДАЮ»\nДиректор МБОУ СОШ № 5\nП.П. Петрова\n01.09.2022', 'approve', 'Директор МБОУ СОШ № 5', 'П.П. Петрова', '2022-09-01', null],
    ['Утверждаю:\nЗаведующий\nСидорова А.А.', 'approve', 'Заведующий', 'Сидорова А.А.', null, null],
    ['УТВЕРЖДАЮ\n«27» августа 2019 г.\nДиректор\n_____ С.С. Смирнов', 'approve', 'Директор', 'С.С. Смирнов', '2019-08-27', null],
    ['УТВЕРЖДАЮ\nДиректор\n_____ С.С. Смирнов\n«___»______2021 г.', 'approve', 'Директор', 'С.С. Смирнов', null, null],
    ['УТВЕРЖДАЮ\nДиректор спортивной школы\n____ К.К. Кузнецов\nПриказ № 12-од «30» августа 2023 г.', 'approve', 'Директор спортивной школы', 'К.К. Кузнецов', '2023-08-30', { kind: 'приказ', number: '12-од', date: '2023-08-30' }],
    // the act after an empty line (a Word document leaves one between the signature and the act)
    ['УТВЕРЖДАЮ\nДиректор спортивной школы\n____ К.К. Кузнецов\n~Приказ № 12-од «30» августа 2023 г.', 'approve', 'Директор спортивной школы', 'К.К. Кузнецов', '2023-08-30', { kind: 'приказ', number: '12-од', date: '2023-08-30' }],
    ['УТВЕРЖДАЮ\nДиректор\n____ К.К. Кузнецов\n~ПЛАН работы на 2023 год', 'approve', 'Директор', 'К.К. Кузнецов', null, null],
    ['УТВЕРЖДЕНО\nприказом директора\nот «27» августа 2019 г. № 01.04/81', 'approved', null, null, '2019-08-27', { kind: 'приказ', authority: 'директора', number: '01.04/81' }],
    ['УТВЕРЖДЕН\nраспоряжением администрации\nмуниципального района\nот 15.03.2024 N 112-р', 'approved', null, null, '2024-03-15', { kind: 'распоряжение', authority: 'администрации муниципального района', number: '112-р' }],
    ['УТВЕРЖДЕНА постановлением Главы города от 2 июня 2016 г. No 318', 'approved', null, null, '2016-06-02', { kind: 'постановление', number: '318' }],
    ['Утвержден\nприказом управления образования\nот ____________ № _____', 'approved', null, null, null, { kind: 'приказ', date: null, number: null }],
    ['(утв. распоряжением Правительства Российской Федерации от 5 марта 2011 г. N 245-р)', 'approved', null, null, '2011-03-05', { kind: 'распоряжение', authority: 'Правительства Российской Федерации', number: '245-р' }],
    ['УТВЕРЖДЁН\nрешением Совета депутатов\nот 14.11.2023\n№ 12/3', 'approved', null, null, '2023-11-14', { kind: 'решение', number: '12/3' }],
  ])('%s', (text, form, position, name, date, act) => {
    const a = recognizeApproval(cursor(text))!;
    expect(a).toMatchObject({ form, position, name, date });
    if (act) expect(a.act).toMatchObject(act);
    else expect(a.act).toBeNull();
  });

  it('stops before the plan title', () => {
    const c = cursor('УТВЕРЖДАЮ\nДиректор\nИ.И. Иванов\n01.09.2021\nПЛАН\nработы на 2021 год');
    expect(recognizeApproval(c)).toMatchObject({ name: 'И.И. Иванов', date: '2021-09-01' });
    expect(c.pos).toBe(4);
  });

  it('two marks on one line: the approval side is taken where a line holds two values', () => {
    const a = recognizeApproval(cursor('СОГЛАСОВАНО УТВЕРЖДАЮ\nПредседатель профкома Директор школы\n______ А.А. Орлова ______ Б.Б. Волков\n«__»______2021 г. «01» сентября 2021 г.'))!;
    expect(a).toMatchObject({ form: 'approve', name: 'Б.Б. Волков', date: '2021-09-01' });
  });

  it.each([
    ['УТВЕРЖДАЮ', true],
    ['«УТВЕРЖДАЮ»', true],
    ['"Утверждаю"', true],
    ['УТВЕРЖДЕНЫ', true],
    ['(утв. приказом Минобрнауки России от 01.01.2020 N 1)', true],
    ['СОГЛАСОВАНО                 УТВЕРЖДАЮ', true],
    ['Утверждаемый план содержит', false],
    ['(утв. в установленном порядке)', false],
  ])('"%s" opens a stamp: %s', (text, yes) => expect(isApprovalStart(text)).toBe(yes));
});

describe('appendix lines', () => {
  it.each([
    ['Приложение N 3\nк приказу управления образования\nот 01.12.2020 № 607', '3', '2020-12-01', '607'],
    ['Приложение № 1 к постановлению администрации от 12.02.2024 № 315-п', '1', '2024-02-12', '315-п'],
    ['ПРИЛОЖЕНИЕ No 2\nк распоряжению\nот 2 июня 2016 г. N 318', '2', '2016-06-02', '318'],
    ['Приложение\nк постановлению администрации\nгородского округа\n№ 535 от 10 марта 2016 г.', null, '2016-03-10', '535'],
    ['Приложение 1\nк приказу от 09.07.2020\n№ 01-05/504', '1', '2020-07-09', '01-05/504'],
    ['Приложение № 2\nк приказу от «__» _______ 20__ г. № ___', '2', null, null],
  ])('%s', (text, number, date, orderNumber) => {
    expect(recognizeAppendix(cursor(text))).toMatchObject({ number, date, orderNumber });
  });

  it.each([
    ['Приложение N 1 к приказу', true],
    ['Приложение №№ 4', true],
    ['Приложения к плану не предусмотрены', false],
    ['Приложение: план мероприятий на 3 л.', false],
  ])('"%s" opens an appendix: %s', (text, yes) => expect(isAppendixStart(text)).toBe(yes));
});

describe('order headers', () => {
  it.each([
    ['АДМИНИСТРАЦИЯ ГОРОДА\nПОСТАНОВЛЕНИЕ\nот 2 июня 2016 г. N 318\nОб утверждении плана', 'постановление', '2016-06-02', '318', 'Об утверждении плана'],
    ['ПРИКАЗ\n21.12. 2020 № 77\nОб утверждении дорожной карты', 'приказ', '2020-12-21', '77', 'Об утверждении дорожной карты'],
    ['П Р И К А З\n27.08.2019г. No 5\nО плане', 'приказ', '2019-08-27', '5', 'О плане'],
    ['РАСПОРЯЖЕНИЕ № 15-р\nот 5.марта.2021\nО мерах', 'распоряжение', '2021-03-05', '15-р', 'О мерах'],
    ['ПРИКАЗ\nот «___»______2021 г. № ____\nОб утверждении плана мероприятий', 'приказ', null, null, 'Об утверждении плана мероприятий'],
    ['ПРИКАЗ\nот [Дата документа] № [Номер документа]\nОб утверждении плана', 'приказ', null, null, 'Об утверждении плана'],
    ['ПОСТАНОВЛЕНИЕ\n27 авг. 2019 № 1024\nг. Энск\nО программе', 'постановление', '2019-08-27', '1024', 'О программе'],
  ])('%s', (text, kind, date, number, title) => {
    expect(recognizeOrderHeader(cursor(text))).toMatchObject({ kind, date, number, title });
  });

  it('an order whose kind line is missing is recognized by its enacting word and clauses', () => {
    const o = recognizeOrderHeader(cursor('В целях повышения качества образования\nПРИКАЗЫВАЮ:\n1. Утвердить прилагаемый план.\n2. Контроль оставляю за собой.\nДиректор И.И. Иванов'))!;
    expect(o).toMatchObject({ kind: 'приказ', date: null, title: null, inferred: { fields: ['kind'], from: 'enacting' } });
    expect(o.clauses.map((c) => c.number)).toEqual(['1', '2']);
    expect(o.signatory).toMatchObject({ name: 'И.И. Иванов' });
  });

  it('administration "постановляет:" gives a постановление', () => {
    expect(recognizeOrderHeader(cursor('Руководствуясь Уставом, администрация постановляет:\n1. Утвердить план.'))).toMatchObject({ kind: 'постановление' });
  });

  it('the legal databases\' heading "Постановление Администрации … / от … N …" is an order, the issuer its authority', () => {
    expect(recognizeOrderHeader(cursor('Постановление Администрации Лесного района\nот 3 февраля 2023 г. N 57\nОб утверждении плана'))).toMatchObject({
      kind: 'постановление',
      authority: 'Администрации Лесного района',
      date: '2023-02-03',
      number: '57',
      title: 'Об утверждении плана',
    });
  });

  it('an act cited in a numbered list ("Постановления Правительства РФ от … № 96") is not the document\'s header', () => {
    expect(recognizeOrderHeader(cursor('ПЛАН\n1. Основания:\nПостановления Правительства РФ от 26 февраля 2010 г. № 96\nПостановление Правительства РФ от 1 марта 2011 г. № 5'))).toBeNull();
  });

  it('prose without enacting word and clauses is no order', () => {
    expect(recognizeOrderHeader(cursor('В целях повышения качества\nпроводится работа.\n1. Первое'))).toBeNull();
  });
});

describe('the document: stamps, appendices and the inferred order', () => {
  it('fills the order from the act a stamp names, marked inferred', () => {
    const r = recognizeDocument(doc(paras('УТВЕРЖДЕН\nприказом директора\nот «27» августа 2019 г. № 01.04/81\n~План работы на 2019 год')));
    expect(r.value.order).toMatchObject({ kind: 'приказ', date: '2019-08-27', number: '01.04/81', inferred: { fields: ['kind', 'date', 'number'], from: 'approval' } });
    expect(r.diagnostics.map((d) => d.code)).toContain('order/inferred');
  });

  it('fills a missing number of an order from its appendix line to the same kind of act', () => {
    const r = recognizeDocument(doc(paras('ПРИКАЗ\nот 01.12.2020\nОб утверждении плана\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n~Приложение\nк приказу от 01.12.2020 № 607')));
    expect(r.value.order).toMatchObject({ kind: 'приказ', date: '2020-12-01', number: '607', inferred: { fields: ['number'], from: 'appendix' } });
  });

  it('an appendix line naming another act (another date) does not fill the order', () => {
    const r = recognizeDocument(doc(paras('ПРИКАЗ\nот 01.12.2020\nОб утверждении плана\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n~Приложение\nк приказу министерства от 15.01.2019 № 12')));
    expect(r.value.order).toMatchObject({ date: '2020-12-01', number: null });
    expect(r.value.order!.inferred).toBeUndefined();
  });

  it('a person stamp names no act: no order', () => {
    const r = recognizeDocument(doc(paras('УТВЕРЖДАЮ\nДиректор\nИ.И. Иванов\n01.09.2021')));
    expect(r.value.order).toBeNull();
  });

  it('"Приложение N 1 к приказу …" above a stamp is an appendix, not the organization', () => {
    const r = recognizeDocument(doc(paras('Приложение N 1\nк приказу от 02.09.2024 N 45\n~УТВЕРЖДАЮ\nДиректор\nИ.И. Иванов')));
    const approval = r.value.approval ?? null;
    expect(approval?.organization ?? null).toBeNull();
    expect(r.value.order).toMatchObject({ kind: 'приказ', date: '2024-09-02', number: '45' });
  });

  it('a stamp in a table row (СОГЛАСОВАНО left, УТВЕРЖДАЮ right) is the approval; the other mark is reported', () => {
    const cell = (text: string, n: number) => makeCell(text.split('\n').map((t) => ({ text: t })), { file: 'x.txt', line: 1, cell: n });
    const t = makeTable(
      [makeRow([cell('СОГЛАСОВАНО\nПредседатель профкома\n____ А.А. Орлова', 1), cell('УТВЕРЖДАЮ\nДиректор школы\n____ Б.Б. Волков\n«01» сентября 2021 г.', 2)], src(1))],
      src(1),
    );
    const r = recognizeDocument(doc([t]));
    expect(r.value.approval).toMatchObject({ form: 'approve', position: 'Директор школы', name: 'Б.Б. Волков', date: '2021-09-01' });
    expect(r.value.tables).toHaveLength(0);
    expect(r.diagnostics.find((d) => d.code === 'text/unplaced')?.message).toMatch(/beside the approval stamp: "СОГЛАСОВАНО Председатель профкома/);
  });
});
