import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../pipeline/convert.js';
import { serialize } from '../write/serialize.js';
import { validateText } from './validate.js';

const SEEDS = readdirSync('fixtures/txt')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `fixtures/txt/${f}`);

describe('the roadmaps convert writes for the seeds', () => {
  it.each(SEEDS)('%s passes the schema, as YAML and as JSON', async (seed) => {
    const doc = (await convertFile(seed)).value;
    expect(doc).not.toBeNull();
    for (const format of ['yaml', 'json'] as const) {
      const found = validateText(serialize(doc!, format), `seed.${format}`, format).findings;
      expect(found.filter((f) => /^(schema|yaml|input|document)\//.test(f.ruleId))).toEqual([]);
      for (const f of found) expect(f.range, `${f.ruleId} has a place`).toBeDefined();
    }
  });

  it('finds the duplicate number the order itself has (6.6 twice in 000)', async () => {
    const doc = (await convertFile('fixtures/txt/000_72fc9603205c0c49.txt')).value!;
    const found = validateText(serialize(doc, 'yaml'), 'seed.yaml').findings.filter((f) => f.ruleId === 'item/duplicate-number');
    expect(found.map((f) => f.message)).toEqual(['the number 6.6 is already used by the 6th item of this list']);
  });
});
