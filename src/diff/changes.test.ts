import { describe, expect, it } from 'vitest';
import type { Item, RoadmapDocument, Section } from '../model/roadmap.js';
import { valueAt } from '../validate/pointer.js';
import { diffDocuments, longestIncreasing } from './changes.js';
import { brief, loadTestdata } from './test-support.js';
import type { Change } from './types.js';

const base = loadTestdata('base.roadmap.yaml');

function briefs(before: RoadmapDocument, after: RoadmapDocument): string[] {
  return diffDocuments(before, after).changes.map(brief);
}

/** Every path a change names resolves in its document, to the thing the change says it is. */
function expectPathsResolve(changes: Change[], before: RoadmapDocument, after: RoadmapDocument): void {
  for (const c of changes) {
    for (const [side, doc] of [
      [c.old, before],
      [c.new, after],
    ] as const) {
      if (!side) continue;
      const v = valueAt(doc, side.path);
      if ('text' in side) expect((v as Item).text, `${c.kind} ${side.path}`).toBe(side.text);
      else if ('title' in side && 'parent' in side) expect((v as Section).title, `${c.kind} ${side.path}`).toBe(side.title);
      else if (!side.path.startsWith('/order/')) expect(v, `${c.kind} ${side.path}`).not.toBeUndefined();
    }
  }
}

