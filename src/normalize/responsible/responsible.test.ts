import { describe, expect, test } from 'vitest';
import type { Party } from '../../model/responsible.js';
import type { GlossaryEntry } from '../../model/roadmap.js';
import { BUILTIN_ABBREVIATIONS, checkPartyNames, parseResponsible } from './index.js';

type Expansion = Pick<Party, 'expansion' | 'expansionSource'>;
const builtin = (expansion: string): Expansion => ({ expansion, expansionSource: 'builtin' });
const gloss = (expansion: string): Expansion => ({ expansion, expansionSource: 'glossary' });
const org = (name: string, x?: Expansion): Party => ({ name, kind: 'organization', ...x });
const unit = (name: string, x?: Expansion): Party => ({ name, kind: 'unit', ...x });
const role = (name: string, x?: Expansion): Party => ({ name, kind: 'role', ...x });
const person = (name: string): Party => ({ name, kind: 'person' });

// Built-in expansions used below, as the dictionary has them.
const OO = builtin('общеобразовательная организация');
// МОУО is not in the built-in list (a seed's term, not the sector's): without a glossary entry it has no expansion
const MOUO = undefined;
const DO = builtin('департамент образования');
const MOO = builtin('муниципальная образовательная организация');

/** Seed 000's note: "Западное управление министерства … – Западное управление", etc. */
const GLOSSARY_000: GlossaryEntry[] = [
  { abbreviation: 'Западное управление', expansion: 'Западное управление министерства образования и науки Самарской области' },
  { abbreviation: 'Ресурсный центр', expansion: 'ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань Самарской области»' },
  { abbreviation: 'ОО', expansion: 'Общеобразовательные организации' },
];
const ZU = gloss('Западное управление министерства образования и науки Самарской области');
const RC = gloss('ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань Самарской области»');
const OO_000 = gloss('Общеобразовательные организации');

/** Seed 003's "(далее – ПРШ)" and "(далее ЕМД)". */
const GLOSSARY_003: GlossaryEntry[] = [
  { abbreviation: 'ПРШ', expansion: 'повышающих результаты школ' },
  { abbreviation: 'ЕМД', expansion: 'единого методического дня' },
];
const PRS = gloss('повышающих результаты школ');

interface Case {
  raw: string;
  glossary?: GlossaryEntry[];
  parties: Party[];
  /** Codes of the diagnostics expected, in order. */
  codes?: string[];
}

