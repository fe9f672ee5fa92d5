import { describe, expect, it } from 'vitest';
import { readTxt } from '../readers/txt/index.js';
import { recognizeDocument } from './document.js';
import { findDefinitionsInText, glossaryPair } from './glossary.js';
import { periodOf } from './roadmap-title.js';
import { columnRole } from './columns.js';

async function recognize(text: string) {
  const doc = await readTxt(new TextEncoder().encode(text), 't.txt');
  return recognizeDocument(doc.value!);
}

describe('order header', () => {
  it.each([
    ['ПРИКАЗ', 'приказ'],
    ['П Р И К А З', 'приказ'],
    ['РАСПОРЯЖЕНИЕ', 'распоряжение'],
    ['ПОСТАНОВЛЕНИЕ', 'постановление'],
  ])('kind line %s', async (line, kind) => {
    const r = await recognize(`ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ\n\n${line}\n\nот 01.02.2021 № 5\n\nОб утверждении плана\n\nВ целях развития приказываю:\n1. Утвердить план.\n\nДиректор\nЕ.А. Иванова\n`);
    expect(r.value.order).toMatchObject({
      authority: 'ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ',
      kind,
      date: '2021-02-01',
      number: '5',
      title: 'Об утверждении плана',
      preamble: 'В целях развития',
      clauses: [{ number: '1', text: 'Утвердить план.' }],
      signatory: { position: 'Директор', name: 'Е.А. Иванова' },
    });
  });

  it('reads date and number on separate lines, clauses with sub-clauses and continuations', async () => {
    const r = await recognize('УПРАВЛЕНИЕ\n\nП Р И К А З\n\nот 08.06.2021г\n\n№ 262\n\nОб утверждении планов\nмероприятий\n\nВ соответствии с приказом\nп р и к а з ы в а ю :\n\n1. Утвердить план,\n\nпоказывающих результаты.\n2. Руководителям:\n - 2.1. Принять участие.\n\nНачальник Управления\nи политики\n\nН.С.Соловьева\n');
    const o = r.value.order!;
    expect([o.date, o.number, o.title, o.preamble]).toEqual(['2021-06-08', '262', 'Об утверждении планов мероприятий', 'В соответствии с приказом']);
    expect(o.clauses.map((c) => [c.number, c.text])).toEqual([
      ['1', 'Утвердить план, показывающих результаты.'],
      ['2', 'Руководителям:'],
      ['2.1', 'Принять участие.'],
    ]);
    expect(o.signatory).toEqual({ position: 'Начальник Управления и политики', name: 'Н.С.Соловьева' });
  });

  it('takes a letterhead in ordinary case as the authority when there is no upper-case block', async () => {
    const r = await recognize('Муниципальное бюджетное общеобразовательное учреждение\n«Средняя школа № 3»\n\nПРИКАЗ\n\n01.09.2021 № 112/1-од\n\nОб утверждении\n\n1. Утвердить.\n\nДиректор школы Петрова И.В.\n');
    expect(r.value.order).toMatchObject({
      authority: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3»',
      number: '112/1-од',
      signatory: { position: 'Директор школы', name: 'Петрова И.В.' },
    });
  });

  it('skips the place of signing between the number and the title', async () => {
    const r = await recognize('АДМИНИСТРАЦИЯ ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n\nот 3 февраля 2023 г. № 118-п\n\nг. Примерный\n\nОб утверждении комплекса мер\n\nВ соответствии с законом администрация ПОСТАНОВЛЯЕТ:\n\n1. Утвердить.\n');
    expect(r.value.order).toMatchObject({ kind: 'постановление', date: '2023-02-03', number: '118-п', title: 'Об утверждении комплекса мер', preamble: 'В соответствии с законом администрация' });
  });

  it('reads the place of signing before the date and number, and after them', async () => {
    for (const lines of ['г. Примерск\n\nот 11 ноября 2024 г.\t\t№ 1207', 'от 11 ноября 2024 г.\t\t№ 1207\n\nг. Примерск']) {
      const r = await recognize(`МИНИСТЕРСТВО ОБРАЗОВАНИЯ\n\nП Р И К А З\n\n${lines}\n\nО плане мероприятий\n\nВ целях развития приказываю:\n1. Утвердить план.\n`);
      expect(r.value.order).toMatchObject({ kind: 'приказ', date: '2024-11-11', number: '1207', place: 'г. Примерск', title: 'О плане мероприятий' });
    }
  });

  it('is null for a plan approved by a stamp', async () => {
    const r = await recognize('УТВЕРЖДАЮ\n Заместитель начальника\n Управления\n\nЕ.М.Артемьева\n «06» октября 2021 года\n\nДорожная карта на 2021-2023 годы\n');
    expect(r.value.order).toBeNull();
    expect(r.value.approval).toEqual({
      form: 'approve',
      organization: null,
      position: 'Заместитель начальника Управления',
      name: 'Е.М.Артемьева',
      date: '2021-10-06',
      act: null,
      source: { file: 't.txt', line: 1, column: 1 },
    });
    expect(r.value.roadmaps[0]!.period).toEqual({ raw: 'на 2021-2023 годы', start: '2021-01-01', end: '2023-12-31' });
  });
});

