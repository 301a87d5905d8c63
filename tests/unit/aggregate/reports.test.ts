/** The rule for a project's figures across its reports (src/lib/aggregate/reports.ts). */
import { describe, expect, it } from 'vitest';
import {
  combineReports,
  inYear,
  mergeReports,
  projectsInYear,
  reportYears,
  reportYearsText,
  yearViews,
} from '../../../src/lib/aggregate/reports.ts';
import { sumByReportingUnit, sumByYear } from '../../../src/lib/aggregate/rollups.ts';
import { computeTotals } from '../../../src/lib/aggregate/totals.ts';
import { makeProject } from '../../fixtures/makeProjects.ts';

const r2021 = makeProject({
  id: 'p-a',
  year: 2021,
  fundsPledgedWan: 1000,
  fundsInvestedWan: 300,
  staffDeployed: 10,
  beneficiaries: 200,
  beneficiaryUnit: 'person',
  organizationIds: ['org-a'],
  periodStart: '2021-03',
  status: 'ongoing',
});
const r2022 = makeProject({
  id: 'p-a',
  year: 2022,
  fundsPledgedWan: null,
  fundsInvestedWan: 450,
  fundsInvestedApprox: true,
  staffDeployed: 12,
  beneficiaries: null,
  organizationIds: ['org-a', 'org-b'],
  periodEnd: '2023',
  status: 'completed',
});

describe('combineReports', () => {
  const p = combineReports([r2022, r2021]);

  it('orders the reports by year and takes the latest report’s single values', () => {
    expect(p.reports?.map((r) => r.year)).toEqual([2021, 2022]);
    expect(p).toMatchObject({ year: 2022, status: 'completed', periodStart: '2021-03', periodEnd: '2023' });
    expect(p.organizationIds).toEqual(['org-a', 'org-b']);
  });

  it('adds the years’ invested amounts; takes pledged, people and beneficiaries from the latest year that states them', () => {
    expect(p).toMatchObject({
      fundsInvestedWan: 750,
      fundsInvestedApprox: true,
      fundsPledgedWan: 1000,
      staffDeployed: 12,
      beneficiaries: 200,
      beneficiaryUnit: 'person',
    });
  });

  it('leaves a figure no report states unknown, never 0', () => {
    const q = combineReports([makeProject({ id: 'q', year: 2021 }), makeProject({ id: 'q', year: 2022 })]);
    expect(q.fundsInvestedWan).toBeNull();
    expect(q.fundsPledgedWan).toBeNull();
  });

  it('takes one year’s reports from two units once: the larger known value of each figure', () => {
    const a = makeProject({ id: 'u', year: 2022, reportingUnit: '甲', fundsInvestedWan: 100, staffDeployed: 9 });
    const b = makeProject({ id: 'u', year: 2022, reportingUnit: '乙', fundsInvestedWan: 120, staffDeployed: null });
    expect(combineReports([a, b])).toMatchObject({ fundsInvestedWan: 120, staffDeployed: 9 });
  });
});

describe('by year', () => {
  const single = makeProject({ id: 'p-b', year: 2022, fundsInvestedWan: 5 });
  const merged = mergeReports([r2021, single, r2022], new Map([[0, [0, 2]]]));

  it('merges rows into projects where the first row stood', () => {
    expect(merged.map((p) => p.id)).toEqual(['p-a', 'p-b']);
    expect(merged[1]).toBe(single);
    expect(reportYears(merged[0]!)).toEqual([2021, 2022]);
    expect(reportYearsText(merged[0]!)).toBe('2021、2022');
  });

  it('gives a project’s figures of one year only', () => {
    expect(inYear(merged[0]!, 2021)?.fundsInvestedWan).toBe(300);
    expect(inYear(merged[0]!, 2020)).toBeNull();
    expect(inYear(single, 2022)).toBe(single);
    expect(projectsInYear(merged, 2021).map((p) => p.id)).toEqual(['p-a']);
    expect(yearViews(merged)).toHaveLength(3);
  });

  it('sums by year from each year’s reports, and the whole from the combined project: the same invested total', () => {
    const byYear = sumByYear(merged);
    expect(byYear.map((g) => [g.key, g.fundsInvestedWan.sum, g.projectIds])).toEqual([
      [2021, 300, ['p-a']],
      [2022, 455, ['p-a', 'p-b']],
    ]);
    const all = computeTotals({ organizations: [], projects: merged });
    expect(all.projects).toBe(2);
    expect(all.fundsInvestedWan.sum).toBe(byYear.reduce((a, g) => a + g.fundsInvestedWan.sum, 0));
  });
});

describe('sumByReportingUnit', () => {
  it('puts a project under each unit that reported it, once, and leaves rows without a unit out', () => {
    const a = combineReports([
      makeProject({ id: 'x', year: 2021, reportingUnit: '南京市民政局', fundsInvestedWan: 1 }),
      makeProject({ id: 'x', year: 2022, reportingUnit: '南京市民政局', fundsInvestedWan: 2 }),
    ]);
    const b = makeProject({ id: 'y', reportingUnit: '苏州市民政局', fundsInvestedWan: 5 });
    const c = makeProject({ id: 'z', reportingUnit: null });
    expect(sumByReportingUnit([a, b, c]).map((g) => [g.key, g.projectIds, g.fundsInvestedWan.sum])).toEqual([
      ['苏州市民政局', ['y'], 5],
      ['南京市民政局', ['x'], 3],
    ]);
  });
});
