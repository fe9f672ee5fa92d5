/**
 * Who is responsible, as written ("raw") and split into parties.
 * The splitter lives in src/normalize/responsible/.
 */
export type PartyKind = 'organization' | 'unit' | 'role' | 'person';

export interface Party {
  name: string;
  kind: PartyKind;
  /** For an abbreviation: what it stands for. */
  expansion?: string;
  /** Where the expansion came from: the document's own glossary or the built-in dictionary. */
  expansionSource?: 'glossary' | 'builtin';
}

export interface Responsible {
  raw: string;
  parties: Party[];
}