/** Every distinct responsible cell of the seed documents, as written. */
const SEED_CASES: Case[] = [
  // 000 — Западное управление (Самарская область); the note at the end is the glossary.
  { raw: 'Западное управление, Ресурсный центр, ОО', glossary: GLOSSARY_000, parties: [org('Западное управление', ZU), org('Ресурсный центр', RC), org('ОО', OO_000)] },
  { raw: 'Западное управление, Ресурсный центр', glossary: GLOSSARY_000, parties: [org('Западное управление', ZU), org('Ресурсный центр', RC)] },
  { raw: 'Западное управление', glossary: GLOSSARY_000, parties: [org('Западное управление', ZU)] },
  { raw: 'Ресурсный центр', glossary: GLOSSARY_000, parties: [org('Ресурсный центр', RC)] },
  { raw: 'ОО', glossary: GLOSSARY_000, parties: [org('ОО', OO_000)] },
  { raw: 'Ресурсный центр, ОО', glossary: GLOSSARY_000, parties: [org('Ресурсный центр', RC), org('ОО', OO_000)] },
  {
    raw: 'Ресурсный центр, окружные УМО, ОО',
    glossary: GLOSSARY_000,
    parties: [org('Ресурсный центр', RC), unit('окружные УМО'), org('ОО', OO_000)],
  },
  {
    raw: 'ОО, Западное управление, Ресурсный центр',
    glossary: GLOSSARY_000,
    parties: [org('ОО', OO_000), org('Западное управление', ZU), org('Ресурсный центр', RC)],
  },
  { raw: 'ОО, Ресурсный центр', glossary: GLOSSARY_000, parties: [org('ОО', OO_000), org('Ресурсный центр', RC)] },
  {
    raw: 'ОО, Ресурсный центр, Западное управление',
    glossary: GLOSSARY_000,
    parties: [org('ОО', OO_000), org('Ресурсный центр', RC), org('Западное управление', ZU)],
  },

  // 002 — Управление образования и молодежной политики: "УОи МП" is one name.
  { raw: 'УОи МП', parties: [org('УОи МП')] },

  // 003 — Омская область: МОУО, ПРШ and schools.
  { raw: 'МОУО', glossary: GLOSSARY_003, parties: [org('МОУО', MOUO)] },
  { raw: 'МОУО ПРШ', glossary: GLOSSARY_003, parties: [org('МОУО', MOUO), org('ПРШ', PRS)] },
  { raw: 'МОУО ОО ПРШ', glossary: GLOSSARY_003, parties: [org('МОУО', MOUO), org('ОО', OO), org('ПРШ', PRS)] },
  {
    raw: 'МОУО ММС',
    glossary: GLOSSARY_003,
    parties: [org('МОУО', MOUO), unit('ММС', builtin('муниципальная методическая служба'))],
  },
  { raw: 'Управленческая команда ПРШ', glossary: GLOSSARY_003, parties: [role('Управленческая команда ПРШ')] },
  { raw: 'Управленческие команды ПРШ', glossary: GLOSSARY_003, parties: [role('Управленческие команды ПРШ')] },
  {
    raw: 'МБОУ «Куломзинская СШ», «Чистовская СШ» МБОУ «Золотонивская СШ», МБОУ «Красовская СШ» МБОУ «Любимовская СШ», МБОУ «Крестинская СШ» МБОУ «Сергеевская СШ», МБОУ «Оконешниковская СШ», МБОУ «Маяковская СШ»',
    glossary: GLOSSARY_003,
    parties: [
      org('МБОУ «Куломзинская СШ»'),
      org('МБОУ «Чистовская СШ»'),
      org('МБОУ «Золотонивская СШ»'),
      org('МБОУ «Красовская СШ»'),
      org('МБОУ «Любимовская СШ»'),
      org('МБОУ «Крестинская СШ»'),
      org('МБОУ «Сергеевская СШ»'),
      org('МБОУ «Оконешниковская СШ»'),
      org('МБОУ «Маяковская СШ»'),
    ],
  },
  {
    raw: 'МБОУ «Куломзинская СШ», «Чистовская СШ»; МБОУ «Крестинская СШ» МБОУ «Любимовская СШ», МБОУ «Маяковская СШ»; МБОУ «Оконешниковская СШ» МБОУ «Золотонивская СШ», МБОУ «Красовская СШ» МБОУ «Сергеевская СШ»,',
    glossary: GLOSSARY_003,
    parties: [
      org('МБОУ «Куломзинская СШ»'),
      org('МБОУ «Чистовская СШ»'),
      org('МБОУ «Крестинская СШ»'),
      org('МБОУ «Любимовская СШ»'),
      org('МБОУ «Маяковская СШ»'),
      org('МБОУ «Оконешниковская СШ»'),
      org('МБОУ «Золотонивская СШ»'),
      org('МБОУ «Красовская СШ»'),
      org('МБОУ «Сергеевская СШ»'),
    ],
  },
  { raw: 'ОО', glossary: GLOSSARY_003, parties: [org('ОО', OO)] },
  {
    // an activity written into the column: kept, and said to be no known kind of party
    raw: 'привлечение внешних и внутренних ресурсов',
    glossary: GLOSSARY_003,
    parties: [role('привлечение внешних и внутренних ресурсов')],
    codes: ['responsible/unknown-kind'],
  },
  { raw: 'ПРШ МОУО', glossary: GLOSSARY_003, parties: [org('ПРШ', PRS), org('МОУО', MOUO)] },
  { raw: 'ПРШ', glossary: GLOSSARY_003, parties: [org('ПРШ', PRS)] },
  {
    raw: 'МОУО учреждения дополнительного образования Точки роста ПРШ',
    glossary: GLOSSARY_003,
    parties: [org('МОУО', MOUO), org('учреждения дополнительного образования'), org('Точки роста'), org('ПРШ', PRS)],
  },
  {
    raw: 'МОУО ПРШ Ассоциация педагогов',
    glossary: GLOSSARY_003,
    parties: [org('МОУО', MOUO), org('ПРШ', PRS), org('Ассоциация педагогов')],
  },
  {
    raw: 'ПРШ МОУО Ассоциация педагогов',
    glossary: GLOSSARY_003,
    parties: [org('ПРШ', PRS), org('МОУО', MOUO), org('Ассоциация педагогов')],
  },
  // "группы риска" qualifies ПРШ (the schools of the risk group): one party.
  { raw: 'МОУО ПРШ группы риска', glossary: GLOSSARY_003, parties: [org('МОУО', MOUO), org('ПРШ группы риска')] },

  // 004 — Ярославль: ДО, МОО «ГЦРО» and its centres; no glossary.
  { raw: 'ДО, МОО «ГЦРО» ГЦ ШПМС', parties: [org('ДО', DO), org('МОО «ГЦРО»'), unit('ГЦ ШПМС')] },
  // a cell cut by a page break: the reader gives its halves as separate rows
  { raw: 'ДО, МОО', parties: [org('ДО', DO), org('МОО', MOO)] },
  { raw: '«ГЦРО» ГЦППМС', parties: [org('«ГЦРО»'), unit('ГЦППМС')] },
  { raw: 'ДО, МОО «ГЦРО»', parties: [org('ДО', DO), org('МОО «ГЦРО»')] },
  { raw: 'руководители ОО', parties: [role('руководители ОО')] },
  { raw: 'ДО, МОО «ГЦРО» руководители ОО', parties: [org('ДО', DO), org('МОО «ГЦРО»'), role('руководители ОО')] },
  { raw: 'МОО «ГЦРО» ГЦППМС', parties: [org('МОО «ГЦРО»'), unit('ГЦППМС')] },
  { raw: 'МОО «ГПРО» ГЦ ШМС', parties: [org('МОО «ГПРО»'), unit('ГЦ ШМС')] },
  { raw: 'ДО, МОО «ГПРО»,', parties: [org('ДО', DO), org('МОО «ГПРО»')] },
  { raw: 'муниципальная команда', parties: [role('муниципальная команда')] },
  {
    raw: 'Ильина Е.А. Громова А.В. Лаврентьева И.В.',
    parties: [person('Ильина Е.А.'), person('Громова А.В.'), person('Лаврентьева И.В.')],
  },
  { raw: 'ДО МОО «ГПРО»', parties: [org('ДО', DO), org('МОО «ГПРО»')] },
  { raw: 'ДО МОО «ГПРО» ГЦ ШМС', parties: [org('ДО', DO), org('МОО «ГПРО»'), unit('ГЦ ШМС')] },
  { raw: 'ДО', parties: [org('ДО', DO)] },
  { raw: 'ГЦ ШМС', parties: [unit('ГЦ ШМС')] },
  { raw: 'МОО «ГЦРО» ГЦ ШМС', parties: [org('МОО «ГЦРО»'), unit('ГЦ ШМС')] },
  { raw: 'ДО МОО «ГЦРО» ГЦ ШМС', parties: [org('ДО', DO), org('МОО «ГЦРО»'), unit('ГЦ ШМС')] },
  { raw: 'МОО «ГЦРО» члены муниципальной команды', parties: [org('МОО «ГЦРО»'), role('члены муниципальной команды')] },
  { raw: 'МОО «ГЦРО»', parties: [org('МОО «ГЦРО»')] },
  {
    raw: 'МОО «ГЦРО», ГЦ ШМС муниципальная команда',
    parties: [org('МОО «ГЦРО»'), unit('ГЦ ШМС'), role('муниципальная команда')],
  },
  { raw: 'МОО «ПЦРО»', parties: [org('МОО «ПЦРО»')] },
  { raw: 'тьюторская команда, ОО', parties: [role('тьюторская команда'), org('ОО', OO)] },
  { raw: 'ДО, МОО «ГПРО», муниципальная команда', parties: [org('ДО', DO), org('МОО «ГПРО»'), role('муниципальная команда')] },
  { raw: 'МОО «ГПРО»', parties: [org('МОО «ГПРО»')] },
  { raw: 'руководители образовательных организаций', parties: [role('руководители образовательных организаций')] },
  { raw: 'руководители', parties: [role('руководители')] },
  { raw: 'ДО, МОО «ГЦРО», муниципальная команда', parties: [org('ДО', DO), org('МОО «ГЦРО»'), role('муниципальная команда')] },
  // the same cells as a reader joins a cell's lines: a line break separates like a comma
  { raw: 'ДО, МОО «ГПРО»,\nмуниципальная команда', parties: [org('ДО', DO), org('МОО «ГПРО»'), role('муниципальная команда')] },
  { raw: 'руководители\nОО', parties: [role('руководители'), org('ОО', OO)] },
];

