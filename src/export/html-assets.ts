/**
 * The style and script of the html report, inlined into the page (it must open with no
 * network). Kept apart from html.ts so that the page's structure reads on its own.
 * The script only filters: the page is complete and readable without it.
 */
export const HTML_STYLE = `
:root {
  --ink: #1d2330; --muted: #5b6472; --line: #d9dee6; --soft: #f4f6f9; --accent: #2456a6;
  --c0: #2f6fd0; --c1: #d9822b; --c2: #2e9e6a; --c3: #b8478f; --c4: #7957c8; --c5: #c0453a; --c6: #1f9aa8; --c7: #8a7a24;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 14px/1.45 "Segoe UI", "PT Sans", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
}
.page { max-width: 1500px; margin: 0 auto; padding: 24px 28px 40px; }
header.doc { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 18px; }
header.doc .authority { margin: 0; text-transform: uppercase; letter-spacing: .04em; font-size: 12px; color: var(--muted); font-weight: 600; }
header.doc .act { margin: 6px 0 0; font-weight: 600; }
header.doc h1 { margin: 6px 0 8px; font-size: 22px; line-height: 1.3; font-weight: 700; }
header.doc p.meta { margin: 2px 0; color: var(--muted); font-size: 13px; }
.filter { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin: 0 0 18px; box-shadow: 0 2px 8px rgba(20,30,50,.06); }
.filter fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.filter legend { float: left; font-weight: 600; margin: 3px 12px 0 0; padding: 0; }
.filter .actions { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
.filter button { font: inherit; font-size: 13px; border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: 2px 10px; cursor: pointer; color: var(--ink); }
.filter button:hover { border-color: var(--accent); }
.filter output { margin-left: auto; color: var(--muted); font-size: 13px; }
.parties { clear: both; display: flex; flex-wrap: wrap; gap: 6px; max-height: 12em; overflow: auto; }
.parties label { display: inline-flex; align-items: center; gap: 5px; border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px 2px 6px; font-size: 13px; cursor: pointer; background: #fff; white-space: nowrap; }
.parties label:has(input:checked) { border-color: var(--accent); background: #eaf1fc; }
.parties input { margin: 0; accent-color: var(--accent); }
.parties .n { color: var(--muted); font-size: 12px; }
.print-filter { display: none; }
section.roadmap { margin-bottom: 36px; }
section.roadmap > h2 { font-size: 19px; margin: 8px 0 8px; line-height: 1.3; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0 0 12px; font-size: 13.5px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
dl.facts ul { margin: 0; padding-left: 18px; }
.summary { color: var(--muted); margin: 4px 0 10px; font-size: 13px; }
h3 { font-size: 16px; margin: 18px 0 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; font-size: 12.5px; color: var(--muted); margin: 0 0 8px; }
.legend > span { display: inline-flex; align-items: center; gap: 6px; }
.legend i { position: relative; display: inline-block; width: 28px; height: 10px; }
.legend i .bar, .legend i .mark { top: 50%; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; }
table.tl { table-layout: fixed; }
table.tl col.num { width: 4.2em; }
table.tl col.what { width: 34%; }
table.tl col.when { width: 10.5em; }
table.tl thead th { position: sticky; top: 0; background: #fff; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--ink); padding: 4px 6px; z-index: 2; }
table.tl td { border-bottom: 1px solid var(--line); padding: 6px 6px; }
tr.sec th { background: var(--soft); font-size: 13.5px; padding: 7px 8px; border-bottom: 1px solid var(--line); border-left: 4px solid var(--sc, var(--accent)); }
tr.sec.d1 th { padding-left: 22px; font-weight: 600; background: #fafbfc; }
tr.sec.d2 th, tr.sec.d3 th { padding-left: 36px; font-weight: 600; background: #fff; }
td.num { font-variant-numeric: tabular-nums; color: var(--muted); white-space: nowrap; }
td.what .t { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
tr.open td.what .t { display: block; }
td.what ul { margin: 2px 0 0; padding-left: 18px; font-size: 13px; }
tr:not(.open) td.what ul { display: none; }
td.what .more { font-size: 12px; color: var(--accent); }
tr.open td.what .more { display: none; }
td.what .who { margin-top: 3px; font-size: 12px; color: var(--muted); }
td.what .res { margin-top: 2px; font-size: 12px; color: var(--muted); }
tr:not(.open) td.what .res { display: none; }
tr.item { cursor: pointer; }
tr.item:hover td { background: #fbfcfe; }
td.when { font-size: 12.5px; }
td.when .raw { color: var(--muted); font-size: 12px; }
th.axis { position: relative; height: 40px; padding: 0 !important; }
.axis .y, .axis .m { position: absolute; white-space: nowrap; transform: translateX(2px); }
.axis .y { top: 3px; font-weight: 700; color: var(--ink); }
.axis .m { top: 21px; font-weight: 400; font-size: 11px; }
td.track { position: relative; padding: 0 !important; }
.grid { position: absolute; inset: 0; pointer-events: none; }
.bar, .mark { position: absolute; top: 16px; }
.bar { height: 12px; margin-top: -6px; border-radius: 4px; background: var(--bc); min-width: 5px; box-shadow: inset 0 0 0 1px rgba(0,0,0,.08); }
.bar.open { border-radius: 4px 0 0 4px; -webkit-mask-image: linear-gradient(to right, #000 55%, transparent); mask-image: linear-gradient(to right, #000 55%, transparent); }
.bar.rec { background: repeating-linear-gradient(135deg, transparent 0 5px, rgba(255,255,255,.6) 5px 9px), var(--bc); }
.mark { width: 12px; height: 12px; margin: -6px 0 0 -6px; background: var(--bc); transform: rotate(45deg); border-radius: 2px; box-shadow: 0 0 0 2px #fff; }
.mark.due { background: #fff; box-shadow: inset 0 0 0 3px var(--bc); }
.c0 { --bc: var(--c0); --sc: var(--c0); } .c1 { --bc: var(--c1); --sc: var(--c1); } .c2 { --bc: var(--c2); --sc: var(--c2); } .c3 { --bc: var(--c3); --sc: var(--c3); }
.c4 { --bc: var(--c4); --sc: var(--c4); } .c5 { --bc: var(--c5); --sc: var(--c5); } .c6 { --bc: var(--c6); --sc: var(--c6); } .c7 { --bc: var(--c7); --sc: var(--c7); }
table.plain thead th { font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--ink); padding: 4px 6px; }
table.plain td { border-bottom: 1px solid var(--line); padding: 6px; }
table.plain col.num { width: 4.2em; } table.plain col.when { width: 16em; }
.empty { color: var(--muted); font-style: italic; }
.nomatch { color: var(--muted); font-style: italic; margin: 6px 0; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 800px) {
  .page { padding: 14px; }
  header.doc h1 { font-size: 19px; }
  .scroll { overflow-x: auto; }
  table.tl { min-width: 860px; }
  table.tl thead th { position: relative; }
}
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  .page { max-width: none; padding: 0; }
  .filter { display: none !important; }
  .print-filter:not(:empty) { display: block; font-size: 9pt; margin: 0 0 8px; }
  table.tl thead th { position: relative; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  tr.sec { break-after: avoid; page-break-after: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  td.what .t { display: block; }
  td.what ul, td.what .res { display: block !important; }
  td.what .more { display: none; }
  tr.item:hover td { background: none; }
  footer { font-size: 8pt; }
}
`;