describe('appendix with an approval by an act', () => {
  it('attaches the stamp to the appendix', async () => {
    const r = await recognize('Приложение 1\n\nУТВЕРЖДЕН\n\nприказом департамента образования мэрии\nгорода Ярославля от 09.07.2020 № 01-05/504\n\nПлан работы (дорожная карта)\n\n№\tМероприятие\tСроки\tОтветственный\n1.\tАудит\t2020\tДО\n');
    const a = r.value.roadmaps[0]!.appendix!;
    expect(a.number).toBe('1');
    expect(a.approval).toMatchObject({ form: 'approved', date: '2020-07-09', act: { kind: 'приказ', authority: 'департамента образования мэрии города Ярославля', date: '2020-07-09', number: '01-05/504' } });
  });
});

describe('approval stamp after an order', () => {
  it('opens the appendix the order approved when no "Приложение" line precedes it', async () => {
    const r = await recognize('МИНИСТЕРСТВО ОБРАЗОВАНИЯ\n\nРАСПОРЯЖЕНИЕ\n\nот 15.03.2024 № 512-р\n\nОб утверждении плана\n\n1. Утвердить план.\n\nМинистр\nА.Б. Васильев\n\nУТВЕРЖДЁН\nраспоряжением Министерства образования\nот 15.03.2024 № 512-р\n\nПлан мероприятий\n\n№\tМероприятие\tСрок\tОтветственный\n1.\tАудит\t2024\tМинистерство\n');
    expect(r.value.approval).toBeNull();
    expect(r.value.roadmaps[0]!.appendix).toMatchObject({ number: null, date: '2024-03-15', orderNumber: '512-р', approval: { form: 'approved', act: { kind: 'распоряжение', number: '512-р' } } });
  });

  it('takes the letterhead above a plan\'s own stamp as its organization', async () => {
    const r = await recognize('МБОУ «СОШ № 7»\n\nУТВЕРЖДАЮ\nДиректор школы\n_______ О.В. Кузнецова\n\nПлан мероприятий\n\n№\tМероприятие\tСрок\tОтветственный\n1.\tАудит\t2024\tДиректор\n');
    expect(r.value.approval).toMatchObject({ organization: 'МБОУ «СОШ № 7»', name: 'О.В. Кузнецова' });
    expect(r.diagnostics.filter((d) => d.code === 'text/unplaced')).toEqual([]);
  });

  it('does not take another mark above the stamp ("ПРИНЯТО на заседании педсовета, протокол …") for a letterhead', async () => {
    const r = await recognize('ПРИНЯТО\nна заседании педагогического совета\nпротокол № 1 от 30.08.2024\n\nУТВЕРЖДЕНО\nприказом директора\nот 30.08.2024 № 112-од\n\nПлан мероприятий\n\n№\tМероприятие\tСрок\tОтветственный\n1.\tСовещание\tсентябрь\tДиректор\n');
    expect(r.value.approval).toMatchObject({ form: 'approved', organization: null, act: { kind: 'приказ', number: '112-од' } });
    expect(r.diagnostics.filter((d) => d.code === 'text/unplaced').map((d) => d.message)).toHaveLength(3);
  });

  it('stays the document\'s own stamp when there is no order', async () => {
    const r = await recognize('УТВЕРЖДАЮ\nДиректор школы\n_______ О.В. Кузнецова\n«02» сентября 2024 г.\n\nПлан мероприятий\n\n№\tМероприятие\tСрок\tОтветственный\n1.\tАудит\t2024\tДиректор\n');
    expect(r.value.approval).toMatchObject({ form: 'approve', name: 'О.В. Кузнецова' });
    expect(r.value.roadmaps[0]!.appendix).toBeNull();
  });
});

