/** Text of frozen edition figures (<Stat>, the edition's figure list). Pure. */
import type { EditionSnapshot, EditionStatName } from '../schema/edition.ts';
import { formatCount, formatSigned } from '../format.ts';
import type { SumWithCoverage } from '../aggregate/totals.ts';
import { formatMeasure, formatSum, MEASURES } from '../measures.ts';

export const STAT_LABELS: Readonly<Record<EditionStatName, string>> = {
  organizations: MEASURES.organizations.label,
  projects: MEASURES.projects.label,
  fundsPledgedWan: MEASURES.fundsPledgedWan.label,
  fundsInvestedWan: MEASURES.fundsInvestedWan.label,
  beneficiariesPerson: MEASURES.beneficiariesPerson.label,
  beneficiariesHousehold: MEASURES.beneficiariesHousehold.label,
  keyCountiesReached: '项目直达的重点帮扶县',
  provinces: '受援省份',
  campaigns: '开展的行动',
};

const summed = (m: (typeof MEASURES)[keyof typeof MEASURES], s: SumWithCoverage): { text: string; value: number | null } => ({
  text: formatSum(m, s, '未知'),
  value: s.known === 0 ? null : s.sum,
});

/** Text and raw value of one frozen figure. */
export function statText(s: EditionSnapshot, name: EditionStatName): { text: string; value: number | null } {
  const f = s.figures;
  switch (name) {
    case 'organizations':
    case 'projects':
      return { text: formatMeasure(MEASURES[name], f[name]), value: f[name] };
    case 'fundsPledgedWan':
    case 'fundsInvestedWan':
    case 'beneficiariesPerson':
    case 'beneficiariesHousehold':
      return summed(MEASURES[name], f[name]);
    case 'keyCountiesReached':
      return { text: formatCount(f.keyCountiesReached, '个'), value: f.keyCountiesReached };
    case 'provinces':
      return { text: formatCount(f.provinces, '个'), value: f.provinces };
    case 'campaigns':
      return { text: formatCount(f.campaigns, '项'), value: f.campaigns };
    default:
      return { text: '', value: null };
  }
}

/** Coverage note of a frozen sum: "（12 个项目中 4 个有数，3 个为约数）". */
export function coverageNote(s: SumWithCoverage, of: number): string {
  if (s.known === 0) return `${of} 个项目均没有注明属于本年度的数`;
  return `${of} 个项目中 ${s.known} 个有数${s.approximate > 0 ? `，${s.approximate} 个为约数` : ''}`;
}

const SUMS = new Set<EditionStatName>(['fundsPledgedWan', 'fundsInvestedWan', 'beneficiariesPerson', 'beneficiariesHousehold']);
const UNITS: Record<EditionStatName, string> = {
  organizations: MEASURES.organizations.unit,
  projects: MEASURES.projects.unit,
  fundsPledgedWan: MEASURES.fundsPledgedWan.unit,
  fundsInvestedWan: MEASURES.fundsInvestedWan.unit,
  beneficiariesPerson: MEASURES.beneficiariesPerson.unit,
  beneficiariesHousehold: MEASURES.beneficiariesHousehold.unit,
  keyCountiesReached: '个',
  provinces: '个',
  campaigns: '项',
};

/**
 * The change of one figure from the previous edition, or why it cannot be given. Only like with
 * like: both years known, neither a sum that includes an approximate figure (约、余、多 … make a
 * difference meaningless), both sums of amounts dated to their year (the editions count only those,
 * edition.ts). A difference carries its unit; the ratio is left out when the base is 0.
 */
export function yearChange(now: EditionSnapshot, before: EditionSnapshot, name: EditionStatName): { text: string; comparable: boolean } {
  if (SUMS.has(name)) {
    const key = name as 'fundsPledgedWan' | 'fundsInvestedWan' | 'beneficiariesPerson' | 'beneficiariesHousehold';
    const a = now.figures[key];
    const b = before.figures[key];
    if (a.known === 0 || b.known === 0)
      return { text: `不可比：${a.known === 0 ? `${now.year} 年度` : `${before.year} 年度`}没有注明该年度的数`, comparable: false };
    if (a.approximate > 0 || b.approximate > 0) return { text: '不可比：含约数（约、余、多等）', comparable: false };
  }
  const x = statText(now, name).value;
  const y = statText(before, name).value;
  if (x === null || y === null) return { text: '不可比：一年没有数', comparable: false };
  const delta = x - y;
  const unit = UNITS[name];
  const signed = `${formatSigned(delta)}${unit ? ` ${unit}` : ''}`;
  return { text: y === 0 ? signed : `${signed}（${formatSigned(Math.round((delta / y) * 1000) / 10)}%）`, comparable: true };
}
