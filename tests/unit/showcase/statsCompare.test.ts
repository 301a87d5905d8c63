import { describe, expect, it } from 'vitest';
import { compareStats } from '../../../src/lib/showcase/statsCompare.ts';
import { regionTable } from '../../../src/lib/opendata/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import type { RegionStat } from '../../../src/lib/schema/regionStat.ts';
import { makeProject } from '../../fixtures/makeProjects.ts';

const regions = new RegionIndex(REGION_ROWS);
const ZHOUQU = '623023';
const stat = (over: Partial<RegionStat>): RegionStat => ({
  reporter: '测试省民政厅',
  year: 2022,
  scope: 'inside',
  regionLabel: '舟曲县',
  regionCode: ZHOUQU,
  organizations: 2,
  organizationsCityLevel: null,
  projects: 3,
  projectsCityLevel: null,
  fundsInvestedWan: 100,
  fundsInvestedWanCityLevel: null,
  staffDeployed: null,
  staffDeployedCityLevel: null,
  beneficiaries: 50,
  beneficiariesCityLevel: null,
  source: 'a.xlsx',
  ...over,
});

describe('附件1 beside the itemised records', () => {
  const projects = [
    makeProject({ targetRegions: [ZHOUQU], year: 2022, fundsInvestedWan: 30, organizationIds: ['a'] }),
    makeProject({ targetRegions: [ZHOUQU], year: 2021, fundsInvestedWan: 500, organizationIds: ['a'] }),
  ];
  const tableOfYear = (y: number) =>
    regionTable(
      projects.filter((p) => p.year === y),
      [],
      regions,
    );

  it('compares a row with the same region’s records of the same year only, with the gap', () => {
    const [row] = compareStats([stat({})], tableOfYear);
    const funds = row!.figures.find((f) => f.measure.key === 'fundsInvestedWan')!;
    expect(funds).toMatchObject({ reported: 100, itemised: { value: 30, known: 1 }, gap: 70 });
    expect(row!.figures.find((f) => f.measure.key === 'projects')).toMatchObject({ reported: 3, itemised: { value: 1 }, gap: 2 });
  });

  it('leaves a blank figure and an unknown itemised sum without a gap, never as 0', () => {
    const [row] = compareStats([stat({})], tableOfYear);
    expect(row!.figures.find((f) => f.measure.key === 'staffDeployed')).toMatchObject({ reported: null, gap: null });
    expect(row!.figures.find((f) => f.measure.key === 'beneficiariesPerson')).toMatchObject({
      reported: 50,
      itemised: { known: 0 },
      gap: null,
    });
  });

  it('does not compare a row without a year or a single region', () => {
    const rows = compareStats([stat({ year: null }), stat({ regionLabel: '省外其它地区', regionCode: null })], tableOfYear);
    expect(rows.map((r) => r.notCompared)).toEqual(['表中未写年度', '不是单一地区']);
    expect(rows.flatMap((r) => r.figures.map((f) => f.gap))).toEqual(Array(10).fill(null));
  });
});
