/**
 * Producer: the charts of the site's own pages (home and 统计), from the site model. Pure.
 * Each chart's data is aggregated here once (src/lib/aggregate/rollups.ts); pages only look specs
 * up by id (catalog.ts `chartById`) and pass them to the one chart component.
 */
import { MEASURES } from '../measures.ts';
import { inferredFields } from '../schema/common.ts';
import { flowsBetweenProvinces, sumByDomain, sumByOrgType, sumByRegion, sumByRegistrationLevel, sumByYear } from '../aggregate/rollups.ts';
import type { SumWithCoverage } from '../aggregate/totals.ts';
import { DOMAINS, ORG_TYPES, REGISTRATION_LEVELS, labelOf } from '../schema/vocab.ts';
import type { RegionEntry, SiteModel } from '../site/model.ts';
import { barSpec, type ChartSpec, type MapChartSpec } from './catalog.ts';
import { flowFinding } from './findings.ts';
import { topFinding } from './findings.ts';
import { keyCountyMapSpec, provinceMapSpec } from './mapChart.ts';
import { nationalMap, type MapPageData } from '../site/mapPage.ts';
import type { ShapeSource } from '../geo/regionShapes.ts';

/** What the bar charts measure, in the registry's words. */
const PROJECT_COUNT = { measure: `${MEASURES.projects.short}数`, unit: MEASURES.projects.unit };
const INVESTED = { measure: MEASURES.fundsInvestedWan.label, unit: MEASURES.fundsInvestedWan.unit };
import { KEY_COUNTY_LIST_SIZE } from '../schema/keyCounty.ts';

/** Flows the flows chart shows at most (the largest). */
const FLOWS_SHOWN = 30;
export interface SiteChartsContext {
  /** What the data covers up to (site.config.ts dataAsOf). */
  readonly dataDate: string;
  /** Source line of charts made from the itemised records. */
  readonly source?: string;
}

export const ITEMISED_SOURCE = '本站逐项记录（各项目来源见项目页）';

/** A sum with no known amount is unknown (null), never 0. */
const known = (s: SumWithCoverage): number | null => (s.known === 0 ? null : s.sum);

/** The groupings the seven charts show, each sorted as its chart shows it. */
function chartData(model: SiteModel) {
  const { projects } = model.data;
  const regionName = (code: string): string => model.regions.get(code)?.name ?? code;
  const byDomain = sumByDomain(projects).sort((a, b) => b.projectIds.length - a.projectIds.length);
  const domainNames = byDomain.map((g) => labelOf(DOMAINS, g.key));
  const domainCounts = byDomain.map((g) => g.projectIds.length);
  const byDomainFunds = [...byDomain].sort((a, b) => (known(b.fundsInvestedWan) ?? -1) - (known(a.fundsInvestedWan) ?? -1));
  const fundNames = byDomainFunds.map((g) => labelOf(DOMAINS, g.key));
  const fundValues = byDomainFunds.map((g) => known(g.fundsInvestedWan));

  const byProvince = sumByRegion(projects, model.regions, 'province').sort((a, b) => b.projectIds.length - a.projectIds.length);
  const provinceNames = byProvince.map((g) => regionName(g.key));
  const provinceCounts = byProvince.map((g) => g.projectIds.length);

  const byYear = sumByYear(projects);
  const yearsKnown = byYear.filter((g) => g.key !== null).length;
  const yearUnknown = byYear.find((g) => g.key === null)?.projectIds.length ?? 0;

  const byType = sumByOrgType(projects, model.orgById).sort((a, b) => b.projectIds.length - a.projectIds.length);
  const typeNames = byType.map((g) => (g.key ? labelOf(ORG_TYPES, g.key) : '类型未知'));
  const typeCounts = byType.map((g) => g.projectIds.length);

  const byLevel = sumByRegistrationLevel(projects, model.orgById).sort((a, b) => b.projectIds.length - a.projectIds.length);
  const levelNames = byLevel.map((g) => (g.key ? labelOf(REGISTRATION_LEVELS, g.key) : '层级未知'));
  const levelCounts = byLevel.map((g) => g.projectIds.length);
  // how many of the values a chart groups by were inferred by the data editor, not stated by a source
  const inferredOf = (field: 'type' | 'registrationLevel'): string => {
    const orgs = [...new Set(projects.flatMap((p) => p.organizationIds))].flatMap((id) => model.orgById.get(id) ?? []);
    const withValue = orgs.filter((o) => o[field] !== null);
    const guessed = withValue.filter((o) => inferredFields(o.inferred).has(field)).length;
    return guessed === 0
      ? ''
      : `；${withValue.length} 家组织的${field === 'type' ? '类型' : '登记层级'}中 ${guessed} 家由本站推断，来源未写明`;
  };
  const typeInferred = inferredOf('type');
  const domainGuessed = projects.filter((p) => inferredFields(p.inferred).has('domain')).length;
  const domainInferred =
    domainGuessed === 0 ? '' : `；${projects.length} 个项目的领域中 ${domainGuessed} 个由本站按项目内容归类，来源未写明`;
  const levelInferred = inferredOf('registrationLevel');

  const { flows } = flowsBetweenProvinces(projects, model.orgById, model.regions);
  // a chart of every pair of provinces is unreadable (and 2 MB at 10k projects): the largest flows,
  // and how many there are; the statistics page's table has all of them
  const shownFlows = flows.slice(0, FLOWS_SHOWN);
  const flowNames = shownFlows.map((f) => `${regionName(f.from)} → ${regionName(f.to)}`);
  const flowCounts = shownFlows.map((f) => f.projectIds.length);
  const flowNote =
    flows.length > FLOWS_SHOWN ? `共 ${flows.length} 条省际流向，图中列出项目最多的 ${FLOWS_SHOWN} 条，全部见统计页的帮扶流向明细。` : '';
  const topFlow = flows[0];
  // every flow as large as the largest: a tie is not a winner
  const topFlows = flows.filter((f) => f.projectIds.length === topFlow?.projectIds.length);

  return {
    regionName,
    domainNames,
    domainCounts,
    fundNames,
    fundValues,
    provinceNames,
    provinceCounts,
    byYear,
    yearsKnown,
    yearUnknown,
    typeNames,
    typeCounts,
    levelNames,
    levelCounts,
    typeInferred,
    levelInferred,
    domainInferred,
    flowNames,
    flowCounts,
    flowNote,
    topFlows,
    topFlow,
  };
}

