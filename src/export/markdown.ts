import type { Item, Roadmap, RoadmapDocument } from '../model/roadmap.js';
import { partiesText, sectionBlocks, sectionHeading, type FlatItem } from './flatten.js';
import { appendixText, headerText, periodText, sourceName } from './header.js';
import { sameDigits, timingBasis, timingOf, timingText } from './timing.js';

export type MarkdownOptions = Record<string, never>;

/**
 * A Markdown report (CommonMark with GFM tables): the order's header, then each roadmap
 * with its goal and period, and a table of activities under each section heading.
 * Every text from the document is escaped, so a "|", "*" or "<" in it stays text.
 */
export function exportMarkdown(doc: RoadmapDocument, _options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const h = headerText(doc);
  const firstTitle = doc.roadmaps.find((r) => r.title)?.title ?? null;
  out.push(`# ${inline(h.title ?? firstTitle ?? 'Дорожная карта')}`, '');

  const facts: [string, string][] = [];
  if (h.authority) facts.push(['Орган', h.authority]);
  if (h.act) facts.push(['Документ', h.act]);
  if (h.signatory) facts.push(['Подписал', h.signatory]);
  if (h.approval) facts.push(['Утверждение', h.approval]);
  facts.push(['Источник', `${sourceName(doc)} (${doc.source.format}, sha256 ${doc.source.sha256.slice(0, 12)}…)`]);
  out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');

  doc.roadmaps.forEach((roadmap, r) => {
    roadmapSection(doc, roadmap, r, out);
  });
  if (!doc.roadmaps.length) out.push('_В документе не найдено ни одной дорожной карты._', '');

  if (doc.glossary.length) {
    out.push('## Сокращения', '', '| Сокращение | Расшифровка |', '|---|---|');
    for (const g of doc.glossary) out.push(`| ${cell(g.abbreviation)} | ${cell(g.expansion)} |`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Appends the roadmap's lines to `out` (in place: a big plan's lines are too many to pass as arguments). */
function roadmapSection(doc: RoadmapDocument, roadmap: Roadmap, r: number, out: string[]): void {
  const title = roadmap.title ?? roadmap.planTitle ?? `Дорожная карта ${r + 1}`;
  out.push(`## ${inline(title)}`, '');
  if (roadmap.planTitle && roadmap.title && roadmap.planTitle !== roadmap.title) out.push(paragraph(roadmap.planTitle), '');
  if (roadmap.appendix) {
    const a = appendixText(roadmap.appendix);
    if (a) out.push(`_${inline(a)}_`, '');
  }
  if (roadmap.period) out.push(`**Период:** ${inline(periodText(roadmap.period))}`, '');
  if (roadmap.goal) out.push(`**Цель:** ${inline(roadmap.goal)}`, '');
  if (roadmap.expectedResults.length) {
    out.push('**Ожидаемые результаты:**', '', ...roadmap.expectedResults.map((e) => `- ${paragraph(e)}`), '');
  }
  for (const note of roadmap.notes) out.push(paragraph(note), '');

  const blocks = sectionBlocks(doc, r);
  const items = blocks.flatMap((b) => b.items);
  const dated = items.filter((f) => timingOf(f, doc).type !== 'none').length;
  out.push(`Мероприятий: ${items.length}, с датами: ${dated}, без дат: ${items.length - dated}.`, '');

  const allItems = items.map((f) => f.item);
  const withResult = allItems.some((i) => i.result?.trim());
  const extra = [...new Set(allItems.flatMap((i) => Object.keys(i.extra ?? {})))];
  for (const block of blocks) {
    const section = block.sections[block.sections.length - 1];
    if (section) out.push(`${'#'.repeat(Math.min(6, 3 + block.depth))} ${inline(sectionHeading(section))}`, '');
    if (block.items.length) {
      table(block.items, doc, withResult, extra, out);
      out.push('');
    }
  }
}

function table(items: FlatItem[], doc: RoadmapDocument, withResult: boolean, extra: string[], rows: string[]): void {
  const head = ['№', 'Мероприятие', 'Срок', 'Ответственные', ...(withResult ? ['Результат'] : []), ...extra];
  rows.push(`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const f of items) {
    const cells = [f.item.number ?? '', activity(f.item), deadline(f, doc), partiesText(f.item)];
    if (withResult) cells.push(f.item.result ?? '');
    for (const c of extra) cells.push(f.item.extra?.[c] ?? '');
    rows.push(`| ${cells.map((c) => cell(c) || '—').join(' | ')} |`);
  }
}

function activity(item: Item): string {
  const list = item.list?.filter((l) => l.trim()) ?? [];
  return list.length ? [item.text, ...list.map((l) => `• ${l}`)].join('\n') : item.text;
}

/** The deadline as written, and the dates read from it when they say more. */
function deadline(f: FlatItem, doc: RoadmapDocument): string {
  const raw = f.item.deadline.raw.trim();
  const t = timingOf(f, doc);
  if (t.type === 'none') return raw;
  const basis = timingBasis(t);
  const read = timingText(t) + (basis ? `; ${basis}` : '');
  if (!raw) return read;
  return sameDigits(raw, read) ? raw : `${raw}\n(${read})`;
}

/** Escapes what CommonMark would read as markup inside a line. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A table cell: inline-escaped, line breaks as <br>. */
function cell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(inline)
    .filter((l) => l !== '')
    .join('<br>');
}

/** A paragraph that must not turn into a heading, list, quote or thematic break. */
function paragraph(text: string): string {
  return inline(text)
    .replace(/^[#>+=-]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
