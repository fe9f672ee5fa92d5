/**
 * The words of the deadline grammar, in the normalized spelling the tokenizer produces
 * (lower case, "ё" → "е"). Each table lists every grammatical form that occurs in
 * official Russian; nothing here knows about particular documents.
 */
import type { Frequency } from '../../model/deadline.js';

function forms(stem: string, endings: string[]): string[] {
  return endings.map((e) => stem + e);
}

const SOFT = ['ь', 'я', 'е', 'ю', 'ем', 'и'];
const HARD = ['', 'а', 'е', 'у', 'ом'];

/** Month names in all cases, plus the usual abbreviations ("янв", "сент", "нояб"). */
export const MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (n: number, words: string[]): void => words.forEach((w) => m.set(w, n));
  add(1, [...forms('январ', SOFT), 'янв']);
  add(2, [...forms('феврал', SOFT), 'фев', 'февр']);
  add(3, [...forms('март', HARD), 'мар']);
  add(4, [...forms('апрел', SOFT), 'апр']);
  add(5, ['май', 'мая', 'мае', 'маю', 'маем']);
  add(6, [...forms('июн', SOFT), 'июн']);
  add(7, [...forms('июл', SOFT), 'июл']);
  add(8, [...forms('август', HARD), 'авг']);
  add(9, [...forms('сентябр', SOFT), 'сен', 'сент']);
  add(10, [...forms('октябр', SOFT), 'окт']);
  add(11, [...forms('ноябр', SOFT), 'ноя', 'нояб']);
  add(12, [...forms('декабр', SOFT), 'дек']);
  return m;
})();

/** Abbreviated month forms: they may be followed by a dot that belongs to them. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'янв', 'фев', 'февр', 'мар', 'апр', 'июн', 'июл', 'авг', 'сен', 'сент', 'окт', 'ноя', 'нояб', 'дек',
]);

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Weekday names in all cases, singular and plural ("по вторникам"), and two-letter abbreviations. */
export const WEEKDAYS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (day: string, words: string[]): void => words.forEach((w) => m.set(w, day));
  const masc = ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'];
  add('monday', [...forms('понедельник', masc), 'пн']);
  add('tuesday', [...forms('вторник', masc), 'вт']);
  add('wednesday', [...forms('сред', ['а', 'ы', 'е', 'у', 'ой', 'ам', 'ами', 'ах']), 'ср']);
  add('thursday', [...forms('четверг', masc), 'чт']);
  add('friday', [...forms('пятниц', ['а', 'ы', 'е', 'у', 'ей', 'ам', 'ами', 'ах']), 'пт']);
  add('saturday', [...forms('суббот', ['а', 'ы', 'е', 'у', 'ой', 'ам', 'ами', 'ах']), 'сб']);
  add('sunday', [...forms('воскресень', ['е', 'я', 'ю', 'ем', 'ям', 'ями', 'ях']), 'вс']);
  return m;
})();

/** Ordinal words and Roman numerals for quarters and half-years ("I квартал", "второе полугодие"). */
export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (n: number, words: string[]): void => words.forEach((w) => m.set(w, n));
  add(1, ['i', 'і', ...forms('перв', ['ый', 'ая', 'ое', 'ого', 'ом', 'ой', 'ому', 'ую'])]);
  add(2, ['ii', 'іі', ...forms('втор', ['ой', 'ая', 'ое', 'ого', 'ом', 'ому', 'ую'])]);
  add(3, ['iii', 'ііі', ...forms('трет', ['ий', 'ья', 'ье', 'ьего', 'ьем', 'ьей', 'ьему', 'ью'])]);
  add(4, ['iv', 'іv', ...forms('четверт', ['ый', 'ая', 'ое', 'ого', 'ом', 'ой', 'ому', 'ую'])]);
  return m;
})();

/** What may follow a digit and a hyphen in a numeric ordinal: "1-й", "2-го", "1-ом". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set([
  'й', 'ый', 'ий', 'ой', 'е', 'ое', 'ье', 'го', 'ого', 'его', 'м', 'ом', 'ем', 'я', 'ая', 'ья', 'му', 'ому',
]);

export const QUARTER_WORDS: ReadonlySet<string> = new Set([
  'квартал', 'квартала', 'квартале', 'кварталу', 'кварталом', 'кв',
  // after a range of them: "II–III кварталы", "в I–II кварталах"
  'кварталы', 'кварталах', 'кварталов',
]);

export const HALF_WORDS: ReadonlySet<string> = new Set([
  'полугодие', 'полугодия', 'полугодии', 'полугодию', 'полугодием', 'полугодье', 'полугодья', 'полугодьи',
  'половина', 'половины', 'половине', 'половину', 'половиной',
]);

/** "г.", "гг.", "года", "годы"… after a year. */
export const YEAR_WORDS: ReadonlySet<string> = new Set([
  'г', 'гг', 'год', 'года', 'году', 'годом', 'годе', 'годы', 'годов', 'годах', 'годам', 'годами',
]);