/** The seven charts of the 统计 page (two of them also on the home page), in page order. */
export function siteCharts(model: SiteModel, ctx: SiteChartsContext): ChartSpec[] {
  const common = { dataDate: ctx.dataDate, source: ctx.source ?? ITEMISED_SOURCE };
  const d = chartData(model);
  const home = { path: '', label: '首页' };
  return [
    barSpec({
      ...common,
      id: 'projects-by-domain',
      source: `${common.source}${d.domainInferred}`,
      title: topFinding(d.domainNames, d.domainCounts, { measure: '项目', unit: '个', suffix: '领域', fallback: '暂无项目' }),
      categories: d.domainNames,
      values: d.domainCounts,
      ...PROJECT_COUNT,
      by: '帮扶领域',
      noun: '领域',
      categorySuffix: '领域',
      pages: [{ path: 'totals/#domain', label: '统计 · 按帮扶领域' }, home],
    }),
    barSpec({
      ...common,
      id: 'funds-by-domain',
      title: topFinding(d.fundNames, d.fundValues, {
        measure: '投入资金',
        unit: INVESTED.unit,
        suffix: '领域',
        fallback: '各领域投入资金均未知',
      }),
      categories: d.fundNames,
      values: d.fundValues,
      ...INVESTED,
      by: '帮扶领域',
      noun: '领域',
      categorySuffix: '领域',
      pages: [{ path: 'totals/#domain', label: '统计 · 按帮扶领域' }],
    }),
    barSpec({
      ...common,
      id: 'projects-by-province',
      title: topFinding(d.provinceNames, d.provinceCounts, { measure: '项目', unit: '个', group: '地区', fallback: '暂无项目' }),
      categories: d.provinceNames,
      values: d.provinceCounts,
      ...PROJECT_COUNT,
      by: '受援省份',
      noun: '省份',
      pages: [{ path: 'totals/#region', label: '统计 · 按受援省份' }, home],
    }),
    barSpec({
      ...common,
      id: 'projects-by-year',
      title: d.byYear.length === 0 ? '暂无项目' : `${d.yearsKnown} 个年度有项目记录，${d.yearUnknown} 个项目年度未知`,
      categories: d.byYear.map((g) => (g.key === null ? '年度未知' : `${g.key} 年`)),
      values: d.byYear.map((g) => g.projectIds.length),
      ...PROJECT_COUNT,
      by: '年度',
      noun: '年度',
      horizontal: false,
      pages: [{ path: 'totals/#year', label: '统计 · 按年度' }],
    }),
    barSpec({
      ...common,
      id: 'projects-by-org-type',
      source: `${common.source}${d.typeInferred}`,
      title: topFinding(d.typeNames, d.typeCounts, { measure: '实施项目', unit: '个', group: '类型', fallback: '暂无项目' }),
      categories: d.typeNames,
      values: d.typeCounts,
      ...PROJECT_COUNT,
      by: '组织类型',
      noun: '类型',
      pages: [{ path: 'totals/#organization', label: '统计 · 按组织类型与登记层级' }],
    }),
    barSpec({
      ...common,
      id: 'projects-by-level',
      source: `${common.source}${d.levelInferred}`,
      title: topFinding(d.levelNames, d.levelCounts, { measure: '实施项目', unit: '个', suffix: '组织', fallback: '暂无项目' }),
      categories: d.levelNames,
      values: d.levelCounts,
      ...PROJECT_COUNT,
      by: '登记层级',
      noun: '层级',
      categorySuffix: '组织',
      pages: [{ path: 'totals/#organization', label: '统计 · 按组织类型与登记层级' }],
    }),
    barSpec({
      ...common,
      source: `${common.source}${d.flowNote}`,
      id: 'flows',
      title: d.topFlow === undefined ? '暂无流向数据' : flowFinding(d.topFlows, d.regionName),
      categories: d.flowNames,
      values: d.flowCounts,
      ...PROJECT_COUNT,
      by: '流向',
      noun: '流向',
      counter: '条',
      pages: [{ path: 'totals/#flow', label: '统计 · 帮扶流向' }],
    }),
  ];
}

