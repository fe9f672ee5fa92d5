import type { Roadmap, RoadmapDocument } from '../model/roadmap.js';
import { VERSION } from '../version.js';
import { partyNames, sectionBlocks, sectionHeading, type FlatItem, type SectionBlock } from './flatten.js';
import { appendixText, headerText, periodText, sourceName } from './header.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { HTML_PAGED_SCRIPT, HTML_PAGED_STYLE } from './html-paged-assets.js';
import { addDays, dayNumber, daysInMonth, sameDigits, timingBasis, timingOf, timingText, type Timing } from './timing.js';
import { plural } from '../core/plural.js';

export interface HtmlOptions {
  /** Plans with more activities than this are paged (see exportHtml); default PAGED_FROM. */
  pagedFrom?: number;
  /** Rows per page of a paged table; default PAGE_SIZE. */
  pageSize?: number;
}

/**
 * Up to this many activities the page holds every row (printable, filterable without an
 * index); above it the rows live in one JSON blob and the script shows a page at a time,
 * so that a plan of 50,000 activities is not a page of 550,000 elements.
 */
export const PAGED_FROM = 2000;
export const PAGE_SIZE = 200;

/** The id used for activities whose responsible parties were not given. */
const NO_PARTY = 'p-none';
const PALETTE = 8;

/**
 * One self-contained page: the order's header; for each roadmap a timeline (Gantt-like)
 * of its dated activities by section, laid out from the deadlines' start and end, and
 * the activities without dates listed apart; a filter by responsible party. Inline CSS
 * and JS only, and a Content-Security-Policy that forbids any fetch; every text from the
 * document is escaped. Prints on A4 landscape, with the filter's choice noted.
 *
 * A big plan (more than `pagedFrom` activities) is paged: each table shows the first
 * `pageSize` rows as HTML (what a reader without JavaScript sees, with a note saying so),
 * and the script renders any other page from the data blob, filtering by party and by
 * words through an index built once at load, never by walking the rows.
 */
