import { expect, it } from 'vitest';
import { readTxt } from '../readers/txt/index.js';
import { recognizeDocument } from './document.js';

it('a plan with no № column takes the number typed at the start of the activity, with or without a space after its dot', async () => {
  const text = [
    'ПЛАН МЕРОПРИЯТИЙ',
    '',
    'Мероприятия\tСрок\tОтветственный',
    '1. Провести совещание\tсентябрь\tИванов И.И.',
    '2.Провести тарификацию\tоктябрь\tПетров П.П.',
    '',
  ].join('\n');
  const doc = await readTxt(new TextEncoder().encode(text), 't.txt');
  const r = recognizeDocument(doc.value!);
  const items = r.value.roadmaps[0]?.items ?? [];
  expect(items.map((i) => [i.number, i.text])).toEqual([
    ['1', 'Провести совещание'],
    ['2', 'Провести тарификацию'],
  ]);
});
