import { describe, expect, it } from 'vitest';
import { convertBytes } from '../src/pipeline/convert.js';
import { buildDocx, cell, para, row, table } from '../src/readers/docx/test-support.js';

/** A trap of Word plans: the deadline heading spans two columns over a second header row. */
describe('a header split over two rows, end to end from a .docx', () => {
  it('names the columns and joins the deadline halves into one span', async () => {
    const bytes = buildDocx({
      body:
        para('План мероприятий на 2021 год') +
        table([
          row([cell('№', { vMerge: 'restart' }), cell('Мероприятие', { vMerge: 'restart' }), cell('Срок', { span: 2 }), cell('Ответственный', { vMerge: 'restart' })], { header: true }),
          row([cell('', { vMerge: 'continue' }), cell('', { vMerge: 'continue' }), cell('начало'), cell('окончание'), cell('', { vMerge: 'continue' })], { header: true }),
          row([cell('1'), cell('Совещание'), cell('01.02.2021'), cell('31.03.2021'), cell('ОО')]),
        ]),
    });
    const r = await convertBytes(bytes, 'plan.docx');
    const rm = r.value!.roadmaps[0]!;
    expect(rm.columns).toEqual(['№', 'Мероприятие', 'Срок: начало', 'Срок: окончание', 'Ответственный']);
    expect(rm.items[0]).toMatchObject({
      number: '1',
      text: 'Совещание',
      deadline: { raw: '01.02.2021 – 31.03.2021', kind: 'range', start: '2021-02-01', end: '2021-03-31' },
      responsible: { raw: 'ОО' },
    });
  });
});
