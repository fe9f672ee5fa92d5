/**
 * The extra style and the script of a paged html report (a plan above PAGED_FROM activities,
 * see html.ts). The rows are data in a JSON blob (#prikaz-data); the script draws one page of
 * each table at a time with the same elements the static page has, and filters through an
 * index built once at load: each row's words lower-cased (ё read as е) and its party ids.
 * A filter or a page turn costs one pass over the index and the drawing of at most a page,
 * whatever the size of the plan.
 */
export const HTML_PAGED_STYLE = `
.filter .search { margin: 0 0 8px; clear: both; }
.filter .search input { font: inherit; width: 100%; max-width: 44em; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; }
.nojs { border-left: 4px solid var(--c1); background: #fdf6ec; padding: 8px 12px; margin: 0 0 18px; font-size: 13.5px; }
.pager { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0 4px; font-size: 13px; }
.pager button { font: inherit; border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: 2px 10px; cursor: pointer; color: var(--ink); }
.pager button:disabled { opacity: .45; cursor: default; }
.pager input { font: inherit; width: 5em; padding: 1px 4px; }
.pager output { color: var(--muted); margin-left: 8px; }
@media print {
  .nojs { display: none; }
  .pager button, .pager label { display: none; }
}
`;

export const HTML_PAGED_SCRIPT = `
(function () {
  'use strict';
  var blob = document.getElementById('prikaz-data');
  var form = document.getElementById('filter');
  if (!blob || !form) return;
  var data = JSON.parse(blob.textContent);
  var PAGE = data.page, sections = data.sections;
  document.getElementById('nojs').hidden = true;
  form.hidden = false;
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
  var query = document.getElementById('q');
  var shown = document.getElementById('shown');
  var printNote = document.getElementById('print-filter');
  var total = 0;

  function fold(s) { return s.toLowerCase().replace(/ё/g, 'е'); }
  function plural(n, one, few, many) {
    var n10 = n % 10, n100 = n % 100;
    return n + ' ' + (n10 === 1 && n100 !== 11 ? one : n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14) ? few : many);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function em(text) { return el('em', '', text); }

  // the same elements as timelineRow / undatedRow in html.ts, attribute for attribute
  function row(it, cols) {
    var tr = el('tr', 'item c' + it[11]);
    tr.setAttribute('data-path', it[0]);
    tr.setAttribute('data-parties', it[10]);
    tr.appendChild(el('td', 'num', it[1]));
    var what = el('td', 'what');
    var t = el('div', 't');
    t.setAttribute('title', it[2]);
    t.textContent = it[2];
    what.appendChild(t);
    if (it[3]) {
      var ul = el('ul');
      it[3].forEach(function (l) { ul.appendChild(el('li', '', l)); });
      what.appendChild(ul);
      what.appendChild(el('div', 'more', '+ ' + plural(it[3].length, 'пункт', 'пункта', 'пунктов')));
    }
    var who = el('div', 'who');
    if (it[4]) who.textContent = it[4]; else who.appendChild(em('ответственные не указаны'));
    what.appendChild(who);
    if (it[5]) what.appendChild(el('div', 'res', 'Результат: ' + it[5]));
    tr.appendChild(what);
    var when = el('td', 'when');
    if (it[6]) when.appendChild(document.createTextNode(it[6])); else when.appendChild(em('не указан'));
    if (it[7]) when.appendChild(el('div', 'raw', it[7]));
    tr.appendChild(when);
    if (cols === 4) {
      var track = el('td', 'track');
      track.appendChild(el('div', 'grid'));
      it[8].forEach(function (m) {
        var s = el('span', m[0]);
        s.setAttribute('style', m[1]);
        s.setAttribute('title', it[9]);
        track.appendChild(s);
      });
      tr.appendChild(track);
    }
    return tr;
  }
  function heading(i, cols) {
    var s = sections[i];
    var tr = el('tr', 'sec d' + s[2] + ' c' + s[3]);
    tr.setAttribute('data-section', s[0]);
    var th = el('th', '', s[1]);
    th.setAttribute('colspan', String(cols));
    tr.appendChild(th);
    return tr;
  }

  var lists = data.lists.map(function (d, n) {
    var table = document.querySelector('table[data-list="' + n + '"]');
    var box = table.closest('.scroll') || table;
    var nomatch = box.nextElementSibling;
    var pager = nomatch.nextElementSibling;
    var L = {
      d: d, body: table.tBodies[0], nomatch: nomatch, pager: pager, page: 0, match: [],
      words: d.items.map(function (it) {
        return fold([it[1], it[2], it[3] ? it[3].join(' ') : '', it[4], it[5], it[6], it[7]].join(' '));
      }),
      parties: d.items.map(function (it) { return it[10].split(' '); }),
    };
    total += d.items.length;
    L.body.addEventListener('click', function (e) {
      var tr = e.target.closest('tr.item');
      if (!tr || (window.getSelection && String(window.getSelection()).length)) return;
      tr.classList.toggle('open');
    });
    pager.hidden = false;
    pager.addEventListener('click', function (e) {
      var go = e.target.getAttribute && e.target.getAttribute('data-go');
      var last = Math.max(0, Math.ceil(L.match.length / PAGE) - 1);
      if (go === 'first') L.page = 0;
      else if (go === 'prev') L.page = Math.max(0, L.page - 1);
      else if (go === 'next') L.page = Math.min(last, L.page + 1);
      else if (go === 'last') L.page = last;
      else return;
      draw(L);
    });
    pager.addEventListener('change', function (e) {
      if (e.target.getAttribute('data-go') !== 'page') return;
      var last = Math.max(0, Math.ceil(L.match.length / PAGE) - 1);
      L.page = Math.max(0, Math.min(last, (parseInt(e.target.value, 10) || 1) - 1));
      draw(L);
    });
    return L;
  });

  function draw(L) {
    var cols = L.d.cols, items = L.d.items, frag = document.createDocumentFragment(), previous = [];
    var from = L.page * PAGE, to = Math.min(L.match.length, from + PAGE);
    for (var n = from; n < to; n++) {
      var it = items[L.match[n]], chain = it[12], k = 0;
      while (k < chain.length && chain[k] === previous[k]) k++;
      for (; k < chain.length; k++) frag.appendChild(heading(chain[k], cols));
      previous = chain;
      frag.appendChild(row(it, cols));
    }
    L.body.textContent = '';
    L.body.appendChild(frag);
    var pages = Math.max(1, Math.ceil(L.match.length / PAGE));
    L.nomatch.hidden = L.match.length > 0;
    L.pager.hidden = pages < 2;
    L.pager.querySelector('[data-pages]').textContent = String(pages);
    L.pager.querySelector('input').value = String(L.page + 1);
    L.pager.querySelector('input').max = String(pages);
    L.pager.querySelector('[data-go=first]').disabled = L.pager.querySelector('[data-go=prev]').disabled = L.page === 0;
    L.pager.querySelector('[data-go=next]').disabled = L.pager.querySelector('[data-go=last]').disabled = L.page >= pages - 1;
    L.pager.querySelector('[data-range]').textContent = L.match.length ? 'строки ' + (from + 1) + '–' + to + ' из ' + L.match.length : '';
  }

  function apply() {
    var on = {}, names = [];
    boxes.forEach(function (b) { if (b.checked) { on[b.value] = true; names.push(b.getAttribute('data-name')); } });
    var terms = fold(query ? query.value : '').split(/\\s+/).filter(Boolean);
    var count = 0;
    lists.forEach(function (L) {
      var match = [];
      for (var i = 0; i < L.words.length; i++) {
        var ids = L.parties[i], ok = false;
        for (var j = 0; j < ids.length && !ok; j++) ok = on[ids[j]] === true;
        for (var t = 0; t < terms.length && ok; t++) ok = L.words[i].indexOf(terms[t]) >= 0;
        if (ok) match.push(i);
      }
      L.match = match;
      L.page = 0;
      count += match.length;
      draw(L);
    });
    shown.textContent = 'Показано ' + count + ' из ' + total;
    var notes = [];
    if (names.length !== boxes.length) notes.push('Показаны мероприятия с ответственными: ' + (names.join('; ') || 'никто не выбран'));
    if (terms.length) notes.push('Поиск: «' + query.value.trim() + '»');
    printNote.textContent = notes.join('. ');
  }

  var timer = 0;
  form.addEventListener('change', function (e) { if (e.target !== query) apply(); });
  if (query) query.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.querySelector('[data-all]').addEventListener('click', function () { boxes.forEach(function (b) { b.checked = true; }); apply(); });
  form.querySelector('[data-none]').addEventListener('click', function () { boxes.forEach(function (b) { b.checked = false; }); apply(); });
  apply();
})();
`;