/**
 * The national key-county map of /map/ and the home page, as a chart: reached key counties and
 * projects per region, on the build's base map (its 审图号 or 示意图 note on every copy).
 */
export function keyCountyMapChart(
  model: SiteModel,
  baseMap: ShapeSource & { readonly approvalNumber: string | null; readonly sourceNote: string },
  ctx: SiteChartsContext,
): MapChartSpec {
  return keyCountyMapSpec({
    id: 'key-county-map',
    data: nationalMap(model, baseMap),
    listed: model.data.keyCounties.length,
    listSize: KEY_COUNTY_LIST_SIZE,
    baseMap,
    source: ctx.source ?? `${ITEMISED_SOURCE}；重点帮扶县名单见各县页面的来源`,
    dataDate: ctx.dataDate,
    pages: [
      { path: 'map/', label: '地图' },
      { path: '', label: '首页' },
    ],
  });
}

/**
 * Whether a province's map is a chart of the catalog: when it has projects or listed key counties
 * (regions with pages below it). Every province has a page with its county map; one with nothing
 * to colour has no chart to reuse.
 */
export const hasProvinceMapChart = (e: Pick<RegionEntry, 'projects' | 'children'>): boolean =>
  e.projects.length > 0 || e.children.length > 0;

/** The id of a province's map chart, e.g. province-map-620000. */
export const provinceMapId = (code: string): string => `province-map-${code}`;

/**
 * The map of every province that has projects or listed key counties, and counties in the base map, in code order: the
 * drill-down map of the region page, with its downloads and embed like every chart. `mapOf` gives
 * a province's map (src/lib/site/mapPage.ts provinceMap), so that the page and its chart share one.
 */
export function provinceMapCharts(
  model: SiteModel,
  baseMap: { readonly approvalNumber: string | null; readonly sourceNote: string },
  mapOf: (code: string) => MapPageData | null,
  ctx: SiteChartsContext,
): MapChartSpec[] {
  const out: MapChartSpec[] = [];
  const provinces = [...model.regionEntries.values()]
    .filter((e) => e.region.level === 'province' && hasProvinceMapChart(e))
    .sort((a, b) => a.region.code.localeCompare(b.region.code));
  for (const e of provinces) {
    const data = mapOf(e.region.code);
    if (data === null) continue;
    out.push(
      provinceMapSpec({
        id: provinceMapId(e.region.code),
        province: e.region.name,
        data,
        baseMap,
        source: ctx.source ?? `${ITEMISED_SOURCE}；重点帮扶县名单见各县页面的来源`,
        dataDate: ctx.dataDate,
        pages: [{ path: `regions/${e.region.code}/`, label: e.region.name }],
      }),
    );
  }
  return out;
}
