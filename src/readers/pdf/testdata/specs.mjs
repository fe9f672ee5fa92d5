/**
 * Small documents for the PDF reader's unit tests, written as specs that
 * fixtures/scripts/make-pdf.mjs turns into .fodt and renders with LibreOffice:
 *
 *   node fixtures/scripts/make-pdf.mjs testdata
 *
 * The expected blocks in src/readers/pdf/*.test.ts are written from these specs.
 */

const HEAD = ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'];

/** Activity text long enough to wrap over a few lines in a 9 cm column. */
function activity(section, n) {
  const base = `Мероприятие ${section}.${n}: проведение анализа результатов и подготовка методических рекомендаций для общеобразовательных организаций`;
  return n % 3 === 0 ? `${base}, с обсуждением на совещании руководителей и размещением материалов на официальном сайте управления образования` : base;
}

/** A plan of three sections of twelve items: it crosses three pages, and page breaks cut rows. */
function longPlan() {
  const rows = [HEAD];
  for (let s = 1; s <= 3; s++) {
    rows.push([{ text: `${s}. Раздел плана номер ${s}`, colspan: 4 }, null, null, null]);
    for (let n = 1; n <= 12; n++) {
      rows.push([`${s}.${n}.`, activity(s, n), n % 2 ? 'до 01.12.2020' : 'в течение года', n % 4 === 0 ? 'Западное управление, Ресурсный центр, ОО' : 'ОО']);
    }
  }
  return rows;
}

/**
 * A ragged table as Word conversions leave them: the header row (repeated on every page)
 * has four cells, the rows under it five, so the fifth column has no line above it in the
 * header's band (the part of a row a page break carries over is not closed above, as
 * LibreOffice prints such Word tables); results are long, and page breaks cut them.
 */
function raggedPlan() {
  const rows = [['№', 'Мероприятие', 'Сроки', 'Ответственный', { text: '', borders: 'none' }]];
  for (let n = 1; n <= 14; n++) {
    const result = `результат ${n}: ${'достигнуты показатели качества подготовки обучающихся по программам '.repeat(1 + (n % 3))}итог мероприятия ${n}`;
    // (the fifth cell's top border is the row above's bottom one: under the header there is none)
    rows.push([`${n}.`, `Мероприятие ${n}: подготовка и проведение методических семинаров для педагогов`, n % 2 ? 'ежегодно' : 'по графику', 'МОО «ГЦРО»', n === 1 ? result : { text: result, noTop: true }]);
  }
  return rows;
}

/**
 * A plan drawn with its outer frame only, over three pages: the pages between its first
 * and its last show only the side lines. Its header row is set tight (the fourth header
 * nearly fills its column), and a long title stands in the first column alone.
 */
function framedPlan() {
  const rows = [['№ п/п', 'Наименование мероприятия', 'Сроки', 'Ответственный исполнитель', 'Ожидаемый результат']];
  rows.push(['Реализация адресной модели методической поддержки учителей и руководителей общеобразовательных организаций с низкими результатами (срок реализации - 1 год)', '', '', '', '']);
  for (let n = 1; n <= 20; n++) {
    rows.push([
      `${n}`,
      `Мероприятие ${n}: анализ кадрового обеспечения и подготовка адресных рекомендаций для педагогов${n % 3 === 0 ? ', обучающиеся которых показывают низкие образовательные результаты' : ''}`,
      n % 2 ? 'Сентябрь – октябрь ежегодно' : 'в течение года',
      'УОи МП',
      `Аналитическая справка ${n}${n % 4 === 0 ? ' и выводы об эффективности проведенных мероприятий с рекомендациями по дальнейшей работе' : ''}`,
    ]);
  }
  return rows;
}

/**
 * An indicator table with its outer frame only and no header row: its last column holds
 * lists (bullets, hanging lines) and paragraphs parted by an empty one, over three pages.
 */
function framedLists() {
  const entry = (k, what) => ({ li: `определены (описаны) механизмы ${what} ${k}, в том числе функционирующих в неблагоприятных социальных условиях, и порядок их применения` });
  const rows = [];
  for (let n = 1; n <= 6; n++) {
    rows.push([`${n}`, `Показатели раздела ${n}`, { text: [`Раздел ${n}: проведен мониторинг муниципальных показателей:`, '', entry(1, 'выявления школ'), entry(2, 'мониторинга динамики'), entry(3, 'выявления дефицитов')] }]);
    rows.push(['', `Анализ раздела ${n}`, { text: [entry(4, 'анализа'), '', `Подготовлены адресные рекомендации для руководителей по разделу ${n}`] }]);
  }
  return rows;
}

