import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertFile } from '../src/pipeline/convert.js';
import { serialize } from '../src/write/serialize.js';

/**
 * Each fixture beside its expected roadmap (tests/golden/NAME.roadmap.yaml). The expected
 * files were reviewed by hand against the source; regenerate them only on purpose with
 * UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts, and read the diff before committing.
 */
const fixtures = readdirSync('fixtures/txt').filter((f) => f.endsWith('.txt')).sort();

describe('golden roadmaps', () => {
  it('has a fixture for every seed', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));

  it.each(fixtures)('%s', async (name) => {
    const result = await convertFile(`fixtures/txt/${name}`);
    expect(result.value).not.toBeNull();
    const actual = serialize(result.value!, 'yaml');
    const golden = `tests/golden/${basename(name, '.txt')}.roadmap.yaml`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
