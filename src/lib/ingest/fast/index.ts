/**
 * The million-row machinery, behind one boundary: accepted projects kept in columns (ProjectStore),
 * the duplicate-id table (IdTable), content hashes for derived ids, the fast paths of the number
 * parsers and the memo caches of repeated cells. Each is tested on its own (tests/unit/ingest/fast/)
 * against the plain definition it stands in for; why each exists, with the measurements, is in
 * ARCHITECTURE.md ("keep") and the output of `npm run bench:data`.
 */
export { ProjectStore } from './projectStore.ts';
export { IdTable } from './idTable.ts';
export { ContentHash, flatCopy, shortHash } from './hash.ts';
export { countUnitFrom, digitsValue, leadingDigits, plainAmount } from './numbers.ts';
export { memoVocab, regionListCache } from './memo.ts';