export const specs = {
  /** An order with a two-column head, a plan over three pages, a header and page numbers on every page. */
  basic: {
    header: 'Западное управление — служебная копия',
    footer: 'page',
    body: [
      {
        table: {
          borders: 'none',
          widths: [8.5, 8.5],
          rows: [
            [
              { text: ['МИНИСТЕРСТВО ОБРАЗОВАНИЯ', 'И НАУКИ САМАРСКОЙ ОБЛАСТИ', 'ЗАПАДНОЕ УПРАВЛЕНИЕ'] },
              { text: ['УТВЕРЖДАЮ', 'Руководитель управления', 'Т.Н. Гороховицкая', '«01» декабря 2020 года'] },
            ],
          ],
        },
      },
      '',
      { p: 'ПРИКАЗ', bold: true, center: true },
      '',
      'от 01 декабря 2020 № 607',
      '',
      'Об утверждении дорожной карты Западного управления',
      '',
      {
        p: 'В целях повышения эффективности деятельности общеобразовательных организаций в обеспечении оптимальных результатов обучения, воспитания и развития обучающихся, руководствуясь Положением о Западном управлении, п р и к а з ы в а ю:',
        indent: true,
      },
      '',
      '1. Утвердить дорожную карту Западного управления.',
      '2. Контроль за исполнением настоящего приказа оставляю за собой.',
      '',
      { p: 'Дорожная карта Западного управления по повышению качества общего образования', bold: true, center: true },
      { p: 'на 2020-2021 учебный год', bold: true, center: true },
      '',
      { table: { widths: [1.8, 9, 3, 3.2], headerRows: 1, rows: longPlan() } },
      '',
      'Примечание: ОО — общеобразовательные организации.',
    ],
  },

  /** Merged cells: a section row over the table, a number over two rows, a list inside a cell. */
  merged: {
    body: [
      'Таблица с объединёнными ячейками',
      {
        table: {
          widths: [1.8, 8, 3.4, 3.8],
          headerRows: 1,
          rows: [
            HEAD,
            [{ text: '1. Организационные мероприятия', colspan: 4 }, null, null, null],
            [{ text: '1.1.', rowspan: 2 }, 'Первое мероприятие', 'март', 'ОО'],
            [null, 'Второе мероприятие', 'апрель', 'Ресурсный центр'],
            ['1.2.', { text: ['Собеседование по вопросам:', { li: 'анализа результатов;' }, { li: 'планирования работы.' }] }, 'май', 'ОО'],
            ['1.3.', 'Последнее мероприятие', { text: 'до 01.12.2020', colspan: 2 }, null],
          ],
        },
      },
      'Текст после таблицы.',
    ],
  },

  /** A ragged table: four header cells over five-cell rows, the header repeated on each page. */
  ragged: {
    body: ['План мероприятий', { table: { widths: [1.2, 5.2, 2.6, 3, 5], headerRows: 1, rows: raggedPlan() } }, 'Конец документа.'],
  },

  /** A plan with its outer frame only, over three pages (landscape). */
  framed: {
    landscape: true,
    body: ['План мероприятий', { table: { borders: 'outer', widths: [4.5, 6.5, 2.6, 3.15, 8], rows: framedPlan() } }, 'Конец документа.'],
  },

  /** Lists and paragraphs in the cells of a table with its outer frame only, over three pages (landscape). */
  framedLists: {
    landscape: true,
    body: ['Показатели', { table: { borders: 'outer', padding: 0.35, widths: [1, 5, 18], rows: framedLists() } }, 'Конец документа.'],
  },

  /** A table with only its outer frame and one with no borders at all, in landscape. */
  unruled: {
    landscape: true,
    body: [
      'Таблица без внутренних границ',
      {
        table: {
          borders: 'outer',
          widths: [2, 12, 4, 6],
          rows: [
            ['№', 'Мероприятие', 'Срок', 'Ответственный'],
            ['1.', 'Проведение диагностики эффективности программ по повышению качества образования в школах с низкими результатами обучения', 'до 15.12.2020', 'Западное управление'],
            ['2.', 'Собеседование с управленческими командами', '7-11.12.2020', 'Западное управление, Ресурсный центр'],
            ['3.', 'Мониторинг', 'ежеквартально', 'ОО'],
          ],
        },
      },
      '',
      'Таблица без границ',
      {
        table: {
          borders: 'none',
          widths: [2, 12, 4, 6],
          rows: [
            ['№', 'Мероприятие', 'Срок', 'Ответственный'],
            ['1.', 'Организация окружных вебинаров по использованию в работе администрации модуля МСОКО АСУ РСО', 'в течение года', 'Ресурсный центр'],
            ['2.', 'Обеспечение участия педагогов в исследовании', 'март', 'ОО'],
          ],
        },
      },
      '',
      'Конец документа.',
    ],
  },
};
