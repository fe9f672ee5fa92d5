import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, icsText } from './ics-writer.js';

describe('fold (RFC 5545 §3.1)', () => {
  it('keeps every line within 75 octets, splits no character, and unfolds to the same text', () => {
    const unit = fc.oneof(fc.constantFrom('a', ' ', 'я', 'Ё', '€', '😀', '\\', ','), fc.string({ unit: 'grapheme', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${icsText(s)}`;
        const folded = fold(line);
        for (const l of folded.split('\r\n')) {
          expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
          expect(l).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/); // no lone half of a pair
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