describe('glossary', () => {
  it.each([
    ['ОО – общеобразовательные организации', 'ОО', 'общеобразовательные организации'],
    ['Общеобразовательные организации - ОО', 'ОО', 'Общеобразовательные организации'],
    ['ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань» - Ресурсный центр', 'Ресурсный центр', 'ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань»'],
    ['ОГАУ «ИРО» – областное государственное автономное учреждение «Институт развития образования»;', 'ОГАУ «ИРО»', 'областное государственное автономное учреждение «Институт развития образования»'],
    ['КДН и ЗП – комиссия по делам несовершеннолетних и защите их прав', 'КДН и ЗП', 'комиссия по делам несовершеннолетних и защите их прав'],
    ['МБУ ДО «ЦДТ» – муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества»', 'МБУ ДО «ЦДТ»', 'муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества»'],
  ])('pair %s', (line, abbreviation, expansion) => {
    expect(glossaryPair(line)).toEqual({ abbreviation, expansion });
  });
  it('is no pair in ordinary prose', () => expect(glossaryPair('Учитель - это профессия, которой учатся всю жизнь и даже дольше, чем кажется')).toBeNull());

  it.each([
    ['Принятые сокращения: ГИА – государственная итоговая аттестация; УВР – учебно-воспитательная работа.'],
    ['Список используемых сокращений:\nГИА – государственная итоговая аттестация;\nУВР – учебно-воспитательная работа.'],
    ['Условные сокращения:\nГИА – государственная итоговая аттестация; УВР – учебно-воспитательная работа'],
  ])('a note with several pairs: %s', async (note) => {
    const r = await recognize(`План\n\n№\tМероприятие\tСрок\n1.\tАнализ ГИА\t2024\n2.\tСовещание по УВР\t2025\n\n${note}\n`);
    expect(r.value.glossary.map((e) => [e.abbreviation, e.expansion])).toEqual([
      ['ГИА', 'государственная итоговая аттестация'],
      ['УВР', 'учебно-воспитательная работа'],
    ]);
  });

  it('leaves "Примечание:" prose alone when its parts are not all pairs', async () => {
    const r = await recognize('План\n\n№\tМероприятие\tСрок\n1.\tАнализ\t2024\n2.\tОтчёт\t2025\n\nПримечание: сроки могут быть изменены; ОО – общеобразовательные организации\n');
    expect(r.value.glossary).toEqual([]);
  });

  it.each([
    ['ресурсного обеспечения повышающих результаты школ (далее – ПРШ) и', 'ПРШ', 'повышающих результаты школ'],
    ['Введение единого методического дня (далее ЕМД) в ПРШ', 'ЕМД', 'единого методического дня'],
    ['подведомственных Западному управлению министерства образования (далее – Западное управление),', 'Западное управление', 'Западному управлению министерства образования'],
  ])('"(далее – …)" in %s', (text, abbreviation, expansion) => {
    expect(findDefinitionsInText(text)).toEqual([{ abbreviation, expansion }]);
  });
});

describe('roadmap period', () => {
  it.each([
    ['Дорожная карта на 2021-2023 годы', '2021-01-01', '2023-12-31'],
    ['План на 2021 год', '2021-01-01', '2021-12-31'],
    ['… условиях на 2020-2022годы', '2020-01-01', '2022-12-31'],
    ['План на 2020/2021 учебный год', '2020-09-01', '2021-08-31'],
    ['на 2022/2023 учебный год', '2022-09-01', '2023-08-31'],
    ['на 2020/2021(2021/2022) учебный год', '2020-09-01', '2022-08-31'],
    ['на 2020-21 уч. год', '2020-09-01', '2021-08-31'],
  ])('%s', (title, start, end) => expect(periodOf(title)).toMatchObject({ start, end }));
  it('keeps the whole words in raw', () => expect(periodOf('План на 2022/2023 учебный год')?.raw).toBe('на 2022/2023 учебный год'));
  it('is null without years', () => expect(periodOf('Дорожная карта Западного управления')).toBeNull());
});

describe('column roles', () => {
  it.each([
    ['№ п/п', 'number'],
    ['№', 'number'],
    ['Наименование мероприятия (краткое содержание)', 'activity'],
    ['Мероприятия', 'activity'],
    ['Содержание действия', 'activity'],
    ['Срок реализации', 'deadline'],
    ['Сроки исполнения', 'deadline'],
    ['Ответственные исполнители', 'responsible'],
    ['Ответственный', 'responsible'],
    ['Ожидаемый результат', 'result'],
    ['Планируемый результат', 'result'],
    ['Отметка об исполнении', null],
    ['Дата начала', 'deadlineStart'],
    ['Срок окончания', 'deadlineEnd'],
    ['Окончание', 'deadlineEnd'],
    ['Наименование ОО', null],
  ])('%s → %s', (h, role) => expect(columnRole(h)).toBe(role));
});

