// Big plans for the scaling run, made by replicating the activity rows of a real fixture
// (fixtures/txt/101_plan-school-gia.txt): its header and table head, then S sections of
// `per` activities, the fixture's rows in turn, renumbered "s.i". Written as the text
// reader's layout (.txt) and as a Word table (.docx); PDF is the .docx printed by LibreOffice.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const FIXTURE = 'fixtures/txt/101_plan-school-gia.txt';

/** The fixture's parts: the text before its table, the head row's cells, its activity rows' cells. */
export function fixtureRows(path = FIXTURE) {
  const chunks = readFileSync(path, 'utf8').split(/\n\s*\n/);
  const rows = chunks.filter((c) => c.startsWith('\t')).map((c) => c.split(/\n\t/).map((x) => x.replace(/^\t/, '')));
  const first = chunks.findIndex((c) => c.startsWith('\t'));
  const head = rows[0];
  const items = rows.slice(1).filter((r) => r.length === head.length && r[1].trim() !== '');
  return { preamble: chunks.slice(0, first), head, items };
}

/** The plan as rows: { section } or { cells }. */
export function* planRows(activities, per = 10) {
  const { items } = fixtureRows();
  const sections = Math.ceil(activities / per);
  let n = 0;
  for (let s = 1; s <= sections && n < activities; s++) {
    yield { section: `${s}. Раздел ${s}: ${items[s % items.length][1].split('\n')[0].slice(0, 60)}` };
    for (let i = 1; i <= per && n < activities; i++, n++) {
      const [, ...rest] = items[n % items.length];
      yield { cells: [`${s}.${i}`, ...rest] };
    }
  }
}

export function planTxt(activities, per) {
  const { preamble, head } = fixtureRows();
  const out = [...preamble, head.map((c) => `\t${c}`).join('\n')];
  for (const r of planRows(activities, per)) out.push(r.section ? `\t${r.section}` : r.cells.map((c) => `\t${c}`).join('\n'));
  return `${out.join('\n\n')}\n`;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text) => `<w:p>${text.split('\n').map((t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('<w:r><w:br/></w:r>')}</w:p>`;
const cell = (text, span) => `<w:tc>${span ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${text.split('\n').map(para).join('')}</w:tc>`;

export function planDocx(activities, per) {
  const { preamble, head } = fixtureRows();
  const body = [...preamble.flatMap((p) => p.split('\n')).map(para)];
  body.push('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>');
  body.push(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${head.map((c) => cell(c)).join('')}</w:tr>`);
  for (const r of planRows(activities, per)) body.push(r.section ? `<w:tr>${cell(r.section, head.length)}</w:tr>` : `<w:tr>${r.cells.map((c) => cell(c)).join('')}</w:tr>`);
  body.push('</w:tbl>', para(''));
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body.join('')}</w:body></w:document>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  });
}

// node bench/plan.mjs txt|docx ACTIVITIES [PER] > FILE
if (import.meta.url === `file://${process.argv[1]}`) {
  const [format, n, per] = process.argv.slice(2);
  const data = format === 'docx' ? planDocx(Number(n), Number(per ?? 10)) : planTxt(Number(n), Number(per ?? 10));
  process.stdout.write(data);
}
