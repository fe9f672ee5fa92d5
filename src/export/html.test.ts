import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { flatten, partyNames } from './flatten.js';
import { esc, exportHtml, PAGE_SIZE, PAGED_FROM } from './html.js';
import { bigDoc, goldenNames, loadGolden, sampleDoc } from './test-support.js';
import { timingOf } from './timing.js';

/** Structure and safety without a browser; html.browser.test.ts loads the page in Chromium. */
describe('exportHtml', () => {
  it('is one self-contained Russian page: no external resource, a CSP that forbids fetching, a print stylesheet', () => {
    const html = exportHtml(sampleDoc());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'`);
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4 landscape;');
    const root = parse(html);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of ['src', 'href', 'srcset', 'action', 'poster', 'data', 'background', 'formaction']) expect(el.getAttribute(attr), `${el.tagName} ${attr}`).toBeUndefined();
    }
    expect(root.querySelectorAll('link, iframe, object, embed, img, base, video, audio, source')).toHaveLength(0);
    expect(root.querySelector('style')!.text).not.toMatch(/url\(|@import/i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
  });

  it('escapes every text from the document, in content and in attributes', () => {
    const html = exportHtml(sampleDoc());
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Школа</b>');
    expect(html).toContain('Об утверждении «дорожной карты» &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; и &#39;апостроф&#39;');
    expect(html).toContain('data-name="&lt;b&gt;Школа&lt;/b&gt;"');
    expect(html).toContain('data-name="Управление &quot;А&quot;"');
    expect(html).toContain('МИНИСТЕРСТВО &lt;ТЕСТА&gt; &amp; КО');
    const root = parse(html);
    expect(root.querySelectorAll('script')).toHaveLength(1);
    expect(root.querySelectorAll('img, b')).toHaveLength(0);
    expect(root.querySelector('title')?.text).toBe('Об утверждении «дорожной карты» <script>alert(1)</script>');
  });

  it('esc() escapes the five HTML-special characters', () => {
    expect(esc('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it.each([...goldenNames(), 'sample'])('%s: every activity once: dated ones on the timeline, the others listed apart', (name) => {
    const doc = name === 'sample' ? sampleDoc() : loadGolden(name);
    const root = parse(exportHtml(doc));
    const items = flatten(doc);
    const rows = root.querySelectorAll('tr[data-path]');
    expect(rows.map((r) => r.getAttribute('data-path'))).toEqual(
      // timeline rows of a roadmap come before its undated ones
      doc.roadmaps.flatMap((_, r) => {
        const mine = items.filter((f) => f.roadmapIndex === r);
        const isDated = (f: (typeof items)[number]) => timingOf(f, doc).type !== 'none';
        return [...mine.filter(isDated), ...mine.filter((f) => !isDated(f))].map((f) => f.path);
      }),
    );
    for (const f of items) {
      const row = rows.find((r) => r.getAttribute('data-path') === f.path)!;
      const dated = timingOf(f, doc).type !== 'none';
      expect(row.closest('table')?.classList.contains(dated ? 'tl' : 'plain')).toBe(true);
      expect(row.querySelector('.t')?.text.replace(/\s+/g, ' ')).toBe(f.item.text.replace(/\s+/g, ' '));
      const marks = row.querySelectorAll('.bar, .mark');
      if (dated) expect(marks.length).toBeGreaterThan(0);
      else expect(marks).toHaveLength(0);
    }
  });

  it.each([...goldenNames(), 'sample'])('%s: a checkbox per responsible party, and each row names its parties', (name) => {
    const doc = name === 'sample' ? sampleDoc() : loadGolden(name);
    const root = parse(exportHtml(doc));
    const items = flatten(doc);
    const boxes = root.querySelectorAll('#filter input[type=checkbox]');
    const names = new Set(items.flatMap((f) => partyNames(f.item)));
    const noParty = items.some((f) => partyNames(f.item).length === 0);
    expect(boxes).toHaveLength(names.size + (noParty ? 1 : 0));
    const idOf = new Map(boxes.map((b) => [b.getAttribute('data-name'), b.getAttribute('value')]));
    for (const f of items) {
      const row = root.querySelectorAll('tr[data-path]').find((r) => r.getAttribute('data-path') === f.path)!;
      const expected = partyNames(f.item).map((n) => idOf.get(n));
      expect(row.getAttribute('data-parties')!.split(' ')).toEqual(expected.length ? expected : ['p-none']);
    }
  });

  it('places bars on the axis from the deadline dates', () => {
    const root = parse(exportHtml(sampleDoc()));
    const row = (path: string) => root.querySelectorAll('tr[data-path]').find((r) => r.getAttribute('data-path') === path)!;
    const left = (el: { getAttribute: (k: string) => string | undefined }) => Number(/left:([\d.]+)%/.exec(el.getAttribute('style')!)![1]);
    const width = (el: { getAttribute: (k: string) => string | undefined }) => Number(/width:([\d.]+)%/.exec(el.getAttribute('style')!)![1]);
    // the axis runs over whole months: 2021-01-01 .. 2022-12-31 (the period), 730 days, on 97% of the track
    const range = row('/roadmaps/0/sections/0/items/1').querySelector('.bar')!; // 2021-03-01 .. 2021-05-31
    expect(left(range)).toBeCloseTo(1.5 + (59 / 730) * 97, 2);
    expect(width(range)).toBeCloseTo((92 / 730) * 97, 2);
    expect(row('/roadmaps/0/sections/0/items/0').querySelector('.mark.due')).not.toBeNull();
    expect(row('/roadmaps/0/sections/1/items/0').querySelectorAll('.mark')).toHaveLength(2);
    expect(row('/roadmaps/0/sections/1/items/2').querySelector('.bar.open')).not.toBeNull();
    expect(row('/roadmaps/0/sections/0/sections/0/items/0').querySelectorAll('.bar.rec')).toHaveLength(1);
    // "сентябрь – октябрь ежегодно" over 2021-2022: the named months of each year
    const yearly = row('/roadmaps/0/sections/0/sections/0/items/1').querySelectorAll('.bar.rec');
    expect(yearly).toHaveLength(4);
    expect(left(yearly[0]!)).toBeCloseTo(1.5 + (243 / 730) * 97, 2); // 2021-09-01
    expect(width(yearly[1]!)).toBeCloseTo((31 / 730) * 97, 2); // October
    const labels = root.querySelectorAll('th.axis .y').map((y) => y.text);
    expect(labels).toEqual(['2021', '2022']);
  });

  it('a roadmap without any date says so and lists everything apart', () => {
    const root = parse(exportHtml(loadGolden('001_9a5414332806af39.roadmap.yaml')));
    expect(root.querySelector('table.tl')).toBeNull();
    expect(root.querySelector('p.empty')?.text).toContain('нет дат');
    expect(root.querySelectorAll('table.plain tr[data-path]')).toHaveLength(78);
  });
  it(`a plan over ${PAGED_FROM} activities is paged: its rows are one JSON blob, and only a first page is HTML`, () => {
    const doc = bigDoc(PAGED_FROM + 1);
    const html = exportHtml(doc);
    const root = parse(html);
    const items = flatten(doc);
    expect(root.querySelectorAll('tr[data-path]').length).toBeLessThanOrEqual(2 * PAGE_SIZE);
    expect(root.querySelector('#nojs')?.text).toContain(`${PAGED_FROM + 1} мероприятие`);
    const blob = root.querySelector('script#prikaz-data')!;
    expect(blob.getAttribute('type')).toBe('application/json');
    const data = JSON.parse(blob.text) as { page: number; lists: { items: string[][] }[] };
    expect(data.page).toBe(PAGE_SIZE);
    expect(new Set(data.lists.flatMap((l) => l.items.map((it) => it[0])))).toEqual(new Set(items.map((f) => f.path)));
    // the one executable script, and a blob no text can break out of
    expect(root.querySelectorAll('script:not([type])')).toHaveLength(1);
    expect(blob.text).not.toContain('<');
    expect(data.lists.flatMap((l) => l.items.map((it) => it[2])).some((t) => t?.includes('<img src=x'))).toBe(true);
    // at the threshold the page is still whole
    const whole = parse(exportHtml(bigDoc(PAGED_FROM)));
    expect(whole.querySelectorAll('tr[data-path]')).toHaveLength(PAGED_FROM);
    expect(whole.querySelector('#prikaz-data')).toBeNull();
  });
});