/** Forms the seeds use elsewhere (in the order's text, the participants' table) and edge cases. */
const OTHER_CASES: Case[] = [
  // persons, in the forms of seed 002; a position before the name stays in the person's name
  { raw: 'Е.П.Сереброва', parties: [person('Е.П.Сереброва')] },
  { raw: 'Сереброва Е.П.', parties: [person('Сереброва Е.П.')] },
  { raw: 'зав.ИДЦ Сереброва Е.П.', parties: [person('зав.ИДЦ Сереброва Е.П.')] },
  { raw: 'Лебедева О.П., директор МАУ «ГМЦ»', parties: [person('Лебедева О.П., директор МАУ «ГМЦ»')] },
  {
    raw: 'Руководители ОО, Лебедева О.П., директор МАУ «ГМЦ», Ким А.В.',
    parties: [role('Руководители ОО'), person('Лебедева О.П., директор МАУ «ГМЦ»'), person('Ким А.В.')],
  },
  { raw: 'Ким А.В., методисты ГМЦ', parties: [person('Ким А.В.'), role('методисты ГМЦ')] },
  { raw: 'Отдел образования совместно с МКУ «ЦБС»', parties: [unit('Отдел образования'), org('МКУ «ЦБС»')] },
  { raw: 'Все ОО', parties: [org('Все ОО')] },
  { raw: 'Руководители ОО, МАУ «ГМЦ»*', parties: [role('Руководители ОО'), org('МАУ «ГМЦ»')] },
  { raw: 'УО во взаимодействии с ОО', parties: [org('УО', { expansion: 'управление образования', expansionSource: 'builtin' }), org('ОО', { expansion: 'общеобразовательная организация', expansionSource: 'builtin' })] },
  { raw: 'Е. П. Сереброва, Громова А. В.', parties: [person('Е. П. Сереброва'), person('Громова А. В.')] },
  { raw: 'Иванова Елена Александровна', parties: [person('Иванова Елена Александровна')] },
  {
    raw: 'начальник отдела общего образования Громова А.В.',
    parties: [person('начальник отдела общего образования Громова А.В.')],
  },
  // without a position word, what stands before a person is a party of its own
  {
    raw: 'ИДЦ Сереброва Е.П.',
    parties: [org('ИДЦ'), person('Сереброва Е.П.')],
  },
  // brackets are never split, and stay with the party they follow
  {
    raw: 'Информационно-диагностический центр (Е.П.Сереброва)',
    parties: [org('Информационно-диагностический центр (Е.П.Сереброва)')],
  },
  // … and do not change what an abbreviation stands for
  {
    raw: 'УО (отдел общего образования, ИДЦ)',
    parties: [org('УО (отдел общего образования, ИДЦ)', builtin('управление образования'))],
  },
  {
    raw: 'МОУО, ПРШ (по согласованию)',
    glossary: GLOSSARY_003,
    parties: [org('МОУО', MOUO), org('ПРШ (по согласованию)', PRS)],
  },
  { raw: 'Муниципальные органы управления образованием (ММС)', parties: [org('Муниципальные органы управления образованием (ММС)')] },
  // quotes are never split either
  { raw: 'МОО «ГЦРО, ГЦ ШМС»', parties: [org('МОО «ГЦРО, ГЦ ШМС»')] },
  { raw: 'МОО "ГЦРО", ДО', parties: [org('МОО "ГЦРО"'), org('ДО', DO)] },
  { raw: 'МБОУ «А» МБОУ «Б»', parties: [org('МБОУ «А»'), org('МБОУ «Б»')] },
  { raw: 'МБОУ «Школа № 1», «Школа № 2», «Школа № 3»', parties: [org('МБОУ «Школа № 1»'), org('МБОУ «Школа № 2»'), org('МБОУ «Школа № 3»')] },
  // legal form, qualifiers, name and place are one organization
  {
    raw: 'ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань Самарской области»',
    parties: [org('ГБОУ ДПО ЦПК «Ресурсный центр г.о. Сызрань Самарской области»')],
  },
  { raw: 'ГБОУ ИРО Краснодарского края', parties: [org('ГБОУ ИРО Краснодарского края')] },
  { raw: 'МБОУ ДО «ДДТ», ОО', parties: [org('МБОУ ДО «ДДТ»'), org('ОО', OO)] },
  { raw: 'ООШ № 27, 18,11, 7 г. Сызрани', parties: [org('ООШ № 27, 18,11, 7 г. Сызрани')] },
  {
    raw: 'Западное управление министерства образования и науки Самарской области',
    parties: [org('Западное управление министерства образования и науки Самарской области')],
  },
  // separators: semicolons, line breaks, bullets; "и" between parties
  { raw: 'МОУО; ОО\nПРШ', parties: [org('МОУО', MOUO), org('ОО', OO), org('ПРШ')] },
  { raw: '• МОУО\n• ОО', parties: [org('МОУО', MOUO), org('ОО', OO)] },
  { raw: 'МОУО и ОО', parties: [org('МОУО', MOUO), org('ОО', OO)] },
  { raw: 'Западное управление и Ресурсный центр', glossary: GLOSSARY_000, parties: [org('Западное управление', ZU), org('Ресурсный центр', RC)] },
  // the built-in dictionary
  {
    raw: 'ОО ДОД, СПО, ВПО',
    parties: [
      org('ОО', OO),
      org('ДОД', builtin('учреждение дополнительного образования детей')),
      org('СПО', builtin('среднее профессиональное образование')),
      org('ВПО', builtin('высшее профессиональное образование')),
    ],
  },
  {
    raw: 'ЦОКО, ИРО, ЦНППМ',
    parties: [
      org('ЦОКО', builtin('центр оценки качества образования')),
      org('ИРО', builtin('институт развития образования')),
      unit('ЦНППМ', builtin('центр непрерывного повышения профессионального мастерства педагогических работников')),
    ],
  },
  {
    raw: 'РМО, ШМО',
    parties: [unit('РМО', builtin('районное методическое объединение')), unit('ШМО', builtin('школьное методическое объединение'))],
  },
  // the glossary wins over the dictionary, and may define multi-word and spaced names
  { raw: 'ОО', glossary: [{ abbreviation: 'ОО', expansion: 'образовательные организации' }], parties: [org('ОО', gloss('образовательные организации'))] },
  {
    raw: 'ГЦ ШМС',
    glossary: [{ abbreviation: 'ГЦШМС', expansion: 'городской центр школьной методической службы' }],
    parties: [unit('ГЦ ШМС', gloss('городской центр школьной методической службы'))],
  },
  {
    raw: 'МОО «ГЦРО»',
    glossary: [{ abbreviation: 'ГЦРО', expansion: 'Городской центр развития образования' }],
    parties: [org('МОО «ГЦРО»', gloss('Городской центр развития образования'))],
  },
  {
    raw: 'УОи МП',
    glossary: [{ abbreviation: 'УОиМП', expansion: 'Управление образования и молодежной политики' }],
    parties: [org('УОи МП', gloss('Управление образования и молодежной политики'))],
  },
  // roles
  { raw: 'классные руководители, педагоги-психологи', parties: [role('классные руководители'), role('педагоги-психологи')] },
  { raw: 'Кураторы', parties: [role('Кураторы')] },
  { raw: 'рабочая группа МОУО', parties: [role('рабочая группа МОУО')] },
  { raw: 'Координационный совет', parties: [unit('Координационный совет')] },
  // nobody
  { raw: '', parties: [] },
  { raw: '   ', parties: [] },
  { raw: '-', parties: [] },
  { raw: ', ;\n', parties: [] },
];