describe('diffDocuments: the test pairs, with the changes written out by hand', () => {
  it('identical files: no changes; the same roadmap as JSON: none either', () => {
    expect(briefs(base, base)).toEqual([]);
    expect(briefs(base, loadTestdata('base.roadmap.json'))).toEqual([]);
  });

  it('edits: header, deadlines (with the shift), a reworded item, parties, a result, one item out and one in', () => {
    const after = loadTestdata('edits.roadmap.yaml');
    const { changes } = diffDocuments(base, after);
    expect(changes.map(brief)).toEqual([
      'header-changed date: 2020-12-01 → 2021-02-10',
      'header-changed number: 607 → 45',
      'deadline-changed 1.1: до 01.12.2020 → до 15.12.2020 (перенесён на 2 недели позже)',
      'item-reworded 1.2',
      'responsible-changed 1.3: +Ресурсный центр',
      'deadline-changed 1.4: до 15.12.2020 → до 15.01.2021 (перенесён на 1 месяц позже)',
      'result-changed 1.4: - → Аналитическая справка',
      'item-removed 2.2',
      'item-renumbered 2.3 → 2.2',
      'deadline-changed 2.2: март → май (перенесён на 2 месяца позже)',
      'item-renumbered 2.4 → 2.3',
      'item-renumbered 2.5 → 2.4',
      'item-added 2.5',
      'deadline-changed 3.1: до 31.12.2020 → до 30.11.2020 (перенесён на 1 месяц раньше)',
      'deadline-changed 3.3: ежеквартально → ноябрь 2021 г.',
    ]);
    expectPathsResolve(changes, base, after);

    const reworded = changes.find((c) => c.kind === 'item-reworded')!;
    expect(reworded).toMatchObject({ old: { path: '/roadmaps/0/sections/0/items/1', number: '1.2' }, new: { path: '/roadmaps/0/sections/0/items/1', number: '1.2' } });
    expect(reworded.kind === 'item-reworded' && reworded.words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'insert', text: 'и утверждение ' }, // an insertion between words takes one space with it
      { op: 'delete', text: 'учреждений' },
      { op: 'insert', text: 'организаций' },
    ]);

    const quarterly = changes.at(-1)!;
    expect(quarterly).toMatchObject({
      kind: 'deadline-changed',
      before: { raw: 'ежеквартально', kind: 'recurring', start: null, end: null },
      after: { raw: 'ноябрь 2021 г.', kind: 'month', start: '2021-11-01', end: '2021-11-30' },
      shift: null,
    });
    const twoWeeks = changes[2]!;
    expect(twoWeeks).toMatchObject({ shift: { basis: 'end', days: 14, amount: 2, unit: 'week', direction: 'later' } });

    const removed = changes.find((c) => c.kind === 'item-removed')!;
    expect(removed.old).toMatchObject({ path: '/roadmaps/0/sections/1/items/1', section: '/roadmaps/0/sections/1', sectionNumber: '2' });
    const added = changes.find((c) => c.kind === 'item-added')!;
    expect(added).toMatchObject({
      new: { path: '/roadmaps/0/sections/1/items/4', number: '2.5', text: 'Проведение окружного конкурса методических разработок педагогов' },
      deadline: { raw: 'апрель 2021 г.', start: '2021-04-01', end: '2021-04-30' },
      responsible: 'Ресурсный центр',
    });
  });

  it('renumbered: an item inserted, two swapped, one moved to another section; numbers that follow are renumbered, not re-added', () => {
    const after = loadTestdata('renumbered.roadmap.yaml');
    const { changes } = diffDocuments(base, after);
    expect(changes.map(brief)).toEqual([
      'item-added 1.2',
      'item-renumbered 1.2 → 1.3',
      'item-renumbered 1.3 → 1.4',
      'item-renumbered 1.4 → 1.5',
      'item-moved 3.2 → 1.6 (section)',
      // of two swapped items, one moved and the other kept its place in the order
      'item-moved 2.4 → 2.3 (order)',
      'item-renumbered 2.3 → 2.4',
      'item-renumbered 3.3 → 3.2',
    ]);
    expectPathsResolve(changes, base, after);
    const moved = changes[4]!;
    expect(moved).toMatchObject({
      old: { path: '/roadmaps/0/sections/2/items/1', section: '/roadmaps/0/sections/2', sectionTitle: 'Организация воспитательной работы' },
      new: { path: '/roadmaps/0/sections/0/items/5', section: '/roadmaps/0/sections/0', sectionTitle: 'Организационные мероприятия' },
    });
  });

  it('a whole section inserted: one section added with its items; the sections after it renumbered, their items not', () => {
    const after = loadTestdata('section-inserted.roadmap.yaml');
    const { changes } = diffDocuments(base, after);
    expect(changes.map(brief)).toEqual([
      'section-added 2 Работа с педагогическими кадрами [2.1, 2.2]',
      'section-renumbered 2 → 3',
      'section-renumbered 3 → 4',
    ]);
    expectPathsResolve(changes, base, after);
    expect(changes[0]).toMatchObject({ new: { path: '/roadmaps/0/sections/1', parent: null } });
    expect(changes[1]).toMatchObject({ old: { path: '/roadmaps/0/sections/1' }, new: { path: '/roadmaps/0/sections/2' } });
  });

  it('reworded: a section renamed and items reworded stay matched, not removed and added', () => {
    const after = loadTestdata('reworded.roadmap.yaml');
    const { changes } = diffDocuments(base, after);
    expect(changes.map(brief)).toEqual([
      'section-renamed 1: Организационные мероприятия → Организационно-управленческие мероприятия',
      'item-reworded 2.4',
      'item-reworded 3.3',
    ]);
    expectPathsResolve(changes, base, after);
  });

  it('an empty roadmap against the full one, both ways', () => {
    const empty = loadTestdata('empty.roadmap.yaml');
    expect(briefs(base, empty)).toEqual([
      'section-removed 1 Организационные мероприятия [1.1, 1.2, 1.3, 1.4]',
      'section-removed 2 Обеспечение качества массового обучения [2.1, 2.2, 2.3, 2.4, 2.5]',
      'section-removed 3 Организация воспитательной работы [3.1, 3.2, 3.3]',
    ]);
    expect(briefs(empty, base)).toEqual([
      'section-added 1 Организационные мероприятия [1.1, 1.2, 1.3, 1.4]',
      'section-added 2 Обеспечение качества массового обучения [2.1, 2.2, 2.3, 2.4, 2.5]',
      'section-added 3 Организация воспитательной работы [3.1, 3.2, 3.3]',
    ]);
  });

  it('a document without roadmaps against one with: the roadmap added, its items counted', () => {
    const none: RoadmapDocument = { ...base, roadmaps: [] };
    expect(briefs(none, base)).toEqual(['roadmap-added /roadmaps/0 (12 items)']);
    expect(briefs(base, none)).toEqual(['roadmap-removed /roadmaps/0 (12 items)']);
  });

  it('lists, results, parties and a deadline a year later (a pair cut from seed 004)', () => {
    const before = loadTestdata('lists-old.roadmap.yaml');
    const after = loadTestdata('lists-new.roadmap.yaml');
    const { changes } = diffDocuments(before, after);
    expect(changes.map(brief)).toEqual([
      'header-changed signatory: Директор департамента, Е.А. Иванова → Директор департамента, А.В. Петрова',
      'list-changed 1: -анализа состояния внутришкольного контроля; +анализа системы наставничества',
      'result-changed 2: определены приоритеты и результаты программы перехода, форма представления результата – программа → определены приоритеты и ожидаемые результаты программы перехода, форма представления результата – программа',
      'responsible-changed 3: -МОО «ГЦРО», -ГЦППМС, +ГЦ ШПМС',
      'deadline-changed 4: 2020 → 2021 (перенесён на 1 год позже)',
    ]);
    expectPathsResolve(changes, before, after);
    expect(changes[0]).toMatchObject({ old: { path: '/order/signatory' }, new: { path: '/order/signatory' } });
    expect(changes[0]).not.toHaveProperty('words');
    const result = changes[2]!;
    expect(result.kind === 'result-changed' && result.words?.filter((w) => w.op !== 'equal')).toEqual([{ op: 'insert', text: 'ожидаемые ' }]);
  });
});

