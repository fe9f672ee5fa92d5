/**
 * The document's own short names, looked up the way they are written in a cell: case,
 * "ё", quotes and spaces do not matter ("ГЦ ШМС" finds "ГЦШМС", "Ресурсный центр" finds
 * "ресурсный центр").
 */
import type { GlossaryEntry } from '../../model/roadmap.js';
import { normalizeWord, tokenize } from './tokenize.js';

export function glossaryKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„\s]/gu, '');
}

export class Glossary {
  private readonly byKey = new Map<string, GlossaryEntry>();
  /** Names of two or more words, as word sequences, longest first: they are matched in a cell as one name. */
  readonly phrases: { words: string[]; entry: GlossaryEntry }[] = [];

  constructor(entries: readonly GlossaryEntry[]) {
    for (const entry of entries) {
      const key = glossaryKey(entry.abbreviation);
      if (!key || this.byKey.has(key)) continue; // the first definition wins
      this.byKey.set(key, entry);
      const words = tokenize(entry.abbreviation)
        .filter((t) => t.kind !== 'sep')
        .map((t) => (t.word || normalizeWord(t.text)));
      if (words.length > 1) this.phrases.push({ words, entry });
    }
    this.phrases.sort((a, b) => b.words.length - a.words.length);
  }

  lookup(name: string): GlossaryEntry | undefined {
    const key = glossaryKey(name);
    return key ? this.byKey.get(key) : undefined;
  }
}
