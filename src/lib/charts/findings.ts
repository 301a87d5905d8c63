/**
 * Chart titles that state the finding, generated from the data: "健康领域项目最多（8 个）".
 * Pure; deterministic (ties keep category order).
 */
import { formatValue } from './options.ts';

/** Tied categories a title names; more are counted ("教育等 4 个领域…"). */
const MAX_TIES_NAMED = 3;

/** "{top}{suffix}{measure}最多（value）", or a plain fallback when no value is known. */
export function topFinding(
  categories: readonly string[],
  values: readonly (number | null)[],
  /** `group`: what a category is, for counted ties ("教育等 4 个领域"); default the suffix, else 类别. */
  o: { measure: string; unit: string; suffix?: string; group?: string; fallback: string },
): string {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > (values[best] as number))) best = i;
  });
  if (best < 0) return o.fallback;
  const ties = values.filter((v) => v === values[best]).length;
  const name = categories[best] ?? '';
  const value = formatValue(values[best] as number, o.unit);
  if (ties === 1) return `${name}${o.suffix ?? ''}${o.measure}最多（${value}）`;
  // ties named when few ("教育、产业项目并列最多（各 2 个）"), else counted
  const tied = categories.filter((_, i) => values[i] === values[best]);
  return ties <= MAX_TIES_NAMED
    ? `${tied.join('、')}${o.suffix ?? ''}${o.measure}并列最多（各 ${value}）`
    : `${name}等 ${ties} 个${o.group ?? o.suffix ?? '类别'}的${o.measure}并列最多（各 ${value}）`;
}

/**
 * The flows chart's finding, ties stated as ties: "北京市 → 西藏自治区的项目最多（7 个）",
 * "北京市 → 西藏自治区、新疆维吾尔自治区的项目并列最多（各 7 个）", or with several origins
 * "北京市 → 西藏自治区等 3 条流向的项目并列最多（各 7 个）".
 */
export function flowFinding(
  top: readonly { from: string; to: string; projectIds: readonly string[] }[],
  name: (code: string) => string,
): string {
  const first = top[0]!;
  const n = first.projectIds.length;
  if (top.length === 1) return `${name(first.from)} → ${name(first.to)}的项目最多（${n} 个）`;
  if (top.every((f) => f.from === first.from))
    return `${name(first.from)} → ${top.map((f) => name(f.to)).join('、')}的项目并列最多（各 ${n} 个）`;
  return `${name(first.from)} → ${name(first.to)}等 ${top.length} 条流向的项目并列最多（各 ${n} 个）`;
}
