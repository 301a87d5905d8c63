/**
 * Cell normalizers: text as clerks type it → typed values. Each returns either a value or a
 * problem with a Chinese explanation; none throws. "Unknown" markers (empty, —, /, 无, 不详, 暂无)
 * become null, never 0.
 */

import { qualifierOf, type Qualifier } from '../schema/vocab.ts';
import { countUnitFrom, digitsValue, leadingDigits, MAX_WAN, plainAmount, round6, UNIT_TO_WAN } from './fast/numbers.ts';

export { MAX_WAN };

/** Full-width ASCII (！-～), the ideographic space and common Chinese punctuation → half-width. */
const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000\u3002]/u;

export function toHalfWidth(s: string): string {
  if (!NEEDS_HALF_WIDTH.test(s)) return s; // fast path: most cells have nothing to convert
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x3001) out += '、';
    else if (c === 0x3002) out += '.';
    else out += s[i];
  }
  return out;
}

/** Trims and collapses inner whitespace (including full-width and no-break spaces) to one space. */
const ANY_SPACE = /[\s\u3000\u00a0\ufeff]/u;

export function cleanText(s: string): string {
  if (!ANY_SPACE.test(s)) return s; // fast path: nothing to collapse or trim
  return s.replace(/[\s\u3000\u00a0\ufeff]+/gu, ' ').trim();
}

const UNKNOWN = new Set(['', '-', '--', '—', '——', '/', '\\', '无', '不详', '暂无', '未知', '空', 'n/a', 'na', 'null', '#n/a']);

/** True when a cell means "no value": empty or an explicit unknown marker. */
export function isBlank(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  const c0 = s.charCodeAt(0);
  if (c0 >= 0x30 && c0 <= 0x39) return false; // starts with a digit: a value
  // every unknown marker is at most 4 characters once trimmed
  if (n > 4 && !ANY_SPACE.test(s)) return false;
  return UNKNOWN.has(cleanText(toHalfWidth(s)).toLowerCase());
}

/**
 * `isBlank(s) ? null : cleanText(s)`, looking for spaces once instead of twice: a cell without
 * spaces (nearly all) is its own cleaned text, and is blank only if it is a short unknown marker.
 */
