/**
 * Fast paths of the cell parsers in normalize.ts for the cells nearly every row has: plain numbers
 * ("26.5", "1234") and a count followed by a unit word ("300人次"). Each returns the same value the
 * full parser would, without result objects or slices; anything else (−1 / null) goes to the full
 * parser, which reports problems.
 */
import type { MoneyUnit } from '../normalize.ts';

export const UNIT_TO_WAN: Record<MoneyUnit, number> = { yuan: 1e-4, wan: 1, yi: 1e4 };

/** Rounds to 6 decimals to undo binary noise from unit conversion (0.01 元 precision in 万元). */
export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const PLAIN_NUMBER = /^\d{1,12}(?:\.\d{1,6})?$/u;

/**
 * The amount in 万元 of a plain number ("26.5", "300") of at most 12 integer and 6 decimal digits
 * (always exact), not approximate; −1 for anything else (blank, unit words, 约…, long numbers),
 * which then needs parseAmount.
 */
export function plainAmount(raw: string, defaultUnit: MoneyUnit): number {
  if (!PLAIN_NUMBER.test(raw)) return -1;
  const wan = round6(Number(raw) * UNIT_TO_WAN[defaultUnit]);
  return wan <= MAX_WAN ? wan : -1; // parseAmount says why it is too large
}

/** Money in 万元 is kept to 0.01 元 (six decimals): beyond this it could not be exact. */
export const MAX_WAN = Math.floor(Number.MAX_SAFE_INTEGER / 1e6);

export const COUNT_UNITS = new Set(['人次', '人', '户', '名', '家', '个', '所', '辆', '台', '副', '次', '例', '座']);

/** The one-character unit words by character code, and the two-character ones (人次). */
const UNIT_BY_CODE = new Map([...COUNT_UNITS].filter((u) => u.length === 1).map((u) => [u.charCodeAt(0), u] as const));
const TWO_CHAR_UNITS = [...COUNT_UNITS].filter((u) => u.length === 2);

/**
 * The unit word that is exactly `raw.slice(from)`, as a shared string (no slice is made), or null
 * when the rest of the cell is not one of COUNT_UNITS.
 */
export function countUnitFrom(raw: string, from: number): string | null {
  const n = raw.length - from;
  if (n === 1) return UNIT_BY_CODE.get(raw.charCodeAt(from)) ?? null;
  if (n === 2) {
    for (const u of TWO_CHAR_UNITS) if (raw.charCodeAt(from) === u.charCodeAt(0) && raw.charCodeAt(from + 1) === u.charCodeAt(1)) return u;
  }
  return null;
}

/** How many ASCII digits `raw` starts with. */
export function leadingDigits(raw: string): number {
  let k = 0;
  while (k < raw.length && raw.charCodeAt(k) >= 0x30 && raw.charCodeAt(k) <= 0x39) k++;
  return k;
}

/** The integer written by the first `k` characters of `raw`, all ASCII digits; exact for k ≤ 15 (< 2^53). */
export function digitsValue(raw: string, k: number): number {
  let v = 0;
  for (let i = 0; i < k; i++) v = v * 10 + (raw.charCodeAt(i) - 0x30);
  return v;
}