describe('plan tables', () => {
  const head = 'Дорожная карта\n\n№ п/п\tМероприятие\tСрок\tОтветственный\n';
  it('nests sections by number, keeps unnumbered rows, joins rows cut by a page break', async () => {
    const r = await recognize(
      `${head}1. Организация\t\t\t\n1.1.\tАнализ обла-\tдо 01.12.2020\tОО\n\n\tсти\t\t\n\tБез номера\tмарт\tУО\n<i>1.2 Подраздел</i>\t\t\t\n1.\tВнутри\tапрель\tОО\n2. Второй\t\t\t\n2.1\tДругое\tмай\tОО\n`,
    );
    const rm = r.value.roadmaps[0]!;
    expect(rm.sections.map((s) => [s.number, s.title, s.items.map((i) => [i.number, i.text, i.deadline]), s.sections.map((x) => [x.number, x.title, x.items.length])])).toEqual([
      ['1', 'Организация', [['1.1', 'Анализ области', 'до 01.12.2020'], [null, 'Без номера', 'март']], [['1.2', 'Подраздел', 1]]],
      ['2', 'Второй', [['2.1', 'Другое', 'май']], []],
    ]);
  });

  it('takes a self-numbered title alone in the activity column as a section (I., II., Раздел 3.)', async () => {
    const r = await recognize(`${head}\tI. Нормативное обеспечение\t\t\n1\tИзучение\tсентябрь\tОО\n\tРаздел 2. Работа с учащимися\t\t\n2\tКонсультации\tмай\tОО\n\tБез номера и без срока\t\t\n`);
    const rm = r.value.roadmaps[0]!;
    expect(rm.sections.map((s) => [s.number, s.title, s.items.map((i) => i.number ?? i.text)])).toEqual([
      ['I', 'Нормативное обеспечение', ['1']],
      ['2', 'Работа с учащимися', ['2', 'Без номера и без срока']],
    ]);
  });

  it('reads a header split over two rows ("Срок" over "начало | окончание") and joins the deadline\'s halves', async () => {
    const r = await recognize('План мероприятий\n\n№\tМероприятие\tСрок\t\tОтветственный\n\t\tначало\tокончание\t\n1.\tАудит\t01.09.2021\t31.12.2021\tОО\n2.\tОтчёт\t\tмай 2022\tУО\n');
    const rm = r.value.roadmaps[0]!;
    expect(rm.columns).toEqual(['№', 'Мероприятие', 'Срок: начало', 'Срок: окончание', 'Ответственный']);
    expect(rm.items.map((i) => [i.number, i.deadline, i.responsible])).toEqual([
      ['1', '01.09.2021 – 31.12.2021', 'ОО'],
      ['2', 'май 2022', 'УО'],
    ]);
  });

  it('reads start and end columns that head themselves ("Дата начала", "Срок окончания")', async () => {
    const r = await recognize('План мероприятий\n\n№\tМероприятие\tДата начала\tСрок окончания\tОтветственный\n1.\tАудит\t01.09.2021\t31.12.2021\tОО\n');
    expect(r.value.roadmaps[0]!.items.map((i) => [i.deadline, i.responsible])).toEqual([['01.09.2021 – 31.12.2021', 'ОО']]);
  });

  it('joins the rest of a cut row to the cut paragraph only, keeping the paragraphs before it', async () => {
    const r = await recognize(`${head}1.\t<p>Лекторий</p> <p>Основы урока, цели</p>\tмарт\tОО\n\n\tурока и стиль\t\t\n`);
    expect(r.value.roadmaps[0]!.items[0]!.text).toBe('Лекторий\nОсновы урока, цели урока и стиль');
  });

  it('drops header rows repeated after a page break, even when their columns change', async () => {
    const r = await recognize(`${head}1.\tПервое\tмарт\tОО\n\n№ п/п\tМероприятие\tСрок\tОтветственный\n\tпродолжение\t\tУО\n2.\tВторое\tмай\tОО\n`);
    const items = r.value.roadmaps[0]!.items;
    expect(items.map((i) => [i.number, i.text, i.responsible])).toEqual([
      ['1', 'Первое продолжение', 'ОО УО'],
      ['2', 'Второе', 'ОО'],
    ]);
  });

  it('takes section headings written as paragraphs between tables', async () => {
    const r = await recognize(`${head}1.\tПервое\tмарт\tОО\n\n2. Раздел второй\n\n2.1 Подраздел\n\n1.\tВторое\tмай\tОО\n`);
    const rm = r.value.roadmaps[0]!;
    expect(rm.items.map((i) => i.text)).toEqual(['Первое']);
    expect(rm.sections[0]!.sections[0]!.items.map((i) => i.text)).toEqual(['Второе']);
  });

  it('keeps an activity row whose cells mention "сроки" and "результаты" (not a repeated header)', async () => {
    const r = await recognize('План\n\n№\tМероприятие\tСрок\tОтветственный\tРезультат\n2.1.\tАнализ\tмарт\tОО\tСправка\n2.2.\tУчастие в ВПР\tв сроки, установленные Рособрнадзором\tМОУО, ОО\tОбъективные результаты\n');
    expect(r.value.roadmaps[0]!.items.map((i) => i.number)).toEqual(['2.1', '2.2']);
  });

  it('takes a numbered row with only a title, followed by a row numbered under it, as a section', async () => {
    const r = await recognize(`${head}1.\tНормативное обеспечение\t\t\n1.1.\tПервое\tмарт\tОО\n1.2.\tВторое\tмай\tОО\n2.\tОтдельное мероприятие\t\t\n3.\tТретье\tиюнь\tОО\n`);
    const rm = r.value.roadmaps[0]!;
    expect(rm.sections.map((s) => [s.number, s.title, s.items.map((i) => i.number)])).toEqual([['1', 'Нормативное обеспечение', ['1.1', '1.2']]]);
    // a bare row not followed by its own sub-items stays an activity; "2" ends section 1
    expect(rm.items.map((i) => i.number)).toEqual(['2', '3']);
  });

  it('takes stages named in words before each table ("Первый этап (2024 год)") as sections', async () => {
    const r = await recognize(`Дорожная карта на 2024–2025 годы\n\nПервый этап (2024 год)\n\n${head.replace('Дорожная карта\n\n', '')}1.\tПервое\tмарт\tОО\n\nВторой этап (2025 год)\n\n${head.replace('Дорожная карта\n\n', '')}2.\tВторое\tмай\tОО\n`);
    const rm = r.value.roadmaps[0]!;
    expect(rm.sections.map((s) => [s.number, s.title, s.items.map((i) => i.number)])).toEqual([
      [null, 'Первый этап (2024 год)', ['1']],
      [null, 'Второй этап (2025 год)', ['2']],
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'text/unplaced')).toEqual([]);
  });

  it('reads years under a spanning heading as columns of their own, and a totals row as a note', async () => {
    const r = await recognize('План мероприятий на 2024–2025 годы\n\n№\tМероприятие\tСрок\tИсполнитель\tОбъём финансирования, тыс. руб.\t\n\t\t\t\t2024\t2025\n1\tКонкурс\tоктябрь\tУО\t150,0\t160,0\n\tИтого\t\t\t150,0\t160,0\n');
    const rm = r.value.roadmaps[0]!;
    expect(rm.columns.slice(4)).toEqual(['Объём финансирования, тыс. руб.: 2024', 'Объём финансирования, тыс. руб.: 2025']);
    expect(rm.items.map((i) => [i.number, i.text, i.extra])).toEqual([
      ['1', 'Конкурс', { 'Объём финансирования, тыс. руб.: 2024': '150,0', 'Объём финансирования, тыс. руб.: 2025': '160,0' }],
    ]);
    expect(rm.notes).toEqual(['Итого: Объём финансирования, тыс. руб.: 2024: 150,0; Объём финансирования, тыс. руб.: 2025: 160,0']);
  });

  it('adds a row of nothing but list entries to the list of the item above', async () => {
    // a cell per line: each cell on its own line after a tab, list entries on lines of their own
    const rows = [
      ['№', 'Мероприятия', 'Срок', 'Ответственные'],
      ['1.', 'Педсоветы:\n• «Старт года»;\n• «Итоги года»;', 'август', 'Директор'],
      ['', '• «Качество образования»', '', ''],
      ['2.', 'Анализ ВПР', 'октябрь', 'Завуч'],
    ];
    const text = rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
    const r = await recognize(`План мероприятий\n\n${text}\n`);
    const rm = r.value.roadmaps[0]!;
    expect(rm.items.map((i) => [i.number, i.text, i.list])).toEqual([
      ['1', 'Педсоветы:', ['«Старт года»;', '«Итоги года»;', '«Качество образования»']],
      ['2', 'Анализ ВПР', []],
    ]);
  });

  it('keeps a footnote under a plan ("* – по согласованию.") as one of its notes', async () => {
    const r = await recognize(`${head}1.\tПервое\tмарт\tКДН*\n2.\tВторое\tмай\tОО\n\n* – по согласованию.\n`);
    expect(r.value.roadmaps[0]!.notes).toEqual(['* – по согласованию.']);
    expect(r.diagnostics.filter((d) => d.code === 'text/unplaced')).toEqual([]);
  });

  it('takes a Roman-numbered title alone in the activity column as a section when items carry their numbers in their text', async () => {
    const r = await recognize('План\n\nНаименование мероприятия\tСрок\tИсполнители\nI. Организационная работа\t\t\n1. Совещание\tапрель\tУО\n\nНаименование мероприятия\tСрок\tИсполнители\n2. Сверка списков\tмай\tОО\nII. Работа с семьями\t\t\n3. Посещение семей\tиюнь\tОО\n');
    const rm = r.value.roadmaps[0]!;
    expect(rm.sections.map((s) => [s.number, s.title, s.items.map((i) => [i.number, i.text])])).toEqual([
      ['I', 'Организационная работа', [['1', 'Совещание'], ['2', 'Сверка списков']]],
      ['II', 'Работа с семьями', [['3', 'Посещение семей']]],
    ]);
  });

  it('keeps other tables as titled generic tables', async () => {
    const r = await recognize('График собеседований\n\n№\tНаименование ОО\tДата и время\n1\tООШ № 27\t09.12.2020 10.00\n');
    expect(r.value.roadmaps).toEqual([]);
    expect(r.value.tables[0]).toMatchObject({ title: 'График собеседований', columns: ['№', 'Наименование ОО', 'Дата и время'], rows: [['1', 'ООШ № 27', '09.12.2020 10.00']] });
  });

  it('joins a cut row to a shorter row above it without leaving holes (found by the property test)', async () => {
    const r = await recognize('Итоги\n\n\tимя\n\n\t\tпродолжение\n');
    const rows = r.value.tables[0]!.rows;
    expect(rows).toEqual([['имя', '', 'продолжение']]);
    expect(Object.keys(rows[0]!)).toEqual(['0', '1', '2']); // no hole where a cell was never set
  });

  it('turns a standalone numbered list into a table', async () => {
    const r = await recognize('**Координационный совет**\n\n1. Бушная Ольга Вячеславовна, директор центра.\n2. Важнова Ольга Геннадьевна, директор школы.\n');
    expect(r.value.tables[0]).toMatchObject({
      title: 'Координационный совет',
      columns: ['№', 'ФИО', 'Должность'],
      rows: [['1', 'Бушная Ольга Вячеславовна', 'директор центра'], ['2', 'Важнова Ольга Геннадьевна', 'директор школы']],
    });
  });

  it('reports text no recognizer places', async () => {
    const r = await recognize(`${head}1.\tПервое\tмарт\tОО\n\nСлучайная строка\n`);
    expect(r.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([['text/unplaced', 6]]);
  });
});

describe('a glossary line under a plan, with no note heading above it', () => {
  it('is read as the glossary, not left unplaced', async () => {
    const r = await recognize('ПЛАН МЕРОПРИЯТИЙ\n\n№\tМероприятие\tСрок\tОтветственный\n1\tПроведение совещания\tмарт 2025 г.\tУО\n2\tМониторинг охвата\tапрель 2025 г.\tОО\n\nУО – управление образования; ОО – общеобразовательные организации.\n');
    expect(r.value.glossary.map((g) => [g.abbreviation, g.expansion])).toEqual([
      ['УО', 'управление образования'],
      ['ОО', 'общеобразовательные организации'],
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'text/unplaced')).toEqual([]);
  });

  it('leaves a sentence that is no definition unplaced', async () => {
    const r = await recognize('ПЛАН МЕРОПРИЯТИЙ\n\n№\tМероприятие\tСрок\tОтветственный\n1\tПроведение совещания\tмарт 2025 г.\tУО\n2\tМониторинг охвата\tапрель 2025 г.\tОО\n\nКонтроль – за директором школы.\n');
    expect(r.value.glossary).toEqual([]);
    expect(r.diagnostics.some((d) => d.code === 'text/unplaced')).toBe(true);
  });
});