export const HTML_SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-parties]'));
  rows.forEach(function (row) {
    row.addEventListener('click', function (e) {
      if (window.getSelection && String(window.getSelection()).length) return;
      row.classList.toggle('open');
    });
  });
  if (!form) return;
  form.hidden = false;
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('tr[data-section]'));
  var tables = Array.prototype.slice.call(document.querySelectorAll('table[data-items]'));
  var shown = document.getElementById('shown');
  var printNote = document.getElementById('print-filter');
  // an index built once: each row's parties, its table and the sections it lies in, so that a
  // click costs one pass over the rows (not a pass per section: slow on a plan of 50,000)
  var info = rows.map(function (row) {
    var t = tables.indexOf(row.closest('table'));
    var path = row.getAttribute('data-path'), keys = [], re = /\\/sections\\/\\d+/g, m;
    while ((m = re.exec(path))) keys.push(t + '|' + path.slice(0, m.index + m[0].length));
    return { row: row, ids: row.getAttribute('data-parties').split(' '), table: t, keys: keys };
  });
  var secKeys = sections.map(function (sec) { return tables.indexOf(sec.closest('table')) + '|' + sec.getAttribute('data-section'); });
  function apply() {
    var on = {}, names = [];
    boxes.forEach(function (b) { if (b.checked) { on[b.value] = true; names.push(b.getAttribute('data-name')); } });
    var count = 0, open = {}, anyIn = {};
    info.forEach(function (r) {
      var visible = r.ids.some(function (id) { return on[id]; });
      if (r.row.hidden === visible) r.row.hidden = !visible;
      if (!visible) return;
      count++;
      anyIn[r.table] = true;
      for (var k = 0; k < r.keys.length; k++) open[r.keys[k]] = true;
    });
    sections.forEach(function (sec, i) { sec.hidden = !open[secKeys[i]]; });
    tables.forEach(function (t, i) {
      var msg = (t.closest('.scroll') || t).nextElementSibling;
      if (msg && msg.classList.contains('nomatch')) msg.hidden = !!anyIn[i];
    });
    shown.textContent = 'Показано ' + count + ' из ' + rows.length;
    printNote.textContent = names.length === boxes.length ? '' : 'Показаны мероприятия с ответственными: ' + (names.join('; ') || 'никто не выбран');
  }
  form.addEventListener('change', apply);
  form.querySelector('[data-all]').addEventListener('click', function () { boxes.forEach(function (b) { b.checked = true; }); apply(); });
  form.querySelector('[data-none]').addEventListener('click', function () { boxes.forEach(function (b) { b.checked = false; }); apply(); });
  apply();
})();
`;
