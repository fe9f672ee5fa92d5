import { describe, expect, it } from 'vitest';
import type { Section } from '../model/roadmap.js';
import { flatten } from './flatten.js';
import { exportMarkdown, inline } from './markdown.js';
import { goldenNames, loadGolden, sampleDoc } from './test-support.js';

/** The cells of a table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function tableRows(md: string): string[][] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| № |') && !l.startsWith('| |') && !/^\|[-|]+\|$/.test(l))
    .map(cells);
}

/** Undoes `inline` for comparison. */
function unescape(text: string): string {
  return text.replace(/\\([\\`*_[\]<>|~&#+=.)-])/g, '$1');
}

describe('exportMarkdown', () => {
  it('opens with the order: title, authority, act and signatory', () => {
    const md = exportMarkdown(loadGolden('000_72fc9603205c0c49.roadmap.yaml'));
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^# Об утверждении дорожной карты Западного управления/);
    expect(md).toContain('| Орган | МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ САМАРСКОЙ ОБЛАСТИ ЗАПАДНОЕ УПРАВЛЕНИЕ |');
    expect(md).toContain('| Документ | Приказ от 1 декабря 2020 г. № 607 |');
    expect(md).toContain('| Подписал | Руководитель Западного управления Т.Н. Гороховицкая |');
    expect(md).toContain('## Дорожная карта Западного управления');
    expect(md).toContain('**Цель:** повышение эффективности деятельности ОО');
    expect(md).toContain('Мероприятий: 53, с датами: 22, без дат: 31.');
    expect(md).toContain('## Сокращения');
  });

  it('takes the organization above a plan\'s own stamp as its issuer', () => {
    const md = exportMarkdown(loadGolden('101_plan-school-gia.roadmap.yaml'));
    expect(md).toContain('| Орган | МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 7» |');
  });

  it('names the place of signing after the act', () => {
    const md = exportMarkdown(loadGolden('102_rasporyazhenie-uln-cp1251.roadmap.yaml'));
    expect(md).toContain('| Документ | Распоряжение от 15 марта 2024 г. № 512-р, г. Ульяновск |');
  });

  it('an approval stands in for a missing order', () => {
    const md = exportMarkdown(loadGolden('003_c07eb7e652819042.roadmap.yaml'));
    expect(md).toContain('| Утверждение | УТВЕРЖДАЮ: Заместитель начальника Управления образования');
    expect(md).toContain('6 октября 2021 г. |');
    expect(md).toContain('**Период:** на 2021-2023 годы (01.01.2021 – 31.12.2023)');
  });

  it.each(goldenNames())('%s: a heading per section (deeper for subsections), a table row per activity', (name) => {
    const doc = loadGolden(name);
    const md = exportMarkdown(doc);
    const walk = (sections: Section[], depth: number) => {
      for (const s of sections) {
        const heading = `${'#'.repeat(Math.min(6, 3 + depth))} ${inline(s.number ? `${s.number}. ${s.title}` : s.title)}`;
        expect(md.split('\n')).toContain(heading);
        walk(s.sections, depth + 1);
      }
    };
    for (const r of doc.roadmaps) walk(r.sections, 0);
    const rows = tableRows(md).filter((r) => r.length >= 4);
    const items = flatten(doc);
    expect(rows).toHaveLength(items.length);
    items.forEach((f, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(f.item.number ?? '—');
      expect(unescape(row[1]!.replace(/<br>/g, ' ')).startsWith(f.item.text.replace(/\s+/g, ' ').trim())).toBe(true);
    });
  });

  it('every table row has as many cells as its header', () => {
    const md = exportMarkdown(sampleDoc());
    let width = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      const n = cells(line).length;
      if (!width) width = n;
      expect(n).toBe(width);
    }
  });

  it('escapes what Markdown would read as markup, and keeps line breaks inside cells', () => {
    const md = exportMarkdown(sampleDoc());
    expect(md).toContain('# Об утверждении «дорожной карты» \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('## Дорожная карта \\| тест \\*жирный\\* \\_курсив\\_');
    expect(md).toContain('| 1.1 | Текст с переводом<br>строки и \\| чертой | до 01.06.2021 |');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> и \'апостроф\'<br>• первый пункт<br>• второй; пункт');
    expect(md).toContain('- \\- результат с дефисом');
    expect(md).not.toMatch(/(?<!\\)<\/?(script|img|b)\b/);
    expect(md).toContain('| — | Без номера и без срока | — | — |');
  });

  it('shows the deadline as written and, when it says more, the dates read from it', () => {
    const md = exportMarkdown(sampleDoc());
    expect(md).toContain('| март-май 2021<br>(01.03.2021 – 31.05.2021) |');
    expect(md).toContain('| по вторникам<br>(еженедельно, по вторникам, с 01.01.2021 по 31.12.2022; даты — период дорожной карты) |');
    expect(md).toContain('| не позднее 10 числа<br>(ежемесячно, 10 числа, с 01.01.2021 по 31.12.2022; даты — период дорожной карты) |');
    expect(md).toContain('| по необходимости |');
  });

  it('says so when there is no roadmap', () => {
    const doc = sampleDoc();
    doc.roadmaps = [];
    expect(exportMarkdown(doc)).toContain('_В документе не найдено ни одной дорожной карты._');
  });
});
