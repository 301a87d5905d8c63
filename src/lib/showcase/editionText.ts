/** Text of frozen edition figures (<Stat>, the edition's figure list). Pure. */
import type { EditionSnapshot, EditionStatName } from '../schema/edition.ts';
import { formatCount } from '../format.ts';
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
  if (s.known === 0) return `${of} 个项目均未报告`;
  return `${of} 个项目中 ${s.known} 个有数${s.approximate > 0 ? `，${s.approximate} 个为约数` : ''}`;
}
