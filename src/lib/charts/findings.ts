/**
 * Chart titles that state the finding, generated from the data: "健康领域项目最多（8 个）".
 * Pure; deterministic (ties keep category order).
 */
import { formatValue } from './options.ts';

/** "{top}{suffix}{measure}最多（value）", or a plain fallback when no value is known. */
export function topFinding(
  categories: readonly string[],
  values: readonly (number | null)[],
  o: { measure: string; unit: string; suffix?: string; fallback: string },
): string {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > (values[best] as number))) best = i;
  });
  if (best < 0) return o.fallback;
  const ties = values.filter((v) => v === values[best]).length;
  const name = categories[best] ?? '';
  return ties > 1
    ? `${name}等 ${ties} 项${o.measure}并列最多（${formatValue(values[best] as number, o.unit)}）`
    : `${name}${o.suffix ?? ''}${o.measure}最多（${formatValue(values[best] as number, o.unit)}）`;
}
