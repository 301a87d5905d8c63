/** Number formatting for Chinese readers. Pure. */
import { BENEFICIARY_UNITS, labelOf, type BeneficiaryUnitId, type Qualifier } from './schema/vocab.ts';
import type { ProjectReport } from './schema/project.ts';

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * "1,234.56": thousands separators and at most `digits` decimals, for Chinese readers. One cached
 * Intl.NumberFormat per precision: every number on every page goes through here.
 */
export function formatNumber(n: number, digits = 2): string {
  // whole numbers, most of those on a page (counts, years, ranks), without Intl: the same text at a
  // tenth of the time; -0 and unsafe integers go to Intl
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return groupDigits(n);
  let f = formatters.get(digits);
  if (f === undefined) formatters.set(digits, (f = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits })));
  return f.format(n);
}

/** A safe integer with its thousands grouped by commas, as Intl.NumberFormat('zh-CN') writes it ("-1,234,567"). */
function groupDigits(n: number): string {
  const text = String(n);
  const start = n < 0 ? 1 : 0;
  if (text.length - start <= 3) return text;
  let out = text.slice(0, start + ((text.length - start) % 3 || 3));
  for (let i = out.length; i < text.length; i += 3) out += `,${text.slice(i, i + 3)}`;
  return out;
}

/** A share 0–1 as "12.5%". */
export function formatPercent(share: number, digits = 1): string {
  return `${formatNumber(share * 100, digits)}%`;
}

/** A difference with its sign: "+1,234", "-12.5". */
export function formatSigned(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/**
 * How a figure is qualified: a source's word as written (约、近、超过、余、多、以上、左右), `true` for
 * a sum that includes approximate figures (written 约), false or null for an exact figure.
 */
export type Approx = boolean | Qualifier | null;

/**
 * A formatted figure ("800 万元", "4,000 人", "280 万 人次") with its qualifier where Chinese writes
 * it: 约、近、超过 before the number ("近 400 人"), 余、多 between the number and its unit ("800 余万元",
 * "280 多万 人次"), 以上、左右 after the unit ("30 亿元以上").
 */
export function qualify(body: string, q: Approx): string {
  if (q === false || q === null) return body;
  const word = q === true ? '约' : q;
  if (word === '约' || word === '近' || word === '超过') return `${word} ${body}`;
  if (word === '以上' || word === '左右') return `${body}${word}`;
  const m = /^(\S+) (.+)$/u.exec(body);
  return m ? `${m[1]} ${word}${m[2]}` : `${body}${word}`;
}

/** "3,089.5 万元" below 1 亿元, "1.05 亿元" from 10,000 万元 up, qualified as written; null → "未知". */
export function formatWan(wan: number | null, approximate: Approx = false): string {
  if (wan === null) return '未知';
  // 9,999.995 and up would print as "10,000 万元" at two decimals: show those in 亿元 too.
  if (Math.abs(wan) >= 9_999.995) return qualify(`${formatNumber(wan / 10_000)} 亿元`, approximate);
  return qualify(`${formatNumber(wan)} 万元`, approximate);
}

/** Integer with thousands separators below 10 万; from 10 万 up shown as "28 万", "280.5 万". */
export function formatCount(n: number | null, unit = ''): string {
  if (n === null) return '未知';
  const body = Math.abs(n) >= 100_000 ? `${formatNumber(n / 10_000)} 万` : formatNumber(n, 3);
  return unit ? `${body} ${unit}` : body;
}

/** Chinese unit word of a beneficiary unit: 人 / 人次 / 户. */
export function beneficiaryUnitLabel(unit: BeneficiaryUnitId): string {
  return labelOf(BENEFICIARY_UNITS, unit);
}

/** "4,000 多人" / "94 户"; `unknown` when the count or its unit is not known. */
export function formatBeneficiaries(value: number | null, unit: BeneficiaryUnitId | null, approximate: Approx, unknown = '未知'): string {
  if (value === null || unit === null) return unknown;
  return qualify(formatCount(value, beneficiaryUnitLabel(unit)), approximate);
}

/** formatWan, with `unknown` (e.g. "—" in table cells) for null. */
export function formatWanOr(wan: number | null, approximate: Approx, unknown: string): string {
  return wan === null ? unknown : formatWan(wan, approximate);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML/XML text or attribute value: escapes & < > " ' (safe inside quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c] ?? c);
}

/** A project's figure that a source may qualify, and the fields holding its flag and its word. */
const QUALIFIED = {
  fundsPledgedWan: ['fundsPledgedApprox', 'fundsPledgedQualifier'],
  fundsInvestedWan: ['fundsInvestedApprox', 'fundsInvestedQualifier'],
  beneficiaries: ['beneficiariesApprox', 'beneficiariesQualifier'],
} as const;

/** How a project's figure is to be written: the source's qualifier (余、近 …), else 约 when it is flagged approximate. */
export function writtenAs(p: Pick<ProjectReport, (typeof QUALIFIED)[keyof typeof QUALIFIED][number]>, key: keyof typeof QUALIFIED): Approx {
  const [flag, word] = QUALIFIED[key];
  return p[word] ?? p[flag];
}

/**
 * When a project ran, for a table's 年度 column: the years of its reports ("2021、2022"), else the
 * start of its period as "2010 起", else "—". One text for the entity pages' tables and the project list.
 */
export function whenText(years: readonly number[], since: string | null): string {
  if (years.length > 0) return years.join('、');
  return since === null ? '—' : `${since} 起`;
}

/**
 * A formatted figure as its leading qualifier ("至少", "约") and the rest, number and unit joined by
 * no-break spaces: a narrow box may wrap after the qualifier, never between number and unit.
 */
export function splitQualifier(text: string): [string | null, string] {
  const m = /^(\p{Script=Han}+) (.+)$/u.exec(text);
  const [q, rest] = m ? [m[1]!, m[2]!] : [null, text];
  return [q, rest.replaceAll(' ', '\u00a0')];
}
