import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { convertBytes } from '../src/pipeline/convert.js';
import { readTxt } from '../src/readers/txt/index.js';

/**
 * Whatever text comes in, the pipeline answers with a schema-valid roadmap (convertBytes
 * checks the schema and throws on a miss, which would fail here) or a clear refusal — an
 * error diagnostic and no value. It never throws.
 */
const RUNS = Number(process.env.FC_RUNS ?? 150);
const seeds = readdirSync('fixtures/txt').map((f) => readFileSync(`fixtures/txt/${f}`, 'utf8'));

const pieces = fc.constantFrom(
  '\t', '\n', '\n\n', '1.', '1.1.', '<p>', '</p>', '<ul style="list-style-type: none"> • ', '<i>', '**', 'ПРИКАЗ', 'П Р И К А З',
  'от 01.12.2020 № 607', 'УТВЕРЖДАЮ', 'Приложение № 2', 'Примечание:', 'ОО – общеобразовательные организации', '№ п/п\tМероприятие\tСрок\tОтветственный',
  'до 31.02.2021', 'март', 'постоянно', 'МОУО ПРШ', 'Дорожная карта на 2021-2023 годы', '(далее – ПРШ)', '«', '»', '-', ' ', 'x',
);
const documentish = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((a) => a.join(''));

/** Lines of a real seed, mutated: dropped, repeated, shuffled locally, cut, with tabs added or removed. */
const mutatedSeed = fc
  .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 })), { maxLength: 30 }))
  .map(([i, edits]) => {
    const lines = seeds[i]!.split('\n');
    for (const [at, op] of edits) {
      const k = at % Math.max(lines.length, 1);
      if (op === 0) lines.splice(k, 1);
      else if (op === 1) lines.splice(k, 0, lines[k] ?? '');
      else if (op === 2) lines[k] = (lines[k] ?? '').replace(/\t/, '');
      else if (op === 3) lines[k] = `\t${lines[k] ?? ''}`;
      else lines[k] = (lines[k] ?? '').slice(0, Math.floor((lines[k] ?? '').length / 2));
    }
    return lines.join('\n');
  });

async function answersClearly(text: string): Promise<void> {
  const r = await convertBytes(new TextEncoder().encode(text), 'prop.txt');
  if (r.value === null) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  else expect(r.value.schemaVersion).toBe('1.0');
}

describe('the pipeline on any text', () => {
  it('never throws on arbitrary strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), answersClearly), { numRuns: RUNS });
  });
  it('never throws on document-like fragments', async () => {
    await fc.assert(fc.asyncProperty(documentish, answersClearly), { numRuns: RUNS });
  });
  it('never throws on mutated real orders', async () => {
    await fc.assert(fc.asyncProperty(mutatedSeed, answersClearly), { numRuns: Math.ceil(RUNS / 3) });
  });
});

describe('the text reader on any bytes', () => {
  it('never throws, and every block points at a line of the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const r = await readTxt(bytes, 'x.txt');
        if (!r.value) return void expect(r.diagnostics.length).toBeGreaterThan(0);
        const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length + 1;
        for (const b of r.value.blocks) expect(b.source.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