/** "учебный", "учебного"… or the abbreviation "уч". Followed by a year word. */
export const ACADEMIC_WORDS: ReadonlySet<string> = new Set([
  'учебный', 'учебного', 'учебном', 'учебному', 'учебным', 'учебные', 'учебных', 'уч', 'учеб',
]);

/** Adverbs and adjectives of frequency, by stem: "ежегодно", "ежегодное", "ежеквартальных". */
export const FREQUENCY_STEMS: ReadonlyArray<readonly [string, Frequency]> = [
  ['ежедневн', 'daily'],
  ['каждодневн', 'daily'],
  ['еженедельн', 'weekly'],
  ['ежемесячн', 'monthly'],
  ['ежеквартальн', 'quarterly'],
  ['ежеполугодн', 'halfyearly'],
  ['полугодов', 'halfyearly'],
  ['ежегодн', 'yearly'],
];

/** Units after "раз в …", "каждые …": singular and plural forms. */
export const UNITS: ReadonlyMap<string, Frequency> = (() => {
  const m = new Map<string, Frequency>();
  const add = (f: Frequency, words: string[]): void => words.forEach((w) => m.set(w, f));
  add('daily', ['день', 'дня', 'дней', 'сутки', 'суток']);
  add('weekly', ['неделя', 'неделю', 'недели', 'недель', 'неделе']);
  add('monthly', ['месяц', 'месяца', 'месяцев', 'месяце']);
  add('quarterly', ['квартал', 'квартала', 'кварталов', 'квартале', 'четверть', 'четверти']);
  add('halfyearly', ['полугодие', 'полугодия', 'полугодий', 'полгода', 'полугодии']);
  add('yearly', ['год', 'года', 'лет', 'году']);
  return m;
})();

/** "раз", "раза" */
export const TIMES_WORDS: ReadonlySet<string> = new Set(['раз', 'раза']);

/** Counted adverbs: "дважды в год" = 2 times a year. */
export const COUNT_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['дважды', 2],
  ['трижды', 3],
  ['четырежды', 4],
]);

/** Number words before "раз": "два раза в год". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['один', 1],
  ['одна', 1],
  ['одно', 1],
  ['два', 2],
  ['две', 2],
  ['три', 3],
  ['четыре', 4],
  ['пять', 5],
  ['шесть', 6],
]);

/** Words that make a single, one-off event: recurrence frequency "once". */
export const ONCE_WORDS: ReadonlySet<string> = new Set(['однократно', 'единовременно', 'разово', 'единожды']);

export const EACH_WORDS: ReadonlySet<string> = new Set([
  'каждый', 'каждая', 'каждое', 'каждую', 'каждого', 'каждой', 'каждом', 'каждому', 'каждые', 'каждых',
]);

/** "числа" in "не позднее 10 числа каждого месяца". */
export const DAY_OF_MONTH_WORDS: ReadonlySet<string> = new Set(['число', 'числа', 'числу', 'числам', 'чисел']);

/** Adverbs that mean "throughout the roadmap's period". */
export const PERIOD_ADVERBS: ReadonlySet<string> = new Set([
  'постоянно', 'систематически', 'регулярно', 'непрерывно', 'круглогодично', 'круглогодически',
]);

/** The nouns that name the whole period: "весь период", "в течение срока", "в течение года". */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'период', 'периода', 'периоде', 'срок', 'срока', 'сроке', 'время', 'времени', 'год', 'года', 'году',
]);

export const ALL_WORDS: ReadonlySet<string> = new Set(['весь', 'всего', 'всей', 'всё', 'все', 'целый', 'целого']);

/** "в течение", "на протяжении" */
export const THROUGHOUT_WORDS: ReadonlySet<string> = new Set(['течение', 'продолжение', 'протяжении']);

/**
 * Genitive words that may follow a period noun and say whose period it is:
 * "весь период реализации дорожной карты", "в течение срока проекта".
 */
export const PROJECT_WORDS: ReadonlySet<string> = new Set([
  'реализации', 'действия', 'проекта', 'проектов', 'программы', 'программ', 'дорожной', 'дорожных', 'карты', 'карт',
  'плана', 'планов', 'мероприятий', 'мероприятия', 'приказа', 'подпрограммы', 'муниципальной', 'региональной',
  'муниципального', 'регионального', 'федерального', 'национального', 'работы', 'исполнения', 'настоящей',
  'настоящего', 'данной', 'данного', 'учебного',
]);

/**
 * Words that open a condition when they are not followed by a date: "по необходимости",
 * "при проведении", "после", "согласно". "с", "в", "до", "к" open one only before the nouns
 * listed in CONDITION_NOUNS_AFTER ("с учетом", "в сроки").
 */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set([
  'по', 'при', 'после', 'согласно', 'перед', 'накануне', 'вслед', 'через', 'исходя',
]);