export function exportHtml(doc: RoadmapDocument, options: HtmlOptions = {}): string {
  const h = headerText(doc);
  const firstTitle = doc.roadmaps.find((r) => r.title)?.title ?? null;
  const h1 = h.title ?? firstTitle ?? 'Дорожная карта';

  const counter = { next: 0 };
  const views = doc.roadmaps.map((roadmap, r): RoadmapView => {
    const blocks = sectionBlocks(doc, r, counter);
    const placed = new Map<string, Placed>();
    for (const b of blocks) for (const f of b.items) placed.set(f.path, { flat: f, timing: timingOf(f, doc) });
    const dated = [...placed.values()].filter((p) => p.timing.type !== 'none');
    return { roadmap, r, blocks, placed, axis: axisFor(dated, roadmap) };
  });
  const allItems = views.flatMap((x) => x.blocks.flatMap((b) => b.items));
  const parties = partyRegistry(allItems);
  const paging: Paging | null = allItems.length > (options.pagedFrom ?? PAGED_FROM) ? { size: Math.max(1, options.pageSize ?? PAGE_SIZE), lists: [], sections: new Map() } : null;

  const meta: string[] = [];
  if (h.signatory) meta.push(`Подписал: ${h.signatory}`);
  if (h.approval) meta.push(h.approval);

  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    `<meta name="generator" content="prikaz-roadmap ${esc(VERSION)}">`,
    `<title>${esc(h1)}</title>`,
    `<style>${HTML_STYLE}${paging ? HTML_PAGED_STYLE : ''}${gridStyles(views)}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header class="doc">',
  );
  if (h.authority) parts.push(`<p class="authority">${esc(h.authority)}</p>`);
  if (h.act) parts.push(`<p class="act">${esc(h.act)}</p>`);
  parts.push(`<h1>${esc(h1)}</h1>`);
  for (const m of meta) parts.push(`<p class="meta">${esc(m)}</p>`);
  parts.push(`<p class="meta">Источник: ${esc(sourceName(doc))} · ${esc(doc.source.format)} · sha256 ${esc(doc.source.sha256.slice(0, 12))}…</p>`, '</header>');

  if (allItems.length) parts.push(filterForm(parties, allItems.length, paging !== null));
  if (paging) {
    parts.push(
      `<p class="nojs" id="nojs">В плане ${counted(allItems.length, 'мероприятие', 'мероприятия', 'мероприятий')}: здесь показаны первые ${paging.size} строк каждой таблицы. Остальные страницы, поиск и фильтр работают при включённом JavaScript; полный список даёт экспорт в CSV или Markdown.</p>`,
    );
  }
  parts.push('<p class="print-filter" id="print-filter"></p>', '<main>');
  for (const view of views) parts.push(roadmapHtml(doc, view, parties, h1, paging));
  if (!doc.roadmaps.length) parts.push('<p class="empty">В документе не найдено ни одной дорожной карты.</p>');
  parts.push('</main>');
  parts.push(
    `<footer>Сформировано prikaz-roadmap ${esc(VERSION)} из ${esc(sourceName(doc))}. Даты прочитаны из сроков, как они написаны в документе; сроки без дат перечислены отдельно.</footer>`,
    '</div>',
    ...(paging ? [`<script type="application/json" id="prikaz-data">${pagedData(paging)}</script>`] : []),
    `<script>${paging ? HTML_PAGED_SCRIPT : HTML_SCRIPT}</script>`,
    '</body>',
    '</html>',
  );
  return `${parts.join('\n')}\n`;
}

interface PartyRegistry {
  /** name → id, names in Russian alphabetical order. */
  ids: Map<string, string>;
  counts: Map<string, number>;
  expansions: Map<string, string>;
  none: number;
}

function partyRegistry(items: FlatItem[]): PartyRegistry {
  const counts = new Map<string, number>();
  const expansions = new Map<string, string>();
  let none = 0;
  for (const f of items) {
    const names = partyNames(f.item);
    if (!names.length) none++;
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    for (const p of f.item.responsible.parties) if (p.expansion && !expansions.has(p.name.trim())) expansions.set(p.name.trim(), p.expansion);
  }
  const sorted = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'ru'));
  return { ids: new Map(sorted.map((n, i) => [n, `p${i}`])), counts, expansions, none };
}

function partyIds(f: FlatItem, parties: PartyRegistry): string {
  const ids = partyNames(f.item).map((n) => parties.ids.get(n)!);
  return ids.length ? ids.join(' ') : NO_PARTY;
}

function filterForm(parties: PartyRegistry, total: number, search: boolean): string {
  const boxes = [...parties.ids].map(([name, id]) => {
    const exp = parties.expansions.get(name);
    return `<label${exp ? ` title="${esc(exp)}"` : ''}><input type="checkbox" value="${id}" data-name="${esc(name)}" checked> ${esc(name)} <span class="n">${parties.counts.get(name) ?? 0}</span></label>`;
  });
  if (parties.none) boxes.push(`<label><input type="checkbox" value="${NO_PARTY}" data-name="не указаны" checked> <em>не указаны</em> <span class="n">${parties.none}</span></label>`);
  return [
    '<form class="filter" id="filter" hidden aria-label="Фильтр по ответственным">',
    '<fieldset>',
    '<legend>Ответственные</legend>',
    ...(search ? ['<div class="search"><input type="search" id="q" autocomplete="off" placeholder="Поиск: слова из текста, номера, срока, ответственных" aria-label="Поиск по мероприятиям"></div>'] : []),
    `<div class="actions"><button type="button" data-all>Выбрать всех</button><button type="button" data-none>Снять все</button><output id="shown">Показано ${total} из ${total}</output></div>`,
    `<div class="parties">${boxes.join('')}</div>`,
    '</fieldset>',
    '</form>',
  ].join('\n');
}

interface Placed {
  flat: FlatItem;
  timing: Timing;
}

interface RoadmapView {
  roadmap: Roadmap;
  r: number;
  blocks: SectionBlock[];
  /** By item path. */
  placed: Map<string, Placed>;
  /** Null when no activity has a date. */
  axis: Axis | null;
}

function roadmapHtml(doc: RoadmapDocument, view: RoadmapView, parties: PartyRegistry, h1: string, paging: Paging | null): string {
  const { roadmap, r, blocks, placed, axis } = view;
  const out: string[] = [`<section class="roadmap" id="roadmap-${r + 1}">`];
  const title = roadmap.title ?? roadmap.planTitle ?? `Дорожная карта ${r + 1}`;
  if (title !== h1 || doc.roadmaps.length > 1) out.push(`<h2>${esc(title)}</h2>`);

  const facts: string[] = [];
  if (roadmap.appendix) {
    const a = appendixText(roadmap.appendix);
    if (a) facts.push(`<dt>Приложение</dt><dd>${esc(a)}</dd>`);
  }
  if (roadmap.planTitle && roadmap.planTitle !== title) facts.push(`<dt>План</dt><dd>${esc(roadmap.planTitle)}</dd>`);
  if (roadmap.period) facts.push(`<dt>Период</dt><dd>${esc(periodText(roadmap.period))}</dd>`);
  if (roadmap.goal) facts.push(`<dt>Цель</dt><dd>${esc(roadmap.goal)}</dd>`);
  if (roadmap.expectedResults.length) {
    facts.push(`<dt>Ожидаемые результаты</dt><dd><ul>${roadmap.expectedResults.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></dd>`);
  }
  if (facts.length) out.push(`<dl class="facts">${facts.join('')}</dl>`);

  const all = [...placed.values()];
  const dated = all.filter((p) => p.timing.type !== 'none');
  const undated = all.filter((p) => p.timing.type === 'none');
  out.push(`<p class="summary">${counted(all.length, 'мероприятие', 'мероприятия', 'мероприятий')}: ${dated.length} на графике, ${undated.length} без дат.</p>`);

  const colors = sectionColors(r, roadmap);
  out.push('<h3>График</h3>');
  if (dated.length && axis) {
    out.push(LEGEND);
    out.push(`<div class="scroll"><table class="tl tl-r${r}" data-items${paging ? ` data-list="${paging.lists.length}"` : ''}>`);
    out.push('<colgroup><col class="num"><col class="what"><col class="when"><col class="track"></colgroup>');
    out.push(`<thead><tr><th>№</th><th>Мероприятие</th><th>Срок</th><th class="axis" aria-label="Шкала времени">${axisLabels(axis)}</th></tr></thead>`);
    out.push('<tbody>');
    if (paging) pagedRows(paging, blocks, placed, 'dated', colors, parties, axis, out);
    else rowsFor(blocks, placed, 'dated', colors, (p) => timelineRow(p, parties, colors, axis), out);
    out.push('</tbody></table></div>', '<p class="nomatch" hidden>Нет мероприятий выбранных ответственных.</p>');
    if (paging) out.push(PAGER);
  } else {
    out.push('<p class="empty">Ни у одного мероприятия этой дорожной карты нет дат: все они перечислены ниже.</p>');
  }

  if (undated.length) {
    out.push(`<h3>Мероприятия без дат (${undated.length})</h3>`);
    out.push(`<table class="plain" data-items${paging ? ` data-list="${paging.lists.length}"` : ''}>`, '<colgroup><col class="num"><col class="what"><col class="when"></colgroup>');
    out.push('<thead><tr><th>№</th><th>Мероприятие</th><th>Срок в документе</th></tr></thead>', '<tbody>');
    if (paging) pagedRows(paging, blocks, placed, 'undated', colors, parties, null, out);
    else rowsFor(blocks, placed, 'undated', colors, (p) => undatedRow(p, parties, colors), out);
    out.push('</tbody></table>', '<p class="nomatch" hidden>Нет мероприятий выбранных ответственных.</p>');
    if (paging) out.push(PAGER);
  }
  out.push('</section>');
  return out.join('\n');
}

const LEGEND = [
  '<p class="legend">',
  '<span><i><span class="bar c0" style="left:0;width:100%"></span></i>срок или период</span>',
  '<span><i><span class="mark c0" style="left:50%"></span></i>один день</span>',
  '<span><i><span class="mark due c0" style="left:50%"></span></i>крайний срок («до …»)</span>',
  '<span><i><span class="bar rec c0" style="left:0;width:100%"></span></i>регулярно</span>',
  '<span><i><span class="bar open c0" style="left:0;width:100%"></span></i>без даты окончания</span>',
  '</p>',
].join('');

/** Appends section header rows and item rows to `out`, only for sections holding items of the wanted kind. */
function rowsFor(
  blocks: SectionBlock[],
  placed: Map<string, Placed>,
  which: 'dated' | 'undated',
  colors: Map<string, number>,
  row: (p: Placed) => string,
  out: string[],
): void {
  const wanted = (p: Placed) => (which === 'dated') === (p.timing.type !== 'none');
  const needed = new Set<string>();
  for (const p of placed.values()) if (wanted(p)) for (const prefix of sectionPrefixes(p.flat.path)) needed.add(prefix);
  for (const b of blocks) {
    const section = b.sections[b.sections.length - 1];
    if (section && needed.has(b.path)) {
      out.push(`<tr class="sec d${Math.min(b.depth, 3)} c${colors.get(topPath(b.path)) ?? 0}" data-section="${esc(b.path)}"><th colspan="${which === 'dated' ? 4 : 3}">${esc(sectionHeading(section))}</th></tr>`);
    }
    for (const f of b.items) {
      const p = placed.get(f.path)!;
      if (wanted(p)) out.push(row(p));
    }
  }
}

interface Paging {
  size: number;
  /** One per paged table, in page order: the table's rows as data. */
  lists: PagedList[];
  /** Section path → its index in the data's `sections`, with the heading row's parts. */
  sections: Map<string, { path: string; index: number; heading: string; depth: number; color: number }>;
}

interface PagedList {
  /** 4 for a timeline, 3 for the table of undated activities (the heading rows' colspan). */
  cols: number;
  items: PagedItem[];
}

/**
 * One row as data, in a fixed order to keep the blob small: path, number, text, list (or 0),
 * who (empty: not given), result, deadline cell, the deadline as read (when it differs), the
 * marks as [class, style], the marks' title, party ids, color, and the section indexes
 * holding the row, outermost first. The script builds the same elements timelineRow and
 * undatedRow write (html.browser.test.ts compares them).
 */
type PagedItem = [string, string, string, string[] | 0, string, string, string, string, [string, string][], string, string, number, number[]];

/** The data of one table, and its first page as HTML for readers without the script. */
function pagedRows(
  paging: Paging,
  blocks: SectionBlock[],
  placed: Map<string, Placed>,
  which: 'dated' | 'undated',
  colors: Map<string, number>,
  parties: PartyRegistry,
  axis: Axis | null,
  out: string[],
): void {
  const cols = which === 'dated' ? 4 : 3;
  const list: PagedList = { cols, items: [] };
  paging.lists.push(list);
  for (const b of blocks) {
    for (const f of b.items) {
      const p = placed.get(f.path)!;
      if ((which === 'dated') !== (p.timing.type !== 'none')) continue;
      const chain = sectionPrefixes(f.path).map((path) => sectionIndex(paging, blocks, path, colors));
      list.items.push(pagedItem(p, parties, colors, axis, chain));
    }
  }
  // the first page as the script would draw it: headings where the section chain changes
  const byIndex = [...paging.sections.values()];
  let previous: number[] = [];
  for (const [n, it] of list.items.entries()) {
    if (n >= paging.size) break;
    const chain = it[12];
    let k = 0;
    while (k < chain.length && chain[k] === previous[k]) k++;
    for (; k < chain.length; k++) {
      const s = byIndex[chain[k]!]!;
      out.push(`<tr class="sec d${Math.min(s.depth, 3)} c${s.color}" data-section="${esc(s.path)}"><th colspan="${cols}">${esc(s.heading)}</th></tr>`);
    }
    previous = chain;
    const p = placed.get(it[0])!;
    out.push(axis ? timelineRow(p, parties, colors, axis) : undatedRow(p, parties, colors));
  }
}

function sectionIndex(paging: Paging, blocks: SectionBlock[], path: string, colors: Map<string, number>): number {
  const known = paging.sections.get(path);
  if (known) return known.index;
  const block = blocks.find((b) => b.path === path);
  const section = block?.sections[block.sections.length - 1];
  const entry = { path, index: paging.sections.size, heading: section ? sectionHeading(section) : '', depth: block?.depth ?? 0, color: colors.get(topPath(path)) ?? 0 };
  paging.sections.set(path, entry);
  return entry.index;
}

function pagedItem(p: Placed, parties: PartyRegistry, colors: Map<string, number>, axis: Axis | null, chain: number[]): PagedItem {
  const f = p.flat;
  const item = f.item;
  const list = item.list?.filter((l) => l.trim()) ?? [];
  const who = partyNames(item).join(', ') || item.responsible.raw.trim();
  const result = item.result?.trim() ? item.result : '';
  const raw = item.deadline.raw.trim();
  let when = raw;
  let read = '';
  let specs: [string, string][] = [];
  let title = '';
  if (axis) {
    const basis = timingBasis(p.timing);
    title = timingText(p.timing) + (basis ? ` (${basis})` : '');
    when = raw || title;
    if (raw && !sameDigits(raw, title)) read = title;
    specs = markSpecs(p.timing, axis);
  }
  return [f.path, item.number ?? '', item.text, list.length ? list : 0, who, result, when, read, specs, title, partyIds(f, parties), colorOf(f, colors), chain];
}

/** The blob: JSON with every "<" written as \u003c, so that no text can close the script element. */
function pagedData(paging: Paging): string {
  const sections = [...paging.sections.values()].map((s) => [s.path, s.heading, Math.min(s.depth, 3), s.color]);
  return JSON.stringify({ page: paging.size, sections, lists: paging.lists }).replace(/</g, '\\u003c');
}

const PAGER = [
  '<nav class="pager" hidden aria-label="Страницы">',
  '<button type="button" data-go="first" aria-label="Первая страница">«</button>',
  '<button type="button" data-go="prev" aria-label="Предыдущая страница">‹</button>',
  '<label>Страница <input type="number" min="1" value="1" data-go="page"> из <span data-pages>1</span></label>',
  '<button type="button" data-go="next" aria-label="Следующая страница">›</button>',
  '<button type="button" data-go="last" aria-label="Последняя страница">»</button>',
  '<output data-range></output>',
  '</nav>',
].join('');

/** "/roadmaps/0/sections/2/sections/1/items/3" → ["/roadmaps/0/sections/2", "/roadmaps/0/sections/2/sections/1"] */
function sectionPrefixes(path: string): string[] {
  const out: string[] = [];
  const re = /\/sections\/\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) out.push(path.slice(0, m.index + m[0].length));
  return out;
}

function topPath(path: string): string {
  return /^\/roadmaps\/\d+(\/sections\/\d+)?/.exec(path)?.[0] ?? path;
}

/** A color per top-level section (by its path), so that a section's bars read as one. */
function sectionColors(r: number, roadmap: Roadmap): Map<string, number> {
  return new Map(roadmap.sections.map((_, i) => [`/roadmaps/${r}/sections/${i}`, i % PALETTE]));
}

function colorOf(flat: FlatItem, colors: Map<string, number>): number {
  return colors.get(topPath(flat.path)) ?? 0;
}

function activityCell(p: Placed, withResult = true): string {
  const item = p.flat.item;
  const list = item.list?.filter((l) => l.trim()) ?? [];
  const who = partyNames(item).join(', ') || item.responsible.raw.trim();
  return [
    '<td class="what">',
    `<div class="t" title="${esc(item.text)}">${esc(item.text)}</div>`,
    list.length ? `<ul>${list.map((l) => `<li>${esc(l)}</li>`).join('')}</ul><div class="more">+ ${counted(list.length, 'пункт', 'пункта', 'пунктов')}</div>` : '',
    `<div class="who">${who ? esc(who) : '<em>ответственные не указаны</em>'}</div>`,
    withResult && item.result?.trim() ? `<div class="res">Результат: ${esc(item.result)}</div>` : '',
    '</td>',
  ].join('');
}

function rowStart(p: Placed, parties: PartyRegistry, colors: Map<string, number>): string {
  const f = p.flat;
  return `<tr class="item c${colorOf(f, colors)}" data-path="${esc(f.path)}" data-parties="${esc(partyIds(f, parties))}"><td class="num">${esc(f.item.number ?? '')}</td>`;
}

function timelineRow(p: Placed, parties: PartyRegistry, colors: Map<string, number>, axis: Axis): string {
  const raw = p.flat.item.deadline.raw.trim();
  const basis = timingBasis(p.timing);
  const read = timingText(p.timing) + (basis ? ` (${basis})` : '');
  const when = `<td class="when">${esc(raw || read)}${raw && !sameDigits(raw, read) ? `<div class="raw">${esc(read)}</div>` : ''}</td>`;
  return `${rowStart(p, parties, colors)}${activityCell(p)}${when}<td class="track"><div class="grid"></div>${marks(p.timing, axis, read)}</td></tr>`;
}

function undatedRow(p: Placed, parties: PartyRegistry, colors: Map<string, number>): string {
  const raw = p.flat.item.deadline.raw.trim();
  return `${rowStart(p, parties, colors)}${activityCell(p)}<td class="when">${raw ? esc(raw) : '<em>не указан</em>'}</td></tr>`;
}

interface Axis {
  /** First day shown (the 1st of a month). */
  start: string;
  /** Last day shown (the last of a month). */
  end: string;
  from: number;
  days: number;
}

function axisFor(dated: Placed[], roadmap: Roadmap): Axis | null {
  const days: string[] = [];
  for (const { timing: t } of dated) {
    if (t.type === 'span') days.push(t.start, t.end);
    else if (t.type === 'due') days.push(t.end);
    else if (t.type === 'from') days.push(t.start);
    else if (t.type === 'dates') for (const s of t.spans) days.push(s.start, s.end);
    else if (t.type === 'recurring') days.push(t.start, ...(t.until ? [t.until] : []));
  }
  if (!days.length) return null;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (roadmap.period?.start && iso.test(roadmap.period.start)) days.push(roadmap.period.start);
  if (roadmap.period?.end && iso.test(roadmap.period.end)) days.push(roadmap.period.end);
  days.sort();
  const first = days[0]!;
  let last = days[days.length - 1]!;
  // an open end needs room to show that it goes on
  const open = dated.some((p) => p.timing.type === 'from' || (p.timing.type === 'recurring' && !p.timing.until));
  if (open && monthsBetween(first, last) < 6) last = addDays(last, 92);
  const start = `${first.slice(0, 7)}-01`;
  const [y, m] = last.split('-').map(Number) as [number, number];
  const end = `${last.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  const from = dayNumber(start);
  return { start, end, from, days: dayNumber(end) + 1 - from };
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/** Room left free at each end of the track, in percent, so that a mark on the first or last day shows whole. */
const PAD = 1.5;

/** Percent of the track at the start of a day. */
function at(axis: Axis, day: string): number {
  const share = Math.max(0, Math.min(1, (dayNumber(day) - axis.from) / axis.days));
  return PAD + share * (100 - 2 * PAD);
}

function pct(n: number): string {
  return `${Number(n.toFixed(3))}%`;
}

function marks(t: Timing, axis: Axis, title: string): string {
  const tip = ` title="${esc(title)}"`;
  return markSpecs(t, axis)
    .map(([cls, style]) => `<span class="${cls}" style="${style}"${tip}></span>`)
    .join('');
}

/** The bars and diamonds of a timing as [class, style] pairs: rendered here, and by the paged page's script from its data. */
function markSpecs(t: Timing, axis: Axis): [string, string][] {
  const bar = (start: string, end: string, cls = ''): [string, string] => {
    const left = at(axis, start);
    const right = at(axis, addDays(end, 1));
    return [`bar${cls}`, `left:${pct(left)};width:${pct(Math.max(right - left, 0))}`];
  };
  const mark = (day: string, cls = ''): [string, string] => [`mark${cls}`, `left:${pct((at(axis, day) + at(axis, addDays(day, 1))) / 2)}`];
  switch (t.type) {
    case 'span':
      return [t.start === t.end ? mark(t.start) : bar(t.start, t.end)];
    case 'due':
      return [mark(t.end, ' due')];
    case 'from':
      return [bar(t.start, axis.end, ' open')];
    case 'dates':
      return t.spans.map((s) => (s.start === s.end ? mark(s.start) : bar(s.start, s.end)));
    case 'recurring': {
      const months = t.recurrence.frequency === 'yearly' && (!t.recurrence.interval || t.recurrence.interval === 1) ? (t.recurrence.months ?? []) : [];
      if (months.length) {
        // "сентябрь – октябрь ежегодно": the named months of each year, not the whole stretch
        const last = t.until ?? axis.end;
        const out: [string, string][] = [];
        for (let y = Number(t.start.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
          for (const m of months) {
            const mm = String(m).padStart(2, '0');
            const from = `${y}-${mm}-01` < t.start ? t.start : `${y}-${mm}-01`;
            const endOfMonth = `${y}-${mm}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
            const to = endOfMonth > last ? last : endOfMonth;
            if (from <= to) out.push(bar(from, to, ' rec'));
          }
        }
        if (out.length) return out;
      }
      return [t.until ? bar(t.start, t.until, ' rec') : bar(t.start, axis.end, ' rec open')];
    }
    case 'none':
      return [];
  }
}

const MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

interface Tick {
  day: string;
  month: number;
  year: number;
}

function monthTicks(axis: Axis): Tick[] {
  const ticks: Tick[] = [];
  let [y, m] = axis.start.split('-').map(Number) as [number, number];
  for (;;) {
    const day = `${y}-${String(m).padStart(2, '0')}-01`;
    if (day > axis.end) break;
    ticks.push({ day, month: m, year: y });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return ticks;
}

/** Which months get a label: all, quarters, or none (years only), by the axis' length. */
function labelStep(axis: Axis): number {
  const n = monthTicks(axis).length;
  return n <= 15 ? 1 : n <= 48 ? 3 : 0;
}

/** Which months get a grid line: all, or quarters, or none on a very long axis. */
function lineStep(axis: Axis): number {
  const n = monthTicks(axis).length;
  return n <= 15 ? 1 : n <= 96 ? 3 : 0;
}

function axisLabels(axis: Axis): string {
  const ticks = monthTicks(axis);
  const step = labelStep(axis);
  const out: string[] = [];
  ticks.forEach((t, i) => {
    const left = at(axis, t.day);
    if (t.month === 1 || i === 0) {
      // a year label needs room before the next year starts
      const nextYear = ticks.find((x) => x.year > t.year);
      const width = (nextYear ? at(axis, nextYear.day) : 100 - PAD) - left;
      if (width >= 4 || !nextYear) out.push(`<span class="y" style="left:${pct(left)}">${t.year}</span>`);
    }
    if (step && (t.month - 1) % step === 0) out.push(`<span class="m" style="left:${pct(left)}">${MONTHS_SHORT[t.month - 1]}</span>`);
  });
  return out.join('');
}

/** The grid lines of each roadmap's timeline as background gradients (one rule per roadmap). */
function gridStyles(views: RoadmapView[]): string {
  const rules: string[] = [];
  views.forEach(({ r, axis }) => {
    if (!axis) return;
    const step = lineStep(axis);
    const lines: string[] = [];
    for (const t of monthTicks(axis)) {
      const strong = t.month === 1;
      if (!strong && !(step && (t.month - 1) % step === 0)) continue;
      const x = pct(at(axis, t.day));
      const color = strong ? '#aab3c0' : '#e6e9ee';
      lines.push(`linear-gradient(to right,transparent ${x},${color} ${x},${color} calc(${x} + 1px),transparent calc(${x} + 1px))`);
    }
    if (lines.length) rules.push(`.tl-r${r} .grid,.tl-r${r} th.axis{background-image:${lines.join(',')}}`);
  });
  return rules.length ? `\n${rules.join('\n')}\n` : '';
}

/** A count and its noun: "3 мероприятия". */
function counted(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}

/** Escapes text for HTML content and for attribute values in double or single quotes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
