import { describe, expect, it } from 'vitest';
import {
  BENEFICIARY_MEASURES,
  coverageText,
  formatMeasure,
  formatSum,
  MEASURES,
  measureHeader,
  projectFieldMeta,
  SUMMED_MEASURES,
  sumOf,
} from '../../src/lib/measures.ts';
import { REPORTED_METRICS } from '../../src/lib/schema/campaign.ts';
import { regionStatSchema } from '../../src/lib/schema/regionStat.ts';
import { STAT_LABELS } from '../../src/lib/showcase/editionText.ts';
import { MAP_METRICS } from '../../src/lib/geo/mapFigures.ts';
import { RunningSum, type Totals } from '../../src/lib/aggregate/totals.ts';
import { sumQualifier } from '../../src/lib/aggregate/reports.ts';

const sum = (s: number, known: number, approximate = 0) => ({ sum: s, known, approximate });

describe('measure registry', () => {
  it('takes the labels and units of project fields from the schema metadata', () => {
    expect(MEASURES.fundsInvestedWan).toMatchObject({ label: projectFieldMeta('fundsInvestedWan').label, unit: '万元', kind: 'money' });
    expect(MEASURES.fundsPledgedWan.short).toBe(projectFieldMeta('fundsPledgedWan').short);
    expect(MEASURES.staffDeployed).toMatchObject({ label: '投入人员数', unit: '人', kind: 'count', approxField: null });
    expect([BENEFICIARY_MEASURES.person.label, BENEFICIARY_MEASURES.personTime.label, BENEFICIARY_MEASURES.household.label]).toEqual([
      '受益人数',
      '受益人次',
      '受益户数',
    ]);
    expect(measureHeader(MEASURES.fundsPledgedWan)).toBe('认领/计划资金（万元）');
  });

  it('is where campaigns, editions, the map and 附件1 statistics get the words for the same measures', () => {
    const reported = new Map(REPORTED_METRICS.map((m) => [m.id as string, m.label as string]));
    for (const k of ['organizations', 'projects', 'fundsPledgedWan', 'fundsInvestedWan', 'staffDeployed'] as const) {
      expect(reported.get(k)).toBe(MEASURES[k].label);
    }
    expect(STAT_LABELS.fundsInvestedWan).toBe(MEASURES.fundsInvestedWan.label);
    expect(STAT_LABELS.beneficiariesHousehold).toBe(MEASURES.beneficiariesHousehold.label);
    expect(MAP_METRICS.find((m) => m.id === 'funds')?.label).toBe(MEASURES.fundsInvestedWan.label);
    expect(regionStatSchema.shape.fundsInvestedWan.meta()).toMatchObject({ label: MEASURES.fundsInvestedWan.label, unit: '万元' });
    expect(regionStatSchema.shape.staffDeployedCityLevel.meta()).toMatchObject({ label: '投入人员数（市本级）' });
  });

  it('writes values and sums in their unit, unknown as unknown and approximate sums with 约', () => {
    expect(formatMeasure(MEASURES.fundsInvestedWan, 12_000)).toBe('1.2 亿元');
    expect(formatMeasure(MEASURES.fundsInvestedWan, null)).toBe('未知');
    expect(formatMeasure(MEASURES.staffDeployed, 40, true)).toBe('约 40 人');
    expect(formatMeasure(MEASURES.projects, 3)).toBe('3 个');
    expect(formatSum(MEASURES.fundsPledgedWan, sum(0, 0))).toBe('暂无数据');
    expect(formatSum(MEASURES.fundsPledgedWan, sum(250, 2, 1))).toBe('约 250 万元');
    expect(formatSum(MEASURES.beneficiariesHousehold, sum(94, 1))).toBe('94 户');
    expect(coverageText(sum(250, 2, 1))).toBe('2 个项目有数据，其中 1 个为约数');
    expect(coverageText(sum(250, 2))).toBe('2 个项目有数据');
  });

  it('finds each summed measure in a set of totals', () => {
    const t: Totals = {
      organizations: 1,
      projects: 2,
      fundsPledgedWan: sum(1, 1),
      fundsInvestedWan: sum(2, 1),
      staffDeployed: sum(3, 1),
      beneficiaries: { person: sum(4, 1), personTime: sum(5, 1), household: sum(6, 1) },
    };
    expect(SUMMED_MEASURES.map((m) => sumOf(t, m.key).sum)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('sums of qualified figures', () => {
  it('say 至少 when every qualified value is a lower bound, 约 when any other is approximate', () => {
    const lower = new RunningSum();
    lower.add(800, '余');
    lower.add(200, null);
    expect(formatSum(MEASURES.fundsInvestedWan, lower.done())).toBe('至少 1,000 万元');
    const mixed = new RunningSum();
    mixed.add(800, '余');
    mixed.add(200, '约');
    expect(formatSum(MEASURES.fundsInvestedWan, mixed.done())).toBe('约 1,000 万元');
    // one value keeps its qualifier as written: 近 400 is not 约 400
    const one = new RunningSum();
    one.add(400, '近');
    expect(formatSum(MEASURES.staffDeployed, one.done())).toBe('近 400 人');
    const oneMore = new RunningSum();
    oneMore.add(800, '余');
    expect(formatSum(MEASURES.fundsInvestedWan, oneMore.done())).toBe('800 余万元');
    oneMore.add(10, null);
    expect(formatSum(MEASURES.fundsInvestedWan, oneMore.done())).toBe('至少 810 万元');
    const blank = new RunningSum();
    blank.add(null, null);
    blank.add(5, '约');
    expect(formatSum(MEASURES.staffDeployed, blank.done())).toBe('约 5 人');
    expect(sumQualifier(['余', null, '余'])).toBe('余');
    expect(sumQualifier(['余', '超过'])).toBe('多');
    expect(sumQualifier(['余', '约'])).toBe('约');
    expect(sumQualifier([null])).toBeNull();
  });
});
