/** Text of frozen edition figures (<Stat>, the edition's figure list). Pure. */
import type { EditionSnapshot, EditionStatName } from '../schema/edition.ts';
import { formatCount, formatWan } from '../format.ts';
import type { SumWithCoverage } from '../aggregate/totals.ts';

const wanOf = (s: SumWithCoverage): string => (s.known === 0 ? '未知' : formatWan(s.sum, s.approximate > 0));
const countOf = (s: SumWithCoverage, unit: string): string =>
  s.known === 0 ? '未知' : `${s.approximate > 0 ? '约 ' : ''}${formatCount(s.sum, unit)}`;

export const STAT_LABELS: Readonly<Record<EditionStatName, string>> = {
  organizations: '参与社会组织',
  projects: '帮扶项目',
  fundsPledgedWan: '认领/计划资金',
  fundsInvestedWan: '投入/拨付资金',
  beneficiariesPerson: '受益人数',
  beneficiariesHousehold: '受益户数',
  keyCountiesReached: '项目直达的重点帮扶县',
  provinces: '受援省份',
  campaigns: '开展的行动',
};

/** Text and raw value of one frozen figure. */
export function statText(s: EditionSnapshot, name: EditionStatName): { text: string; value: number | null } {
  const f = s.figures;
  switch (name) {
    case 'organizations':
      return { text: formatCount(f.organizations, '家'), value: f.organizations };
    case 'projects':
      return { text: formatCount(f.projects, '个'), value: f.projects };
    case 'fundsPledgedWan':
    case 'fundsInvestedWan':
      return { text: wanOf(f[name]), value: f[name].known === 0 ? null : f[name].sum };
    case 'beneficiariesPerson':
      return { text: countOf(f.beneficiariesPerson, '人'), value: f.beneficiariesPerson.known === 0 ? null : f.beneficiariesPerson.sum };
    case 'beneficiariesHousehold':
      return {
        text: countOf(f.beneficiariesHousehold, '户'),
        value: f.beneficiariesHousehold.known === 0 ? null : f.beneficiariesHousehold.sum,
      };
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