describe('diffDocuments: built cases', () => {
  const item = (number: string | null, text: string, extra: Partial<Item> = {}): Item => ({
    number,
    text,
    deadline: { raw: '', kind: 'unspecified', start: null, end: null },
    responsible: { raw: '', parties: [] },
    result: null,
    source: { file: 'x' },
    ...extra,
  });
  const section = (number: string | null, title: string, items: Item[], sections: Section[] = []): Section => ({ number, title, items, sections });
  const doc = (sections: Section[], items: Item[] = []): RoadmapDocument => ({
    ...base,
    roadmaps: [{ ...base.roadmaps[0]!, sections, items }],
  });
  const A = 'Проведение анализа итогов рейтинга в общеобразовательных организациях округа';
  const B = 'Организация курсов повышения квалификации учителей математики';
  const C = 'Проведение окружной олимпиады школьников по физике';
  const D = 'Подготовка методических рекомендаций для классных руководителей';

  it('a section renamed beyond recognition and renumbered is still matched, by the activities it holds', () => {
    const before = doc([section('1', 'Организационные мероприятия', [item('1.1', A)]), section('2', 'Кадры', [item('2.1', B), item('2.2', C)])]);
    const after = doc([section('1', 'Организационные мероприятия', [item('1.1', A)]), section('3', 'Развитие учительского потенциала', [item('3.1', B), item('3.2', C)])]);
    expect(briefs(before, after)).toEqual(['section-renumbered 2 → 3', 'section-renamed 2: Кадры → Развитие учительского потенциала']);
  });

  it('a subsection moved to another parent; sections swapped among siblings', () => {
    const before = doc([section('1', 'Первый раздел работы', [item('1.1', A)], [section('1.1', 'Подраздел олимпиад', [item('1.1.1', C)])]), section('2', 'Второй раздел работы', [item('2.1', B)])]);
    const after = doc([section('1', 'Первый раздел работы', [item('1.1', A)]), section('2', 'Второй раздел работы', [item('2.1', B)], [section('2.1', 'Подраздел олимпиад', [item('2.1.1', C)])])]);
    expect(briefs(before, after)).toEqual(['section-moved 1.1 → 2.1 (parent)']);

    const swapped = doc([section('1', 'Второй раздел работы', [item('1.1', B)]), section('2', 'Первый раздел работы', [item('2.1', A)])]);
    const original = doc([section('1', 'Первый раздел работы', [item('1.1', A)]), section('2', 'Второй раздел работы', [item('2.1', B)])]);
    expect(briefs(original, swapped)).toEqual(['section-moved 2 → 1 (order)', 'section-renumbered 1 → 2']);
  });

  it('a reworded item keeps its identity by number and place even when few words remain', () => {
    // one stem in four in common: similarity 0.25
    const before = doc([section('1', 'Раздел', [item('1.1', 'Проведение совещания директоров школ'), item('1.2', B)])]);
    const after = doc([section('1', 'Раздел', [item('1.1', 'Организация выездного семинара для директоров'), item('1.2', B)])]);
    expect(briefs(before, after)).toEqual(['item-reworded 1.1']);
    // in another section and under another number, so few words in common make another activity
    const elsewhere = doc([section('1', 'Раздел', [item('1.2', B)]), section('2', 'Другой раздел', [item('2.1', 'Организация выездного семинара для директоров')])]);
    expect(briefs(before, elsewhere)).toEqual(['item-removed 1.1', 'section-added 2 Другой раздел [2.1]']);
    // an item that keeps most of its words is the same item wherever it went
    const moved = doc([section('1', 'Раздел', [item('1.2', B)]), section('2', 'Другой раздел', [item('2.1', 'Проведение выездного совещания директоров школ')])]);
    expect(briefs(before, moved)).toEqual(['section-added 2 Другой раздел []', 'item-moved 1.1 → 2.1 (section)', 'item-reworded 2.1']);
  });

  it('identical texts are paired in order; spacing, case of ё and punctuation alone are no change to the match', () => {
    const before = doc([section('1', 'Раздел', [item('1', D), item('2', D), item('3', A)])]);
    const after = doc([section('1', 'Раздел', [item('1', D), item('2', D), item('3', `  ${A}  `)])]);
    expect(briefs(before, after)).toEqual([]);
  });

  it('activities before any section are compared too, with their own paths', () => {
    const before = doc([], [item('1', A), item('2', B)]);
    const after = doc([], [item('1', A), item('2', `${B} и информатики`)]);
    const { changes } = diffDocuments(before, after);
    expect(changes.map(brief)).toEqual(['item-reworded 2']);
    expect(changes[0]).toMatchObject({ old: { path: '/roadmaps/0/items/1', section: null }, new: { path: '/roadmaps/0/items/1', section: null } });
  });

  it('parties compared by name (case and spacing aside); a raw-only change counts when no parties were split', () => {
    const party = (name: string) => ({ name, kind: 'organization' as const });
    const before = doc([section('1', 'Раздел', [item('1.1', A, { responsible: { raw: 'ОО, Ресурсный центр', parties: [party('ОО'), party('Ресурсный центр')] } }), item('1.2', B, { responsible: { raw: 'методист', parties: [] } })])]);
    const after = doc([section('1', 'Раздел', [item('1.1', A, { responsible: { raw: 'Ресурсный  центр; ОО', parties: [party('Ресурсный  центр'), party('оо')] } }), item('1.2', B, { responsible: { raw: 'старший методист', parties: [] } })])]);
    expect(briefs(before, after)).toEqual(['responsible-changed 1.2: ']);
  });

  it('extra columns: a value added or changed', () => {
    const before = doc([section('1', 'Раздел', [item('1.1', A, { extra: { 'Отметка об исполнении': '' } })])]);
    const after = doc([section('1', 'Раздел', [item('1.1', A, { extra: { 'Отметка об исполнении': 'исполнено' } })])]);
    expect(briefs(before, after)).toEqual(['extra-changed 1.1 Отметка об исполнении:  → исполнено']);
  });

  it('header: the place of signing changed', () => {
    const before: RoadmapDocument = { ...base, order: { ...base.order!, place: 'г. Самара' } };
    const after: RoadmapDocument = { ...base, order: { ...base.order!, place: 'г. Тольятти' } };
    expect(briefs(before, after)).toEqual(['header-changed place: г. Самара → г. Тольятти']);
  });

  it('header: an order missing on one side shows each of its fields, pointing at /order', () => {
    const noOrder: RoadmapDocument = { ...base, order: null };
    const { changes } = diffDocuments(noOrder, base);
    expect(changes.map((c) => (c.kind === 'header-changed' ? c.field : c.kind))).toEqual(['authority', 'kind', 'date', 'number', 'title', 'signatory']);
    expect(changes[0]).toMatchObject({ old: { path: '/order' }, new: { path: '/order/authority' }, before: null });
  });
});

describe('longestIncreasing', () => {
  it('keeps the longest run in order', () => {
    expect([...longestIncreasing([0, 1, 3, 2, 4])].sort()).toEqual([0, 1, 3, 4]);
    expect([...longestIncreasing([])]).toEqual([]);
    expect(longestIncreasing([3, 2, 1]).size).toBe(1);
    expect([...longestIncreasing([4, 0, 1, 2, 3])].sort()).toEqual([1, 2, 3, 4]);
  });
});
