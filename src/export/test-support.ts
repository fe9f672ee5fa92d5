import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Deadline } from '../model/deadline.js';
import type { Item, RoadmapDocument, Section } from '../model/roadmap.js';
import { parseRoadmapText } from '../validate/parse.js';

/** The five real converted roadmaps the exporters are tested on. */
export const GOLDEN_DIR = 'tests/golden';

export function goldenNames(): string[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.roadmap.yaml'))
    .sort();
}

export function loadGolden(name: string): RoadmapDocument {
  const parsed = parseRoadmapText(readFileSync(join(GOLDEN_DIR, name), 'utf8'), 'yaml');
  if (!parsed.ok) throw new Error(`${name}: ${parsed.findings.map((f) => f.message).join('; ')}`);
  return parsed.data as RoadmapDocument;
}

let line = 10;

export function item(number: string | null, text: string, deadline: Partial<Deadline> & Pick<Deadline, 'kind'>, parties: string[] = [], extra: Partial<Item> = {}): Item {
  return {
    number,
    text,
    deadline: { raw: deadline.raw ?? '', start: null, end: null, ...deadline },
    responsible: { raw: parties.join(', '), parties: parties.map((name) => ({ name, kind: 'organization' as const })) },
    result: null,
    source: { file: 'fixtures/sample.txt', line: line++, column: 1 },
    ...extra,
  };
}

/**
 * A small document with every kind of deadline, nested sections, items before any section,
 * and texts full of what CSV, iCalendar, Markdown and HTML must escape.
 */
export function sampleDoc(): RoadmapDocument {
  line = 10;
  return {
    schemaVersion: '1.0',
    source: { file: 'fixtures/sample.txt', format: 'txt', sha256: 'a'.repeat(64) },
    order: {
      authority: 'МИНИСТЕРСТВО <ТЕСТА> & КО',
      kind: 'приказ',
      date: '2021-03-15',
      number: '12-р',
      place: 'г. Москва',
      title: 'Об утверждении «дорожной карты» <script>alert(1)</script>',
      preamble: null,
      clauses: [],
      signatory: { position: 'Министр', name: 'И.И. Иванов' },
    },
    approval: null,
    glossary: [{ abbreviation: 'ОО', expansion: 'общеобразовательные организации' }],
    roadmaps: [
      {
        title: 'Дорожная карта | тест *жирный* _курсив_',
        planTitle: null,
        appendix: null,
        goal: 'Цель: «проверить» экранирование; запятые, точки с запятой\\обратные косые',
        expectedResults: ['- результат с дефисом', '=СУММ(A1:A2)'],
        period: { raw: 'на 2021-2022 годы', start: '2021-01-01', end: '2022-12-31' },
        notes: [],
        columns: ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
        items: [item('0.1', 'Мероприятие до разделов, "в кавычках"', { kind: 'day', raw: '01.02.2021', start: '2021-02-01', end: '2021-02-01' }, ['ОО'])],
        sections: [
          {
            number: '1',
            title: 'Раздел; первый, с запятыми',
            items: [
              item('1.1', 'Текст с переводом\nстроки и | чертой', { kind: 'by', raw: 'до 01.06.2021', end: '2021-06-01' }, ['ОО', 'Управление "А"']),
              item('1.2', '<img src=x onerror=alert(1)> и \'апостроф\'', { kind: 'range', raw: 'март-май 2021', start: '2021-03-01', end: '2021-05-31' }, ['<b>Школа</b>'], {
                list: ['первый пункт', 'второй; пункт'],
                result: 'Результат, с "кавычками"',
              }),
              item('1.3', '-начинается с дефиса', { kind: 'day', raw: '09.12.2021 10.00', start: '2021-12-09', end: '2021-12-09', time: '10:00' }, ['ОО']),
            ],
            sections: [
              {
                number: '1.1',
                title: 'Подраздел',
                items: [
                  item('1', 'Еженедельно по вторникам', { kind: 'recurring', raw: 'по вторникам', recurrence: { frequency: 'weekly', weekday: 'tuesday' } }, ['Управление "А"']),
                  item('2', 'Ежегодно в сентябре и октябре', { kind: 'recurring', raw: 'сентябрь – октябрь ежегодно', start: '2021-01-01', end: '2022-12-31', recurrence: { frequency: 'yearly', months: [9, 10] } }, []),
                  item('3', 'Ежемесячно 10 числа', { kind: 'recurring', raw: 'не позднее 10 числа', recurrence: { frequency: 'monthly', dayOfMonth: 10 } }, ['ОО']),
                ],
                sections: [],
              },
            ],
          },
          {
            number: '2',
            title: 'Раздел второй',
            items: [
              item('2.1', 'Несколько дней', { kind: 'days', raw: '15.04.2021 15.07.2021', start: '2021-04-15', end: '2021-07-15', days: ['2021-04-15', '2021-07-15'] }, ['ОО']),
              item('2.2', 'Несколько месяцев', { kind: 'months', raw: 'апрель октябрь', start: '2021-04-01', end: '2021-10-31', months: ['2021-04', '2021-10'] }, ['ОО']),
              item('2.3', 'С открытым концом', { kind: 'since', raw: 'с декабря 2021г.', start: '2021-12-01' }, ['ОО']),
              item('2.4', 'По необходимости', { kind: 'conditional', raw: 'по необходимости', condition: 'по необходимости' }, ['ОО']),
              item(null, 'Без номера и без срока', { kind: 'unspecified' }, []),
              item('2.5', 'В течение года', { kind: 'period', raw: 'в течение года', start: '2021-01-01', end: '2022-12-31' }, ['Управление "А"']),
              item('2.6', 'Нераспознанный срок', { kind: 'unrecognized', raw: 'когда-нибудь' }, ['ОО']),
            ],
            sections: [],
          },
        ],
      },
    ],
    tables: [],
    diagnostics: [],
  };
}

/**
 * A plan of `n` activities in sections of `perSection` (some with a subsection), made from
 * the sample's activities with numbered texts, for the paged html report. The activity at
 * `n - 7` (deep in the last section) alone says "Ёлочная гирлянда".
 */
export function bigDoc(n: number, perSection = 100): RoadmapDocument {
  const doc = sampleDoc();
  const roadmap = doc.roadmaps[0]!;
  const pool = [...roadmap.items, ...roadmap.sections.flatMap((s) => [...s.items, ...s.sections.flatMap((x) => x.items)])];
  const sections: Section[] = [];
  for (let k = 0; k * perSection < n; k++) {
    const items: Item[] = [];
    for (let i = k * perSection; i < Math.min(n, (k + 1) * perSection); i++) {
      const from = pool[i % pool.length]!;
      const text = i === n - 7 ? 'Ёлочная гирлянда на площади' : `Мероприятие ${i + 1}: ${from.text}`;
      items.push({ ...from, number: `${k + 1}.${i - k * perSection + 1}`, text, source: { ...from.source, line: i + 1 } });
    }
    const half = Math.ceil(items.length / 2);
    sections.push({ number: String(k + 1), title: `Раздел ${k + 1}`, items: items.slice(0, half), sections: [{ number: `${k + 1}.1`, title: 'Подраздел', items: items.slice(half), sections: [] }] });
  }
  roadmap.items = [];
  roadmap.sections = sections;
  return doc;
}
