/**
 * Memo caches for the cells that repeat down a column (the same few spellings of a domain, the same
 * region texts). Keys are flat copies (flatCopy): a cell is a slice of the whole file's text, and
 * keys scattered through that text make every later lookup slower.
 */
import type { RegionIndex } from '../../regions.ts';
import { cleanText, isBlank } from '../normalize.ts';
import { vocabMatcher, type VocabEntry } from '../../schema/vocab.ts';
import { flatCopy } from './hash.ts';

const matchers = new WeakMap<readonly VocabEntry[], (t: string) => string | null>();

/**
 * A vocabulary matcher memoized on the raw cell text: null for a blank cell, '' when nothing
 * matches, else the id. Blankness is memoized too (isBlank normalizes the text first).
 */
export function memoVocab(vocab: readonly VocabEntry[]): (t: string) => string | null {
  let m = matchers.get(vocab);
  if (!m) {
    const match = vocabMatcher(vocab);
    const memo = new Map<string, string | null>();
    m = (t) => {
      let v = memo.get(t);
      if (v === undefined) {
        v = isBlank(t) ? null : (match(cleanText(t)) ?? '');
        if (memo.size < 10_000) memo.set(flatCopy(t), v);
      }
      return v;
    };
    matchers.set(vocab, m);
  }
  return m;
}

const regionLists = new WeakMap<RegionIndex, Map<string, unknown>>();

/** The cache of region-list cells (text → what it resolves to) of one region index. */
export function regionListCache<T>(regions: RegionIndex): Map<string, T> {
  let memo = regionLists.get(regions);
  if (!memo) regionLists.set(regions, (memo = new Map()));
  return memo as Map<string, T>;
}