export const CONDITION_NOUNS_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['с', new Set(['учетом', 'момента', 'даты', 'начала', 'окончания', 'получения', 'поступления', 'утверждения', 'открытия'])],
  ['со', new Set(['дня'])],
  // "до 10 числа месяца, следующего за отчётным кварталом": when the reporting period ends
  ['следующего', new Set(['за'])],
  ['следующей', new Set(['за'])],
  [
    'в',
    new Set([
      'сроки', 'срок', 'соответствии', 'зависимости', 'случае', 'рамках', 'ходе', 'дни', 'день', 'период',
      'время', 'течение', 'установленные', 'установленный', 'порядке', 'дату',
    ]),
  ],
  [
    'до',
    new Set(['начала', 'окончания', 'завершения', 'проведения', 'момента', 'даты', 'утверждения', 'истечения']),
  ],
  ['к', new Set(['началу', 'окончанию', 'завершению', 'проведению', 'моменту', 'дате', 'сроку'])],
  ['на', new Set(['основании', 'основе', 'период', 'время'])],
  ['не', new Set(['позднее', 'позже', 'ранее'])],
]);

/**
 * "Thereafter": in "до 01.12.2025, далее – ежегодно" the date is the first deadline and the
 * recurrence goes on after it (see build.ts).
 */
export const THEREAFTER_WORDS: ReadonlySet<string> = new Set(['далее', 'затем', 'впоследствии']);

/** Conjunctions and stray marks that carry no meaning of their own between parts of a deadline. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'и', 'или', 'а', 'также', 'г', 'гг', 'года', 'год', 'включительно', ...THEREAFTER_WORDS,
]);

/**
 * Words that change what a date means ("до", "конец", "весна", a month). When one of them is
 * left over, the grammar has misread the text, so the whole text is unrecognized rather than
 * read in part.
 */
export const STRUCTURE_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>([
    'до', 'с', 'со', 'по', 'к', 'ко', 'в', 'во', 'на', 'от', 'не', 'начиная', 'позднее', 'позже', 'ранее',
    'течение', 'протяжении', 'продолжение', 'раз', 'раза', 'после', 'при', 'через', 'каждый',
    ...forms('кон', ['ец', 'ца', 'цу', 'це', 'цом']),
    ...forms('начал', ['о', 'а', 'у', 'е', 'ом']),
    ...forms('середин', ['а', 'ы', 'е', 'у', 'ой']),
    ...forms('весн', ['а', 'ы', 'е', 'у', 'ой']), 'весной',
    ...forms('лет', ['о', 'а', 'у', 'ом', 'е']),
    ...forms('осен', ['ь', 'и', 'ью']),
    ...forms('зим', ['а', 'ы', 'е', 'у', 'ой']),
    'четверть', 'четверти', 'триместр', 'триместра', 'семестр', 'семестра', 'каникулы', 'каникул',
  ]);
  for (const set of [EACH_WORDS, DAY_OF_MONTH_WORDS, QUARTER_WORDS, HALF_WORDS, ACADEMIC_WORDS, TIMES_WORDS]) {
    for (const w of set) s.add(w);
  }
  for (const map of [MONTHS, WEEKDAYS, UNITS]) for (const w of map.keys()) s.add(w);
  return s;
})();

/** Every word the grammar knows, used to repair words broken by a line wrap ("необходимост и"). */
export const VOCABULARY: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  const addAll = (it: Iterable<string>): void => {
    for (const w of it) s.add(w);
  };
  addAll(MONTHS.keys());
  addAll(WEEKDAYS.keys());
  addAll(ORDINALS.keys());
  addAll(QUARTER_WORDS);
  addAll(HALF_WORDS);
  addAll(YEAR_WORDS);
  addAll(ACADEMIC_WORDS);
  addAll(UNITS.keys());
  addAll(TIMES_WORDS);
  addAll(COUNT_ADVERBS.keys());
  addAll(NUMBER_WORDS.keys());
  addAll(ONCE_WORDS);
  addAll(EACH_WORDS);
  addAll(DAY_OF_MONTH_WORDS);
  addAll(PERIOD_ADVERBS);
  addAll(PERIOD_NOUNS);
  addAll(ALL_WORDS);
  addAll(THROUGHOUT_WORDS);
  addAll(PROJECT_WORDS);
  addAll(CONDITION_OPENERS);
  for (const [k, v] of CONDITION_NOUNS_AFTER) {
    s.add(k);
    addAll(v);
  }
  for (const [stem] of FREQUENCY_STEMS) {
    for (const e of ['о', 'ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ом', 'ых', 'ым', 'ую']) s.add(stem + e);
  }
  // Frequent words of conditions: the ones a line wrap breaks most often.
  addAll([
    'необходимости', 'необходимость', 'мере', 'поступления', 'средств', 'графику', 'графиком', 'плану',
    'планом', 'запросу', 'согласованию', 'итогам', 'результатам', 'окончании', 'завершении', 'проведения',
    'проведении', 'установленные', 'установленным', 'отдельному', 'отдельным', 'наличии', 'потребности',
    'финансирования', 'финансировании', 'мониторинга', 'стажировки', 'диагностической', 'площадки',
    'учетом', 'сроков', 'заявкам', 'заявке', 'приглашению', 'решению', 'распоряжению', 'увеличение',
    'постоянно', 'течение', 'начиная', 'позднее', 'позже', 'конца', 'концу', 'конец', 'окончания',
    'в', 'во', 'на', 'с', 'со', 'до', 'к', 'по', 'от', 'не', 'и', 'или', 'за',
  ]);
  return s;
})();