export function cleanOrNull(s: string): string | null {
  const n = s.length;
  if (n === 0) return null;
  if (ANY_SPACE.test(s)) return isBlank(s) ? null : cleanText(s);
  const c0 = s.charCodeAt(0);
  if (n > 4 || (c0 >= 0x30 && c0 <= 0x39)) return s;
  return UNKNOWN.has(toHalfWidth(s).toLowerCase()) ? null : s; // as isBlank: no spaces to clean
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The result for a blank cell, shared: most optional columns are blank or absent on most rows, and
 * one object fewer per blank cell is fewer young-generation collections at a million rows.
 * Frozen, so that no caller can change it for the others.
 */
const NO_VALUE: { readonly ok: true; readonly value: null } = Object.freeze({ ok: true, value: null });

/** An amount in 万元 with its approximate flag and the qualifier as the cell writes it (余、约 …). */
export interface Amount {
  wan: number;
  approximate: boolean;
  qualifier: Qualifier | null;
}

/** The unit a header declares for money columns. */
export type MoneyUnit = 'yuan' | 'wan' | 'yi';

const AMOUNT_RE =
  /^(约|近|超过|超|逾|大约|共计|累计|合计|计)?([0-9]+(?:\.[0-9]+)?)(余|多|\+)?(亿|万)?(余|多)?(元|人民币)?(余|多|\+|以上|左右)?$/u;

/**
 * Where the digits of a number are grouped, every group after the first has three digits
 * ("1,200", "１，２００"); "1,2,3" is a mistyped number or a list, not 123. Decimals are never grouped.
 */
function misgrouped(s: string): boolean {
  if (!/[,，]/u.test(s)) return false;
  for (const m of s.matchAll(/[0-9][0-9,，]*/gu)) {
    const run = m[0].replace(/[,，]+$/u, '');
    if (!/[,，]/u.test(run)) continue;
    const decimals = m.index > 0 && s[m.index - 1] === '.';
    if (decimals || !/^[0-9]{1,3}(?:[,，][0-9]{3})+$/u.test(run)) return true;
  }
  return false;
}

/**
 * Parses a money cell into 万元. Accepts thousands separators, full-width digits, a unit in the
 * cell (元 / 万元 / 亿元, overriding the header's `defaultUnit`) and approximate markers
 * (约、近、超过、余、多、+、以上、左右). Returns null for unknown.
 * Examples: "26.5" (万元 header) → 26.5; "800余万元" → 800 approx; "约21.88亿元" → 218800 approx;
 * "300,000元" → 30.
 */
export function parseAmount(raw: string, defaultUnit: MoneyUnit = 'wan'): Parsed<Amount | null> {
  const plain = plainAmount(raw, defaultUnit);
  if (plain >= 0) return { ok: true, value: { wan: plain, approximate: false, qualifier: null } }; // fast path
  if (isBlank(raw)) return NO_VALUE;
  const spaced = toHalfWidth(raw).replace(/\s/gu, '');
  if (misgrouped(spaced)) return { ok: false, reason: '数字的千位分隔不对（应每三位一个逗号，如“1,200”）' };
  const s = spaced.replace(/[,，]/gu, '').replace(/^[¥￥]/u, '');
  const m = AMOUNT_RE.exec(s);
  if (!m) return { ok: false, reason: '不是金额' };
  const n = Number(m[2]);
  const big = m[4];
  const yuanMark = m[6] !== undefined;
  let factor: number;
  if (big === '亿') factor = UNIT_TO_WAN.yi;
  else if (big === '万') factor = UNIT_TO_WAN.wan;
  else if (yuanMark) factor = UNIT_TO_WAN.yuan;
  else factor = UNIT_TO_WAN[defaultUnit];
  const qualifier = qualifierOf(m[1]) ?? qualifierOf(m[3] ?? m[5] ?? m[7]);
  const approximate = qualifier !== null;
  const wan = round6(n * factor);
  if (!Number.isFinite(wan) || wan > MAX_WAN) return { ok: false, reason: `金额超出可处理的范围（最多 ${MAX_WAN} 万元）` };
  return { ok: true, value: { wan, approximate, qualifier } };
}

/** A count (people, households, projects) with its approximate flag and the unit written in the cell. */
export interface CountValue {
  value: number;
  approximate: boolean;
  /** The qualifier as the cell writes it (多、近 …), or null. */
  qualifier: Qualifier | null;
  /** Unit word found in the cell (人, 人次, 户, 名, 家, 个 …), if any. */
  unit: string | null;
}

const COUNT_RE =
  /^(约|近|超过|超|逾|大约|共|累计)?([0-9]+(?:\.[0-9]+)?)(余|多|\+)?(万)?(余|多)?(人次|人|户|名|家|个|所|辆|台|副|次|例|座)?(余|多|\+|以上|左右)?$/u;

/**
 * Parses a count cell: "4000多人" → 4000 approx 人; "1.5万户" → 15000 户; "280多万人次" → 2,800,000
 * approx 人次; "1,160" → 1160. A fractional result (e.g. "2.5人") is a problem.
 */
export function parseCount(raw: string): Parsed<CountValue | null> {
  // fast path: ASCII digits, optionally followed by a unit word ("1234", "300人次")
  const k = leadingDigits(raw);
  if (k > 0 && k <= 15) {
    if (k === raw.length) return { ok: true, value: { value: digitsValue(raw, k), approximate: false, qualifier: null, unit: null } };
    const unit = countUnitFrom(raw, k);
    if (unit !== null) return { ok: true, value: { value: digitsValue(raw, k), approximate: false, qualifier: null, unit } };
  }
  if (isBlank(raw)) return NO_VALUE;
  const spaced = toHalfWidth(raw).replace(/\s/gu, '');
  if (misgrouped(spaced)) return { ok: false, reason: '数字的千位分隔不对（应每三位一个逗号，如“1,200”）' };
  const s = spaced.replace(/[,，]/gu, '');
  const m = COUNT_RE.exec(s);
  if (!m) return { ok: false, reason: '不是数量' };
  const value = Math.round(Number(m[2]) * (m[4] ? 1e4 : 1) * 1e6) / 1e6;
  if (!Number.isSafeInteger(value) && Number.isInteger(value))
    return { ok: false, reason: `数量超出可处理的范围（最多 ${Number.MAX_SAFE_INTEGER}）` };
  if (!Number.isInteger(value)) return { ok: false, reason: Number.isFinite(value) ? '数量应为整数' : '数量超出可处理的范围' };
  const qualifier = qualifierOf(m[1]) ?? qualifierOf(m[3] ?? m[5] ?? m[7]);
  return { ok: true, value: { value, approximate: qualifier !== null, qualifier, unit: m[6] ?? null } };
}

/**
 * Parses a date as precise as written: "2022年5月" → "2022-05"; "2022/5/7", "2022.5.7",
 * "2022-05-07" → "2022-05-07"; "2022" or "2022年" → "2022". An Excel date (a JS Date from an XLSX
 * cell) is passed as ISO text by the XLSX reader.
 */
export function parseDate(raw: string): Parsed<string | null> {
  if (isBlank(raw)) return NO_VALUE;
  const s = toHalfWidth(raw).replace(/\s/gu, '');
  const m = /^(\d{4})(?:[年\-/.](\d{1,2})(?:[月\-/.](\d{1,2})日?|月)?)?年?(?:T.*)?$/u.exec(s);
  if (!m) return { ok: false, reason: '不是日期' };
  const y = m[1]!;
  if (m[2] === undefined) return { ok: true, value: y };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return { ok: false, reason: '月份应在 1–12 之间' };
  const mm = String(mo).padStart(2, '0');
  if (m[3] === undefined) return { ok: true, value: `${y}-${mm}` };
  const d = Number(m[3]);
  const days = new Date(Date.UTC(Number(y), mo, 0)).getUTCDate();
  if (d < 1 || d > days) return { ok: false, reason: `该月只有 ${days} 天` };
  return { ok: true, value: `${y}-${mm}-${String(d).padStart(2, '0')}` };
}

const FOUR_DIGITS = /^\d{4}$/u;

/** Parses a year: "2022", "2022年", "2022年度". */
export function parseYear(raw: string): Parsed<number | null> {
  // the common cell, "2022", without the half-width and space passes (a 100k-row check reads one per row)
  if (raw.length === 4 && FOUR_DIGITS.test(raw)) return { ok: true, value: Number(raw) };
  if (isBlank(raw)) return NO_VALUE;
  const m = /^(\d{4})(?:年度?)?$/u.exec(toHalfWidth(raw).replace(/\s/gu, ''));
  if (!m) return { ok: false, reason: '年度应为四位数字' };
  return { ok: true, value: Number(m[1]) };
}

const TRUE = new Set(['是', 'true', 'yes', 'y', '1', '√', '✓', '有']);
const FALSE = new Set(['否', 'false', 'no', 'n', '0', '×', '✗', '不是']);

/** Parses a yes/no cell (是/否, true/false, 1/0, √/×); blank is null (unknown). */
export function parseBool(raw: string): Parsed<boolean | null> {
  if (isBlank(raw)) return NO_VALUE;
  const s = cleanText(toHalfWidth(raw)).toLowerCase();
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, reason: '应填“是”或“否”' };
}

/** Splits a multi-valued cell on ; ； 、 and line breaks, dropping empty parts. */
const LIST_SEPARATOR = /[;；、\n]/u;

export function splitList(raw: string): string[] {
  if (!LIST_SEPARATOR.test(raw)) {
    const one = cleanText(raw);
    return one.length > 0 ? [one] : [];
  }
  return raw
    .split(/[;；、\n]/u)
    .map((p) => cleanText(p))
    .filter((p) => p.length > 0);
}

/**
 * Reads the unit a header declares in brackets, e.g. "投入资金(万元)", "投入资金（元）".
 * Returns the header without the bracket and the unit.
 */
export function splitHeaderUnit(header: string): { name: string; unit: MoneyUnit | null } {
  const h = cleanText(toHalfWidth(header)).replace(/\s/gu, '');
  const m = /^(.*?)[([]([^()[\]]*)[)\]]$/u.exec(h);
  if (!m) return { name: h, unit: null };
  const u = m[2]!;
  const unit: MoneyUnit | null = u === '元' ? 'yuan' : u === '万元' || u === '万' ? 'wan' : u === '亿元' || u === '亿' ? 'yi' : null;
  return { name: unit ? m[1]! : h, unit };
}
