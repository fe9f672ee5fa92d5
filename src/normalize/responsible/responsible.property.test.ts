import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../../model/roadmap.js';
import { checkPartyNames, parseResponsible } from './index.js';

const GLOSSARY: GlossaryEntry[] = [
  { abbreviation: 'ОО', expansion: 'Общеобразовательные организации' },
  { abbreviation: 'Западное управление', expansion: 'Западное управление министерства образования и науки Самарской области' },
  { abbreviation: 'ГЦ ШМС', expansion: 'городской центр школьной методической службы' },
];

/** Pieces real cells are made of, so that random strings look like them often enough to matter. */
const PIECES = [
  'ОО', 'МОУО', 'ПРШ', 'ДО', 'МОО', 'МБОУ', 'ГЦ', 'ШМС', 'УОи', 'МП', 'ИДЦ', 'УМО', '«ГЦРО»', '«Чистовская СШ»', '«',
  '»', '"', '“', '„', '(', ')', '(по согласованию)', ',', ';', '\n', '\r\n', ' ', '  ', '\t', 'и', 'И', 'руководители',
  'члены', 'муниципальной', 'муниципальная', 'команда', 'команды', 'окружные', 'группы', 'риска', 'Западное',
  'управление', 'Ресурсный', 'центр', 'Ильина', 'Е.А.', 'Е.', 'П.', 'Сереброва', 'зав.', 'им.', 'г.', 'Самарской',
  'области', '№', '5', '27', '-', '–', '•', '.', ':', 'Точки', 'роста', 'привлечение', 'ё', 'Ё', '\u00a0', '\u200b',
  'é', 'e\u0301', '😀', '\ud800', 'abc', 'ABC', 'Иванова', 'Елена', 'Александровна',
];

const cellLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const cellLikeSpaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(' '));
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  cellLike,
  cellLikeSpaced,
);
const glossaries = fc.constantFrom<GlossaryEntry[]>([], GLOSSARY);

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

describe('parseResponsible (properties)', () => {
  test('never throws and returns the raw string unchanged', () => {
    fc.assert(
      fc.property(anyString, glossaries, (raw, glossary) => {
        const r = parseResponsible(raw, { glossary, location: { file: 'x.txt', line: 1 } });
        expect(r.value.raw).toBe(raw);
        for (const d of r.diagnostics) expect(d.code.startsWith('responsible/')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('every party has a non-empty name made of the input words', () => {
    fc.assert(
      fc.property(anyString, glossaries, (raw, glossary) => {
        const input = squash(raw);
        for (const p of parseResponsible(raw, { glossary }).value.parties) {
          expect(p.name.trim()).not.toBe('');
          expect(p.name).toBe(squash(p.name));
          for (const word of p.name.split(' ')) {
            expect(input).toContain(word);
          }
          expect(['organization', 'unit', 'role', 'person']).toContain(p.kind);
          expect(p.expansion === undefined).toBe(p.expansionSource === undefined);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('no party is lost: every run of letters lands in some party (a dropped "и" and a closing "(далее – X)" aside)', () => {
    fc.assert(
      fc.property(anyString, glossaries, (raw, glossary) => {
        const parties = parseResponsible(raw, { glossary }).value.parties;
        const written = parties.map((p) => p.name).join(' | ');
        // a definition closing a party's name goes to the glossary, not into the name
        const kept = raw.replace(/\(\s*далее\s*[–—-]?[^)]*\)/gi, ' ');
        for (const run of kept.match(/\p{L}+/gu) ?? []) {
          if (run === 'и') continue;
          expect(written).toContain(run);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('the empty cell and blank cells name nobody', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\s,;.\-–•]*$/), (raw) => {
        expect(parseResponsible(raw, { glossary: [] }).value.parties).toEqual([]);
      }),
    );
  });
});

describe('checkPartyNames (properties)', () => {
  test('never throws, and warns only about names that were used', () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 12 }), glossaries, (cells, glossary) => {
        const uses = cells.flatMap((raw, i) =>
          parseResponsible(raw, { glossary }).value.parties.map((party) => ({ party, location: { file: 'x.txt', line: i + 1 } })),
        );
        const found = checkPartyNames(uses, glossary);
        for (const d of found) {
          expect(d.code).toBe('responsible/near-miss');
          expect(d.severity).toBe('warning');
          expect(uses.some((u) => d.message.includes(`"${u.party.name}"`))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
