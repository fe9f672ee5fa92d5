import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertBytes } from '../src/pipeline/convert.js';
import { allItems } from '../src/model/walk.js';

/**
 * Plans laid out as real ones vary — columns in any order, headings in any of their usual
 * spellings or in words the lexicon does not know, a number column or none, sections as rows
 * or as headings between tables, a heading row repeated — written as text with tab-separated
 * rows. The oracle is the plan itself: every activity reaches the model exactly once, with
 * its number, deadline and responsible as written.
 */
const RUNS = Number(process.env.FC_RUNS ?? 60);

const ACTIVITIES = [
  'Проведение совещания с руководителями общеобразовательных организаций по итогам мониторинга',
  'Организация курсов повышения квалификации для учителей математики и физики',
  'Подготовка аналитической справки о результатах диагностических работ',
  'Разработка плана методической поддержки молодых педагогов',
  'Участие в региональном семинаре по вопросам оценки качества образования',
  'Мониторинг посещаемости занятий внеурочной деятельности',
  'Провести родительские собрания по вопросам подготовки к итоговой аттестации',
  'Организовать работу консультационного пункта для родителей обучающихся',
  'Актуализация локальных нормативных актов образовательной организации',
  'Создание рабочей группы по внедрению обновлённых образовательных стандартов',
];
const DEADLINES = ['январь 2026 г.', 'до 01.03.2026', 'ежеквартально', 'в течение учебного года', '15.09.2025', 'II квартал 2026 г.', 'ежемесячно', 'сентябрь – октябрь 2025 г.'];
const PARTIES = ['Иванова А.А.', 'директор школы', 'заместитель директора по УВР', 'руководители ШМО', 'Петров П.П., методист', 'классные руководители', 'педагог-психолог Сидорова Е.В.'];
const SECTIONS = ['Организационно-методическая работа', 'Работа с педагогическими кадрами', 'Работа с обучающимися', 'Работа с родителями'];

/** Headings as plans write them, and words the lexicon does not know (the cells must decide). */
const HEADINGS: Record<'number' | 'activity' | 'deadline' | 'responsible', string[]> = {
  number: ['№ п/п', 'N п/п', '№', 'No', '№№ п/п', ''],
  activity: ['Мероприятие', 'Наименование мероприятия', 'Содержание работы', 'Направления деятельности', 'Вид деятельности', 'Что делаем'],
  deadline: ['Срок', 'Сроки исполнения', 'Дата проведения', 'Период', 'Когда'],
  responsible: ['Ответственный', 'Ответственные лица', 'Исполнитель', 'Кто проводит', 'Кто'],
};

type Role = keyof typeof HEADINGS;

interface PlanSpec {
  order: Role[];
  headings: Record<Role, number>;
  sectionsAsRows: boolean;
  sections: { title: number; items: { activity: number; deadline: number; party: number }[] }[];
}

const itemArb = fc.record({ activity: fc.nat(ACTIVITIES.length - 1), deadline: fc.nat(DEADLINES.length - 1), party: fc.nat(PARTIES.length - 1) });
const planArb: fc.Arbitrary<PlanSpec> = fc.record({
  order: fc.constantFrom<Role[][]>(
    ['number', 'activity', 'deadline', 'responsible'],
    ['number', 'activity', 'responsible', 'deadline'],
    ['number', 'responsible', 'activity', 'deadline'],
    ['activity', 'deadline', 'responsible', 'number'],
  ),
  headings: fc.record({
    number: fc.nat(HEADINGS.number.length - 1),
    activity: fc.nat(HEADINGS.activity.length - 1),
    deadline: fc.nat(HEADINGS.deadline.length - 1),
    responsible: fc.nat(HEADINGS.responsible.length - 1),
  }),
  sectionsAsRows: fc.boolean(),
  sections: fc.array(fc.record({ title: fc.nat(SECTIONS.length - 1), items: fc.array(itemArb, { minLength: 2, maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
});

interface Expected {
  number: string;
  text: string;
  deadline: string;
  responsible: string;
}

function render(spec: PlanSpec): { text: string; expected: Expected[] } {
  const lines = ['ПЛАН МЕРОПРИЯТИЙ', 'по повышению качества образования на 2025/2026 учебный год', ''];
  lines.push(spec.order.map((r) => HEADINGS[r][spec.headings[r]]).join('\t'));
  const expected: Expected[] = [];
  spec.sections.forEach((section, s) => {
    const title = `${s + 1}. ${SECTIONS[section.title]}`;
    if (spec.sectionsAsRows) lines.push(spec.order.map((r) => (r === 'activity' ? title : '')).join('\t'));
    else lines.push(title);
    section.items.forEach((it, k) => {
      const cells: Record<Role, string> = { number: `${s + 1}.${k + 1}.`, activity: ACTIVITIES[it.activity]!, deadline: DEADLINES[it.deadline]!, responsible: PARTIES[it.party]! };
      lines.push(spec.order.map((r) => cells[r]).join('\t'));
      expected.push({ number: `${s + 1}.${k + 1}`, text: cells.activity, deadline: cells.deadline, responsible: cells.responsible });
    });
  });
  return { text: `${lines.join('\n')}\n`, expected };
}

describe('plans in any layout', () => {
  it('every activity reaches the model once, with its number, deadline and responsible', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (spec) => {
        const { text, expected } = render(spec);
        const r = await convertBytes(new TextEncoder().encode(text), 'plan.txt');
        expect(r.value, text).not.toBeNull();
        const got = r.value!.roadmaps.flatMap((rm) => allItems(rm)).map((i) => ({ number: i.number, text: i.text, deadline: i.deadline.raw, responsible: i.responsible.raw }));
        expect(got, text).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
