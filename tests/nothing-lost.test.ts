import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertBytes, readDocument } from '../src/index.js';
import type { Block } from '../src/document/types.js';

/**
 * "Nothing is silently lost", checked over every fixture in every format: each word of
 * each paragraph and table cell the reader produced turns up somewhere in the roadmap
 * (any field), or its paragraph is reported as unplaced by a diagnostic at its line.
 * Words are compared, not strings, because the model reshapes text on purpose (lists split
 * out of cells, a cut row's halves joined, numbers normalized).
 */

const WORD = /[\p{L}\p{N}]{3,}/gu;
const words = (s: string): string[] => (s.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? []);

/**
 * Words recognizers consume by design: the stamp's and the appendix's own words, the
 * enacting word, the headings of glossary notes and of a roadmap's goal and results (their
 * content is kept), and the month names and "г" suffixes of dates the model holds as ISO dates.
 */
const STRUCTURAL = new Set(
  (
    'утверждаю утвержден утверждена утверждено утверждены утвержденный утвержденная утв приказом распоряжением постановлением решением ' +
    'приложение приказываю постановляю постановляет распоряжаюсь обязываю ' +
    'примечание примечания сокращения сокращений используемые используемых принятые принятых условные условных список перечень расшифровка ' +
    'цель цели ожидаемые результаты ' +
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря года'
  ).split(' '),
);
const isDateToken = (w: string): boolean => /^\d{4}г$/.test(w);

function allStrings(node: unknown, out: string[]): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) allStrings(n, out);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== 'diagnostics') allStrings(v, out), out.push(k);
  return out;
}

interface Piece {
  text: string;
  /** Where the reader says it is; a text/unplaced diagnostic points at the same place. */
  at: string;
}

function pieces(blocks: Block[]): Piece[] {
  const out: Piece[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push({ text: b.text, at: JSON.stringify(b.source) });
    else for (const r of b.rows) for (const c of r.cells) if (!c.mergedFromAbove) out.push({ text: c.text, at: JSON.stringify(c.source) });
  }
  return out;
}

/** A word broken at a line end ("обла-" / "сти") is kept joined: its halves are the ends of the text. */
function brokenHalves(text: string): string[] {
  const ws = words(text);
  const out: string[] = [];
  if (/-\s*$/.test(text) && ws.length) out.push(ws[ws.length - 1]!);
  const first = ws[0];
  if (first && /^\s*[а-яё]/.test(text) && text.trimStart().toLowerCase().replace(/ё/g, 'е').startsWith(first)) out.push(first);
  return out;
}

const fixtures = ['txt', 'docx', 'pdf'].flatMap((format) =>
  readdirSync(`fixtures/${format}`)
    .filter((f) => f.endsWith(`.${format}`))
    .map((f) => `fixtures/${format}/${f}`),
);

describe('nothing is silently lost', () => {
  it.each(fixtures)('%s: every word the reader read is in the roadmap or reported', async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const read = await readDocument(bytes, file);
    const converted = await convertBytes(bytes, file);
    const doc = converted.value!;
    const placed = new Set(words(allStrings(doc, []).join(' ')));
    const reported = new Set(converted.diagnostics.filter((d) => d.code === 'text/unplaced').map((d) => JSON.stringify(d.location)));
    const placedList = [...placed];
    const lost: string[] = [];
    for (const t of pieces(read.value!.blocks)) {
      if (reported.has(t.at)) continue;
      const halves = brokenHalves(t.text);
      const isHalf = (w: string): boolean => halves.includes(w) && placedList.some((p) => p.length > w.length && (p.startsWith(w) || p.endsWith(w)));
      const missing = words(t.text).filter((w) => !placed.has(w) && !STRUCTURAL.has(w) && !isDateToken(w) && !isHalf(w));
      if (missing.length) lost.push(`${t.at}: ${missing.join(' ')} (in "${t.text.slice(0, 80)}")`);
    }
    expect(lost).toEqual([]);
  });
});
