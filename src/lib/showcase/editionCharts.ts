/**
 * Chart producer for annual editions: the charts of an edition are drawn from its frozen snapshot
 * (content/reports/<year>.snapshot.json), so they stay as published when later data arrives. Pure.
 */
import { barSpec, type ChartSpec } from '../charts/catalog.ts';
import { topFinding } from '../charts/findings.ts';
import type { EditionSnapshot } from '../schema/edition.ts';

export const editionChartId = (year: number, what: 'domains' | 'provinces'): string => `edition-${year}-${what}`;

/** Projects by domain and by province of one edition; none for an edition without itemised projects (nothing to draw). */
export function editionCharts(s: EditionSnapshot): ChartSpec[] {
  if (s.projects.length === 0) return [];
  const common = {
    source: `${s.year} 年度展示（数据于 ${s.frozenAt} 定稿，逐项记录之和）`,
    dataDate: `${s.year} 年度（${s.frozenAt} 定稿）`,
    pages: [{ path: `reports/${s.year}/`, label: `${s.year} 年度展示` }],
    measure: '项目数',
    unit: '个',
  };
  const domains = [...s.byDomain].sort((a, b) => b.projects - a.projects);
  const provinces = [...s.byProvince].sort((a, b) => b.projects - a.projects);
  const title = (names: string[], values: number[], suffix: string) =>
    `${s.year} 年：${topFinding(names, values, { measure: '项目', unit: '个', suffix, fallback: '暂无项目' })}`;
  return [
    barSpec({
      ...common,
      id: editionChartId(s.year, 'domains'),
      title: title(
        domains.map((g) => g.label),
        domains.map((g) => g.projects),
        '领域',
      ),
      categories: domains.map((g) => g.label),
      values: domains.map((g) => g.projects),
      by: '帮扶领域',
      noun: '领域',
      categorySuffix: '领域',
    }),
    barSpec({
      ...common,
      id: editionChartId(s.year, 'provinces'),
      title: title(
        provinces.map((g) => g.label),
        provinces.map((g) => g.projects),
        '',
      ),
      categories: provinces.map((g) => g.label),
      values: provinces.map((g) => g.projects),
      by: '受援省份',
      noun: '省份',
    }),
  ];
}
