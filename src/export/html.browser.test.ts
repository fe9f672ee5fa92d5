import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapDocument } from '../model/roadmap.js';
import { flatten, partyNames } from './flatten.js';
import { exportHtml, PAGE_SIZE, type HtmlOptions } from './html.js';
import { bigDoc, goldenNames, loadGolden, sampleDoc } from './test-support.js';
import { timingOf } from './timing.js';

/**
 * The html report in a real browser: Debian's Chromium, driven by playwright-core, loads
 * each page from a file with the network cut off, and the test checks that every activity
 * is on it, that nothing was fetched, that the party filter works, and that it prints.
 * Screenshots (and a PDF) go to .ci/out/export/ (git-ignored) for a person to look at.
 */
const CHROMIUM = process.env.PRIKAZ_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const SHOTS = resolve('.ci/out/export');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!present) {
  console.warn(`html.browser.test.ts: SKIPPED — no Chromium at ${CHROMIUM}. Install Debian's "chromium" package or set PRIKAZ_CHROMIUM to a Chromium binary to run the browser tests.`);
}

interface RowState {
  path: string;
  text: string;
  visible: boolean;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!present)(`html report in Chromium${present ? '' : ` (SKIPPED: no Chromium at ${CHROMIUM})`}`, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
    dir = mkdtempSync(join(tmpdir(), 'prikaz-html-'));
    mkdirSync(SHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page from a file; every request but the page itself is refused and recorded. */
  async function open(doc: RoadmapDocument, name: string, width = 1400, options: HtmlOptions = {}, javaScriptEnabled = true) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, exportHtml(doc, options));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'ru-RU', javaScriptEnabled });
    const requests: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url) return route.continue();
      requests.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, problems, close: () => context.close() };
  }

  const rows = (page: Page) =>
    page.$$eval('tr[data-path]', (trs) =>
      trs.map((tr) => ({
        path: tr.getAttribute('data-path') ?? '',
        text: (tr.querySelector('.t') as HTMLElement | null)?.textContent ?? '',
        visible: (tr as HTMLElement).checkVisibility(),
      })),
    ) as Promise<RowState[]>;

  const cases: [string, () => RoadmapDocument][] = [...goldenNames().map((n): [string, () => RoadmapDocument] => [n, () => loadGolden(n)]), ['sample', sampleDoc]];

  it.each(cases)('%s: every activity is on the page, nothing is fetched, no script error', async (name, load) => {
    const doc = load();
    const { page, requests, problems, close } = await open(doc, name.replace(/\.roadmap\.yaml$/, ''));
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      const state = await rows(page);
      const items = flatten(doc);
      expect(state).toHaveLength(items.length);
      const byPath = new Map(state.map((r) => [r.path, r]));
      for (const f of items) {
        const r = byPath.get(f.path);
        expect(r, f.path).toBeDefined();
        expect(norm(r!.text)).toBe(norm(f.item.text));
        expect(r!.visible, f.path).toBe(true);
      }
      // the filter shows itself only when the script ran
      expect(await page.isVisible('#filter')).toBe(true);
      expect(await page.textContent('#shown')).toBe(`Показано ${items.length} из ${items.length}`);
      // the script must not have been blocked by the page's own CSP, nor anything fetched
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${name.replace(/\.roadmap\.yaml$/, '')}.png`) });
    } finally {
      await close();
    }
  });

  it.each(cases)('%s: the party filter hides the rows of other parties, and empty sections with them', async (name, load) => {
    const doc = load();
    const items = flatten(doc);
    const parties = new Map<string, number>();
    for (const f of items) for (const p of partyNames(f.item)) parties.set(p, (parties.get(p) ?? 0) + 1);
    const { page, close } = await open(doc, `${name.replace(/\.roadmap\.yaml$/, '')}-filter`);
    try {
      // nobody chosen: nothing shown, and a note says so
      await page.click('button[data-none]');
      expect((await rows(page)).filter((r) => r.visible)).toEqual([]);
      expect(await page.textContent('#shown')).toBe(`Показано 0 из ${items.length}`);
      expect(await page.$$eval('tr[data-section]', (trs) => trs.filter((t) => (t as HTMLElement).checkVisibility()).length)).toBe(0);
      expect(await page.$$eval('p.nomatch', (ps) => ps.every((p) => (p as HTMLElement).checkVisibility()))).toBe(true);

      // one party: exactly its activities
      const chosen = [...parties].filter(([, n]) => n < items.length).sort((a, b) => b[1] - a[1])[0]?.[0];
      if (chosen) {
        const id = await page.$$eval('#filter input[data-name]', (inputs, n) => (inputs as HTMLInputElement[]).find((i) => i.dataset.name === n)?.value, chosen);
        expect(id).toBeTruthy();
        await page.check(`#filter input[value="${id}"]`);
        const visible = (await rows(page)).filter((r) => r.visible).map((r) => r.path);
        const expected = items.filter((f) => partyNames(f.item).includes(chosen)).map((f) => f.path);
        expect(new Set(visible)).toEqual(new Set(expected));
        expect(await page.textContent('#shown')).toBe(`Показано ${expected.length} из ${items.length}`);
        // a section header is shown exactly when one of its activities is
        const sections = await page.$$eval('tr[data-section]', (trs) =>
          trs.map((t) => ({ path: t.getAttribute('data-section')!, table: t.closest('table')!.className, visible: (t as HTMLElement).checkVisibility() })),
        );
        const tableOf = await page.$$eval('tr[data-path]', (trs) => trs.map((t) => [t.getAttribute('data-path')!, t.closest('table')!.className] as const));
        const tableByPath = new Map(tableOf);
        for (const s of sections) {
          expect(s.visible, s.path).toBe(visible.some((p) => p.startsWith(`${s.path}/`) && tableByPath.get(p) === s.table));
        }
        await page.screenshot({ path: join(SHOTS, `${name.replace(/\.roadmap\.yaml$/, '')}-filtered.png`) });
        // the printout says what it shows
        await page.emulateMedia({ media: 'print' });
        expect(await page.isVisible('#filter')).toBe(false);
        expect(await page.textContent('#print-filter')).toContain(chosen);
        await page.emulateMedia({ media: 'screen' });
      }

      // everyone again
      await page.click('button[data-all]');
      expect((await rows(page)).every((r) => r.visible)).toBe(true);
      expect(await page.textContent('#print-filter')).toBe('');
    } finally {
      await close();
    }
  });

  it('clicking an activity shows its whole text and list; it prints on A4 landscape', async () => {
    const doc = loadGolden('004_5cf6f8dfe62893e0.roadmap.yaml');
    const { page, close } = await open(doc, '004-print');
    try {
      const withList = flatten(doc).find((f) => (f.item.list?.length ?? 0) > 1)!;
      const row = page.locator(`tr[data-path="${withList.path}"]`);
      expect(await row.locator('ul').isVisible()).toBe(false);
      await row.locator('.t').click();
      expect(await row.locator('ul').isVisible()).toBe(true);
      expect(await row.locator('li').count()).toBe(withList.item.list!.length);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      writeFileSync(join(SHOTS, '004.pdf'), pdf);
      await page.emulateMedia({ media: 'screen' });
      await page.screenshot({ path: join(SHOTS, '004-full.png'), fullPage: true });
    } finally {
      await close();
    }
  });

  it('reads on a narrow screen (phone width) without horizontal scrolling of the page', async () => {
    const { page, close } = await open(loadGolden('002_d8146b65e7b6d256.roadmap.yaml'), '002-narrow', 420);
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(SHOTS, '002-narrow.png'), fullPage: true });
    } finally {
      await close();
    }
  });
  /** Each table's body rows (section headings and activities) as the browser serializes them. */
  const tableRows = (page: Page) =>
    page.$$eval('table[data-items]', (tables) => tables.map((t) => Array.from((t as HTMLTableElement).tBodies[0]!.rows, (r) => r.outerHTML)));

  it.each(cases)('%s: a paged page draws the same rows, element for element, as the full page', async (name, load) => {
    const doc = load();
    const base = name.replace(/\.roadmap\.yaml$/, '');
    const full = await open(doc, `${base}-full`);
    const paged = await open(doc, `${base}-paged`, 1400, { pagedFrom: 0, pageSize: 1_000_000 });
    try {
      const want = await tableRows(full.page);
      expect(want.flat().length).toBeGreaterThan(0);
      expect(await tableRows(paged.page)).toEqual(want);
      expect(await paged.page.isVisible('#nojs')).toBe(false);
      expect(paged.problems).toEqual([]);
      expect(paged.requests).toEqual([]);
    } finally {
      await full.close();
      await paged.close();
    }
  });

  describe('a plan of 10,000 activities', () => {
    const N = 10_000;
    const doc = bigDoc(N);
    const items = flatten(doc);
    const dated = items.filter((f) => timingOf(f, doc).type !== 'none').map((f) => f.path);
    const undated = items.filter((f) => timingOf(f, doc).type === 'none').map((f) => f.path);
    const paths = (page: Page) => page.$$eval('tr[data-path]', (trs) => trs.filter((t) => (t as HTMLElement).checkVisibility()).map((t) => t.getAttribute('data-path')!));

    it('loads with a bounded number of elements, finds a deep activity by its words, pages to the last one', async () => {
      const { page, problems, requests, close } = await open(doc, 'big-10k');
      try {
        expect(problems).toEqual([]);
        expect(requests).toEqual([]);
        expect(await page.textContent('#shown')).toBe(`Показано ${N} из ${N}`);
        // one page of each of the two tables, not 10,000 rows
        expect(await paths(page)).toEqual([...dated.slice(0, PAGE_SIZE), ...undated.slice(0, PAGE_SIZE)]);
        expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
        await page.screenshot({ path: join(SHOTS, 'big-10k.png') });

        // words, in another case and with е for ё, find the one activity deep in the list
        const deep = items[N - 7]!.path;
        await page.fill('#q', 'елочная  ГИРЛЯНДА');
        await page.waitForFunction(() => document.getElementById('shown')!.textContent === 'Показано 1 из 10000');
        expect(await paths(page)).toEqual([deep]);
        expect(await page.textContent('#print-filter')).toContain('елочная');
        await page.fill('#q', 'нет такого текста');
        await page.waitForFunction(() => document.getElementById('shown')!.textContent === 'Показано 0 из 10000');
        expect(await page.$$eval('p.nomatch', (ps) => ps.every((p) => (p as HTMLElement).checkVisibility()))).toBe(true);
        await page.fill('#q', '');
        await page.waitForFunction(() => document.getElementById('shown')!.textContent === 'Показано 10000 из 10000');

        // the last page of each table ends with its last activity; a page number goes there too
        const pagers = page.locator('nav.pager');
        expect(await pagers.count()).toBe(2);
        await pagers.nth(0).locator('[data-go=last]').click();
        await pagers.nth(1).locator('[data-go=last]').click();
        const lastDated = dated.slice(Math.floor((dated.length - 1) / PAGE_SIZE) * PAGE_SIZE);
        const lastUndated = undated.slice(Math.floor((undated.length - 1) / PAGE_SIZE) * PAGE_SIZE);
        expect(await paths(page)).toEqual([...lastDated, ...lastUndated]);
        await pagers.nth(0).locator('input').fill('3');
        await pagers.nth(0).locator('input').press('Enter');
        expect((await paths(page)).slice(0, PAGE_SIZE)).toEqual(dated.slice(2 * PAGE_SIZE, 3 * PAGE_SIZE));
        // a section heading opens every page, for the rows that continue it
        expect(await page.$eval('table.tl tbody tr', (tr) => tr.hasAttribute('data-section'))).toBe(true);

        // the party filter goes through the index too
        await page.click('button[data-none]');
        expect(await paths(page)).toEqual([]);
        expect(await page.textContent('#shown')).toBe(`Показано 0 из ${N}`);
        await page.click('button[data-all]');
        expect(await page.textContent('#shown')).toBe(`Показано ${N} из ${N}`);
        // a click still opens an activity drawn by the script
        const first = page.locator('tr[data-path]').first();
        await first.locator('.t').click();
        expect(await first.getAttribute('class')).toContain('open');
      } finally {
        await close();
      }
    }, 120_000);

    it('without JavaScript shows the first page of each table and says how to see the rest', async () => {
      const { page, close } = await open(doc, 'big-10k-nojs', 1400, {}, false);
      try {
        expect(await page.isVisible('#nojs')).toBe(true);
        expect(await page.textContent('#nojs')).toContain('10000 мероприятий');
        expect(await paths(page)).toEqual([...dated.slice(0, PAGE_SIZE), ...undated.slice(0, PAGE_SIZE)]);
        expect(await page.isVisible('#filter')).toBe(false);
      } finally {
        await close();
      }
    }, 120_000);
  });
});
