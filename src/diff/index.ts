/** `prikaz diff` as a library: load two sides, diff them, format the changes. */
export { diffDocuments } from './changes.js';
export { loadForDiff, roadmapDocumentOf, type LoadResult } from './load.js';
export { matchEntries, entryOf, pairScore } from './match.js';
export { deadlineShift } from './shift.js';
export { wordDiff } from './words.js';
export { DIFF_FORMATTERS, DIFF_FORMAT_NAMES, type DiffFormatName } from './formatters/index.js';
export type * from './types.js';
