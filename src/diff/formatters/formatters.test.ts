import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { RoadmapDocument } from '../../model/roadmap.js';
import { valueAt } from '../../validate/pointer.js';
import { diffDocuments } from '../changes.js';
import { loadTestdata } from '../test-support.js';
import { CHANGE_KINDS, type DiffReport } from '../types.js';
import { escapeMarkdown, formatMarkdown } from './markdown.js';
import { DIFF_JSON_FORMAT, formatJson } from './json.js';
import { formatText } from './text.js';
import { mostlyChanged, summaryLine } from './common.js';

const plain = { colors: new Chalk({ level: 0 }) };
const base = loadTestdata('base.roadmap.yaml');

function report(after: string, before: RoadmapDocument = base): DiffReport {
  return { old: { file: 'old.yaml' }, new: { file: after }, changes: diffDocuments(before, loadTestdata(after)).changes };
}

describe('text', () => {
  it('a heading per section, a line per thing, an indented line per change; word diff as [-…-]{+…+}', () => {
    expect(formatText(report('reworded.roadmap.yaml'), plain)).toBe(
      [
        '--- old.yaml',
        '+++ reworded.roadmap.yaml',
        '3 changes: 1 section renamed, 2 items reworded',
        '',
        '~ § 1 Организационно-управленческие мероприятия',
        '      title: [-Организационные-]{+Организационно-управленческие+} мероприятия',
        '',
        '§ 2 Обеспечение качества массового обучения',
        '  ~ 2.4 Организация диагностики профессиональных дефицитов педагогов ОО',
        '      text: [-Обеспечение участия педагогов ОО в исследовании-]{+Организация диагностики+} профессиональных дефицитов {+педагогов ОО+}',
        '',
        '§ 3 Организация воспитательной работы',
        '  ~ 3.3 Проведение окружных семинаров и вебинаров по вопросам организации воспитательной работы',
        '      text: [-Организация-]{+Проведение+} окружных семинаров {+и вебинаров+} по вопросам организации воспитательной работы',
        '',
      ].join('\n'),
    );
  });

  it('a section added with its items; sections renumbered', () => {
    expect(formatText(report('section-inserted.roadmap.yaml'), plain)).toBe(
      [
        '--- old.yaml',
        '+++ section-inserted.roadmap.yaml',
        '3 changes: 1 section added, 2 sections renumbered',
        '',
        '+ § 2 Работа с педагогическими кадрами (section added, 2 items)',
        '    + 2.1 Проведение диагностики профессиональных дефицитов педагогов школ «красной зоны»',
        '    + 2.2 Разработка индивидуальных образовательных маршрутов педагогов',
        '',
        '> § 3 Обеспечение качества массового обучения',
        '      renumbered: 2 → 3',
        '',
        '> § 4 Организация воспитательной работы',
        '      renumbered: 3 → 4',
        '',
      ].join('\n'),
    );
  });

  it('deadlines with both values and the shift; a run of renumbered items on one line', () => {
    const text = formatText(report('edits.roadmap.yaml'), plain);
    expect(text).toContain('      deadline: «до 01.12.2020» (..2020-12-01) → «до 15.12.2020» (..2020-12-15): перенесён на 2 недели позже\n');
    expect(text).toContain('      deadline: «ежеквартально» → «ноябрь 2021 г.» (2021-11-01..2021-11-30)\n');
    expect(text).toContain('  > renumbered: 2.4 → 2.3, 2.5 → 2.4\n');
    expect(text).toContain('  - 2.2 Организация окружных вебинаров по использованию в работе администрации, педагогов ОО модуля МСОКО АСУ РСО,\n');
    expect(text).toContain('  + 2.5 Проведение окружного конкурса методических разработок педагогов\n      deadline: «апрель 2021 г.» (2021-04-01..2021-04-30); responsible: «Ресурсный центр»\n');
    expect(text).toContain('      responsible: «Западное управление» → «Западное управление, Ресурсный центр» (+ Ресурсный центр)\n');
    expect(text).toContain('      result: (none) → «Аналитическая справка»\n');
    expect(text).toContain('Order\n  ~ date: «2020-12-01» → «2021-02-10»\n  ~ number: «607» → «45»\n');
  });

  it('moves say where from', () => {
    const text = formatText(report('renumbered.roadmap.yaml'), plain);
    expect(text).toContain('  > 1.6 Обеспечение организации участия обучающихся ОО в конкурсных мероприятиях различной направленности н…\n      moved: from § 3 Организация воспитательной работы (was 3.2)\n');
    expect(text).toContain('      moved: to another place in its section (was 2.4)\n');
    expect(text).toContain('  > renumbered: 1.2 → 1.3, 1.3 → 1.4, 1.4 → 1.5\n');
  });

  it('colors when asked, none when not', () => {
    const colored = formatText(report('edits.roadmap.yaml'), { colors: new Chalk({ level: 1 }) });
    expect(colored).toMatch(/\u001b\[3\dm/);
    expect(formatText(report('edits.roadmap.yaml'), plain)).not.toMatch(/\u001b/);
  });

  it('a text with line breaks (from a table cell) stays on one report line', () => {
    const after = loadTestdata('base.roadmap.yaml');
    after.roadmaps[0]!.sections[0]!.items.push({ ...after.roadmaps[0]!.sections[0]!.items[0]!, number: '1.5', text: 'Первая строка\nвторая строка' });
    const text = formatText({ old: { file: 'a' }, new: { file: 'b' }, changes: diffDocuments(base, after).changes }, plain);
    expect(text).toContain('  + 1.5 Первая строка вторая строка\n');
  });

  it('no differences', () => {
    expect(formatText({ old: { file: 'a' }, new: { file: 'b' }, changes: [] }, plain)).toBe('--- a\n+++ b\nno differences\n');
  });
});

describe('markdown', () => {
  it('for a pull-request comment', () => {
    expect(formatMarkdown(report('section-inserted.roadmap.yaml'))).toBe(
      [
        '### Roadmap diff: `old.yaml` → `section-inserted.roadmap.yaml`',
        '',
        '**3 changes:** 1 section added, 2 sections renumbered',
        '',
        '#### § 2 Работа с педагогическими кадрами — section added',
        '',
        '- **added** 2.1 — Проведение диагностики профессиональных дефицитов педагогов школ «красной зоны»',
        '- **added** 2.2 — Разработка индивидуальных образовательных маршрутов педагогов',
        '',
        '#### § 3 Обеспечение качества массового обучения',
        '',
        '- section renumbered: 2 → 3',
        '',
        '#### § 4 Организация воспитательной работы',
        '',
        '- section renumbered: 3 → 4',
        '',
      ].join('\n'),
    );
  });

  it('words struck and bold, with a space between a deletion and its replacement; the shift in bold', () => {
    const md = formatMarkdown(report('edits.roadmap.yaml'));
    expect(md).toContain('  - text: Разработка **и утверждение** дорожной карты Западного управления - комплекса мер, направленных на поддержку общеобразовательных ~~учреждений~~ **организаций**, показывающих низкие результаты в рейтинге 2020\n');
    expect(md).toContain('  - deadline: «до 31.12.2020» (..2020-12-31) → «до 30.11.2020» (..2020-11-30) — **перенесён на 1 месяц раньше**\n');
    expect(md).toContain('- **removed** 2.2 — ~~Организация окружных вебинаров по использованию в работе администрации, педагогов ОО модуля МСОКО АСУ РСО,~~\n');
    expect(md).toContain('- renumbered: 2.4 → 2.3, 2.5 → 2.4\n');
    expect(md).toContain('- **1.3** Разработка приказа Западного управления министерства образования и науки Самарской области\\* «Об утв…\n');
    expect(formatMarkdown({ old: { file: 'a' }, new: { file: 'b' }, changes: [] })).toBe('### Roadmap diff: `a` → `b`\n\nNo differences.\n');
  });

  it('escapes what Markdown would read', () => {
    expect(escapeMarkdown('a*b_c [x](y) <br> | ~~ `z` #1')).toBe('a\\*b\\_c \\[x\\](y) \\<br\\> \\| \\~\\~ \\`z\\` \\#1');
  });
});

describe('json', () => {
  it('a versioned document: counts by kind, and every change with paths into both files', () => {
    const before = base;
    const after = loadTestdata('edits.roadmap.yaml');
    const out = JSON.parse(formatJson(report('edits.roadmap.yaml', before))) as {
      format: string;
      identical: boolean;
      summary: { changes: number; byKind: Record<string, number> };
      changes: Array<{ kind: string; old: { path: string } | null; new: { path: string } | null }>;
    };
    expect(out.format).toBe(DIFF_JSON_FORMAT);
    expect(out.identical).toBe(false);
    expect(out.summary).toEqual({
      changes: 15,
      byKind: { 'header-changed': 2, 'item-added': 1, 'item-removed': 1, 'item-renumbered': 3, 'item-reworded': 1, 'deadline-changed': 5, 'responsible-changed': 1, 'result-changed': 1 },
    });
    expect(Object.keys(out.summary.byKind)).toEqual(CHANGE_KINDS.filter((k) => out.summary.byKind[k]));
    for (const c of out.changes) {
      if (c.old && !c.old.path.startsWith('/order/')) expect(valueAt(before, c.old.path), c.old.path).toBeDefined();
      if (c.new && !c.new.path.startsWith('/order/')) expect(valueAt(after, c.new.path), c.new.path).toBeDefined();
    }
    expect(out.changes[0]).toEqual({ kind: 'header-changed', field: 'date', old: { path: '/order/date' }, new: { path: '/order/date' }, before: '2020-12-01', after: '2021-02-10' });
  });

  it('identical', () => {
    expect(JSON.parse(formatJson({ old: { file: 'a' }, new: { file: 'b' }, changes: [] }))).toEqual({
      format: DIFF_JSON_FORMAT,
      old: { file: 'a' },
      new: { file: 'b' },
      identical: true,
      summary: { changes: 0, byKind: {} },
      changes: [],
    });
  });
});

describe('common', () => {
  it('summaryLine counts by kind, singular and plural', () => {
    expect(summaryLine(report('renumbered.roadmap.yaml').changes)).toBe('8 changes: 1 item added, 2 items moved, 5 items renumbered');
  });

  it('mostlyChanged: a diff that keeps under a third reads as old → new', () => {
    expect(mostlyChanged([{ op: 'delete', text: 'Иванова' }, { op: 'insert', text: 'Петрова' }])).toBe(true);
    expect(mostlyChanged([{ op: 'equal', text: 'Разработка ' }, { op: 'insert', text: 'плана' }])).toBe(false);
  });
});