describe('parseResponsible', () => {
  test.each([...SEED_CASES, ...OTHER_CASES].map((c) => [c.raw.replace(/\n/g, '⏎'), c] as const))('%s', (_, c) => {
    const location = { file: 'plan.txt', line: 7 };
    const r = parseResponsible(c.raw, { glossary: c.glossary ?? [], location });
    expect(r.value).toEqual({ raw: c.raw, parties: c.parties });
    expect(r.diagnostics.map((d) => d.code)).toEqual(c.codes ?? []);
    for (const d of r.diagnostics) expect(d.location).toEqual(location);
  });

  test('there are at least 60 table cases', () => {
    expect(SEED_CASES.length + OTHER_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test('every built-in abbreviation expands when written alone', () => {
    for (const [abbr, entry] of BUILTIN_ABBREVIATIONS) {
      const parties = parseResponsible(abbr, { glossary: [] }).value.parties;
      expect(parties).toEqual([{ name: abbr, kind: entry.kind, expansion: entry.expansion, expansionSource: 'builtin' }]);
    }
  });
});

describe('a definition inside the cell', () => {
  test('"(далее – УО)" is left out of the party\'s name', () => {
    expect(parseResponsible('Управление образования (далее – УО), ИРО', { glossary: [] }).value.parties.map((p) => p.name)).toEqual(['Управление образования', 'ИРО']);
  });
});

describe('checkPartyNames', () => {
  const at = (line: number) => ({ file: '004.txt', line });
  const uses = (cells: [string, number][], glossary: GlossaryEntry[] = []) =>
    cells.flatMap(([raw, line]) =>
      parseResponsible(raw, { glossary }).value.parties.map((party) => ({ party, location: at(line) })),
    );

  test('one warning per misspelt name, at its first use, however often it is written', () => {
    const found = checkPartyNames(
      uses([
        ['МОО «ГЦРО»', 1],
        ['МОО «ГЦРО»', 2],
        ['МОО «ГЦРО»', 3],
        ['МОО «ГПРО»', 4],
        ['МОО «ГПРО»', 7],
      ]),
      [],
    );
    expect(found.map((d) => [d.location?.line, d.message])).toEqual([
      [4, '"МОО «ГПРО»" looks like a misprint of "МОО «ГЦРО»" (used 3 times in this document); written so 2 times, first here'],
    ]);
  });

  test('seed 004: "МОО «ГПРО»" and "МОО «ПЦРО»" beside the frequent "МОО «ГЦРО»"', () => {
    const found = checkPartyNames(
      uses([
        ['ДО, МОО «ГЦРО» руководители ОО', 1],
        ['МОО «ГЦРО» ГЦ ШМС', 2],
        ['ДО, МОО «ГЦРО», муниципальная команда', 3],
        ['МОО «ГПРО» ГЦ ШМС', 4],
        ['МОО «ПЦРО»', 5],
        ['ГЦ ШМС', 6],
      ]),
      [],
    );
    expect(found).toEqual([
      {
        severity: 'warning',
        code: 'responsible/near-miss',
        message: '"МОО «ГПРО»" looks like a misprint of "МОО «ГЦРО»" (used 3 times in this document)',
        location: at(4),
        hint: 'Write "МОО «ГЦРО»" if that party is meant; if "МОО «ГПРО»" is a different one, define it in the document\'s glossary.',
      },
      {
        severity: 'warning',
        code: 'responsible/near-miss',
        message: '"МОО «ПЦРО»" looks like a misprint of "МОО «ГЦРО»" (used 3 times in this document)',
        location: at(5),
        hint: 'Write "МОО «ГЦРО»" if that party is meant; if "МОО «ПЦРО»" is a different one, define it in the document\'s glossary.',
      },
    ]);
  });

  test('a glossary abbreviation is a defined party, also inside a quoted name', () => {
    const glossary = [{ abbreviation: 'ГЦРО', expansion: 'Городской центр развития образования' }];
    const found = checkPartyNames(uses([['МОО «ГПРО»', 9]], glossary), glossary);
    expect(found.map((d) => [d.code, d.location?.line])).toEqual([['responsible/near-miss', 9]]);
    expect(found[0]!.message).toContain('"ГЦРО"');
    expect(found[0]!.message).toContain('"ГПРО" is one letter away');
  });

  test('a long built-in abbreviation is a defined party; a short one, its neighbours and defined names are not suspects', () => {
    const found = checkPartyNames(uses([['ЦНПП', 1], ['УМЦ', 2], ['МОУ', 3], ['МОО', 4], ['ОО', 5], ['ДО', 6]]), []);
    expect(found.map((d) => d.location?.line)).toEqual([1]);
    expect(found[0]!.message).toContain('"ЦНППМ"');
  });

  test('equally frequent names, three-letter names, words and persons are left alone', () => {
    const found = checkPartyNames(
      uses([
        ['МОО «ГЦРО»', 1],
        ['МОО «ГПРО»', 2],
        ['руководители ОО', 3],
        ['руководитель ОО', 4],
        ['Громова А.В.', 5],
        ['Громов А.В.', 6],
        ['Громов А.В.', 7],
        ['ИМЦ', 8],
        ['ИМЦ', 9],
        ['УМЦ', 10],
      ]),
      [],
    );
    expect(found).toEqual([]);
  });

  test('no uses, no findings', () => {
    expect(checkPartyNames([], [])).toEqual([]);
  });
});
