import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertBytes } from '../pipeline/convert.js';
import type { Section } from '../model/roadmap.js';

/**
 * Any number of sections and activities: every activity reaches the roadmap, once, under its
 * section, whatever the section's number (a plan of 150 sections once lost sections 100 and
 * up, whose numbers had three digits, to the generic tables).
 */

type Layout = 'row' | 'paragraph' | 'razdel' | 'number-cell';

/** A plan in the text reader's cell-per-line layout; each section's title is written the `layout` way. */
function plan(sizes: number[], layout: Layout): string {
  const out = ['ПРИКАЗ', '01.09.2024 № 12', 'Об утверждении плана мероприятий', 'ПЛАН МЕРОПРИЯТИЙ', '\t№\n\tМероприятие\n\tСрок\n\tОтветственный'];
  sizes.forEach((n, s0) => {
    const s = s0 + 1;
    if (layout === 'row') out.push(`\t${s}. Раздел плана ${s}`);
    else if (layout === 'paragraph') out.push(`${s}. Раздел плана ${s}`);
    else if (layout === 'razdel') out.push(`\tРаздел ${s}. Работа по направлению ${s}`);
    else out.push(`\t${s}.\n\tРаздел плана ${s}\n\t\n\t`);
    for (let i = 1; i <= n; i++) out.push(`\t${s}.${i}.\n\tМероприятие ${s}-${i}\n\tдо 25.06.2025\n\tЗаместитель директора`);
  });
  return `${out.join('\n\n')}\n`;
}

function items(sections: Section[], into: { section: string | null; text: string }[] = []): { section: string | null; text: string }[] {
  for (const s of sections) {
    for (const i of s.items) into.push({ section: s.number, text: i.text });
    items(s.sections, into);
  }
  return into;
}

describe('sections of any number', () => {
  it('every activity reaches the roadmap exactly once, under its numbered section', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 250 }).chain((n) => fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n })),
        fc.constantFrom<Layout>('row', 'paragraph', 'razdel', 'number-cell'),
        async (sizes, layout) => {
          const r = await convertBytes(new TextEncoder().encode(plan(sizes, layout)), 'plan.txt');
          const doc = r.value!;
          expect(doc.tables).toEqual([]);
          expect(doc.roadmaps).toHaveLength(1);
          const expected = sizes.flatMap((n, s) => Array.from({ length: n }, (_, i) => ({ section: String(s + 1), text: `Мероприятие ${s + 1}-${i + 1}` })));
          expect(items(doc.roadmaps[0]!.sections)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps a plan of 150 sections whole, sections 100 and up included', async () => {
    const sizes = Array.from({ length: 150 }, () => 2);
    for (const layout of ['row', 'paragraph', 'razdel', 'number-cell'] as const) {
      const doc = (await convertBytes(new TextEncoder().encode(plan(sizes, layout)), 'plan.txt')).value!;
      const got = items(doc.roadmaps[0]!.sections);
      expect(got, layout).toHaveLength(300);
      expect(got[299], layout).toEqual({ section: '150', text: 'Мероприятие 150-2' });
    }
  });
});
