/**
 * 附件1 (reported statistics by region) beside what the itemised project records add up to for the
 * same region and the same year, with the gap. Reported figures stand beside the sums, never added
 * to them; a row whose year is unknown, or whose region is not one region (省外其它地区, 合计), is
 * listed without a comparison. Beneficiaries are compared with records counted in 人 only. Pure.
 */
import type { SumWithCoverage } from '../aggregate/totals.ts';
import { MEASURES, type Measure } from '../measures.ts';
import type { RegionTableRow } from '../opendata/regionTable.ts';
import type { RegionStat } from '../schema/regionStat.ts';

export interface ComparedFigure {
  measure: Measure;
  /** The 附件1 figure (总数), or null when the sheet leaves it blank. */
  reported: number | null;
  /** The itemised sum for the region and year; null when not comparable (no year, no single region). */
  itemised: { value: number; known: number } | null;
  /** reported − itemised, when both are known. */
  gap: number | null;
}

export interface ComparedRow {
  stat: RegionStat;
  /** Why there is no comparison, or null. */
  notCompared: string | null;
  figures: ComparedFigure[];
}

const sumValue = (s: SumWithCoverage): { value: number; known: number } => ({ value: s.sum, known: s.known });

/**
 * `tableOfYear(year)`: the region table (src/lib/opendata/regionTable.ts) of the projects of that
 * year, so that a 2021 statistic is compared with 2021 records only.
 */
export function compareStats(stats: readonly RegionStat[], tableOfYear: (year: number) => readonly RegionTableRow[]): ComparedRow[] {
  const tables = new Map<number, Map<string, RegionTableRow>>();
  const rowFor = (year: number, code: string): RegionTableRow | null => {
    let t = tables.get(year);
    if (!t) tables.set(year, (t = new Map(tableOfYear(year).flatMap((r) => (r.code ? [[r.code, r] as const] : [])))));
    return t.get(code) ?? null;
  };
  return stats.map((stat) => {
    const notCompared = stat.year === null ? '表中未写年度' : stat.regionCode === null ? '不是单一地区' : null;
    const row = notCompared === null ? rowFor(stat.year!, stat.regionCode!) : null;
    const pair = (measure: Measure, reported: number | null, itemised: { value: number; known: number } | null): ComparedFigure => {
      const known = notCompared === null ? (itemised ?? { value: 0, known: 0 }) : null;
      return {
        measure,
        reported,
        itemised: known,
        gap: reported !== null && known !== null && known.known > 0 ? reported - known.value : null,
      };
    };
    return {
      stat,
      notCompared,
      figures: [
        pair(MEASURES.organizations, stat.organizations, row ? { value: row.organizations, known: row.organizations } : null),
        pair(MEASURES.projects, stat.projects, row ? { value: row.projects, known: row.projects } : null),
        pair(MEASURES.fundsInvestedWan, stat.fundsInvestedWan, row ? sumValue(row.fundsInvestedWan) : null),
        pair(MEASURES.staffDeployed, stat.staffDeployed, row ? sumValue(row.staffDeployed) : null),
        pair(MEASURES.beneficiariesPerson, stat.beneficiaries, row ? sumValue(row.beneficiaries.person) : null),
      ],
    };
  });
}
