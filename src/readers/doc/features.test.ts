import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Block } from '../../document/types.js';
import { readDocx } from '../docx/index.js';
import { readDoc } from './index.js';

/**
 * fixtures/doc/features/fields.{doc,docx}: one small page saved both ways by LibreOffice
 * (fixtures/scripts/make-doc.mjs), with what the orders do not show: a hyperlink field, a
 * footnote, a picture and a table nested in a cell.
 */

const withoutPlaces = (blocks: Block[]): unknown => JSON.parse(JSON.stringify(blocks, (k, v: unknown) => (k === 'source' ? undefined : v)));

test('a .doc with fields, a footnote, a picture and a nested table reads as its .docx does', async () => {
  const doc = await readDoc(readFileSync('fixtures/doc/features/fields.doc'), 'fields.doc');
  const docx = await readDocx(readFileSync('fixtures/doc/features/fields.docx'), 'fields.docx');
  expect(withoutPlaces(doc.value!.blocks)).toEqual(withoutPlaces(docx.value!.blocks));
  const texts = doc.value!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
  // the field's result is shown, not its instruction
  expect(texts).toContain('Смотрите сайт министерства для подробностей.');
  expect(texts.join('\n')).not.toMatch(/HYPERLINK|example\.org/);
  // the footnote follows the body, not mixed into it
  expect(texts[texts.length - 1]).toBe('[1] Текст сноски.');
  expect(doc.diagnostics.map((d) => d.code).sort()).toEqual(['doc/images-ignored', 'doc/nested-table']);
});

/**
 * fixtures/doc/features/notes.{doc,docx}: fixtures/doc/src/notes.fodt saved both ways, with
 * two footnotes and an endnote between them, a comment and a text box.
 */
test('endnotes follow the body with the footnotes in reference order; a text box follows its paragraph; a comment is reported', async () => {
  const doc = await readDoc(readFileSync('fixtures/doc/features/notes.doc'), 'notes.doc');
  const docx = await readDocx(readFileSync('fixtures/doc/features/notes.docx'), 'notes.docx');
  expect(withoutPlaces(doc.value!.blocks)).toEqual(withoutPlaces(docx.value!.blocks));
  const texts = doc.value!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
  expect(texts).toEqual([
    'ПРИКАЗ',
    'Текст со сноской и концевой сноской после них.',
    'Второе предложение с примечанием в конце.',
    'Абзац с надписью: после надписи.',
    'Текст в надписи.',
    'Конец.',
    '[1] Текст сноски.',
    '[2] Текст концевой сноски.',
    '[3] Вторая сноска.',
  ]);
  // the comment is not mixed into the text, and not lost without a word; the text box is no picture
  expect(texts.join('\n')).not.toContain('рецензента');
  expect(doc.diagnostics.map((d) => d.code)).toEqual(['doc/comments-ignored']);
});
