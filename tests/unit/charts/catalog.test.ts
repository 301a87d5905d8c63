import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import type { Dataset } from '../../../src/lib/ingest/pipeline.ts';
import {
  barSpec,
  chartById,
  type BarChartSpec,
  checkCatalog,
  ChartCatalogError,
  keyFigureText,
  specProblems,
  topKeyFigure,
  type BarSpecInput,
  type ChartSpec,
} from '../../../src/lib/charts/catalog.ts';
import { siteCharts } from '../../../src/lib/charts/siteCharts.ts';
import { makeOrganization, makeProject } from '../../fixtures/makeProjects.ts';

const base: BarSpecInput = {
  id: 'projects-by-domain',
  title: '健康领域项目最多（8 个）',
  categories: ['健康', '产业', '教育'],
  values: [8, 7, null],
  measure: '项目数',
  unit: '个',
  by: '帮扶领域',
  noun: '领域',
  categorySuffix: '领域',
  source: '本站逐项记录',
  dataDate: '2022 年',
  pages: [{ path: 'totals/#domain', label: '统计' }],
};

describe('topKeyFigure', () => {
  it.each([
    { cats: ['甲', '乙'], vals: [3, 8], expected: { value: 8, unit: '个', label: '乙 · 项目数' } },
    { cats: ['甲', '乙'], vals: [5, 5], expected: { value: 5, unit: '个', label: '甲 · 项目数' } },
    { cats: ['甲', '乙'], vals: [null, 2], expected: { value: 2, unit: '个', label: '乙 · 项目数' } },
    // unknown is not zero: no known value → no figure, never 0
    { cats: ['甲', '乙'], vals: [null, null], expected: { value: null, unit: '个', label: '项目数' } },
    { cats: [], vals: [], expected: { value: null, unit: '个', label: '项目数' } },
  ])('$vals → $expected.value', ({ cats, vals, expected }) => {
    expect(topKeyFigure(cats, vals, '项目数', '个')).toEqual(expected);
  });

  it('formats the figure in its unit, 亿元 from 10,000 万元, 未知 for unknown', () => {
    expect(keyFigureText({ value: 13_372, unit: '万元', label: '' })).toBe('1.34 亿元');
    expect(keyFigureText({ value: 8, unit: '个', label: '' })).toBe('8 个');
    expect(keyFigureText({ value: null, unit: '万元', label: '' })).toBe('未知');
  });
});

describe('barSpec', () => {
  const spec = barSpec(base);

  it('builds summary, table and key figure from the values', () => {
    expect(spec.summary).toBe('按帮扶领域统计，项目数最多的是健康（8 个），其次是产业（7 个）；共 2 个领域有数据，另有 1 个领域未知。');
    expect(spec.table).toEqual({
      columns: ['帮扶领域', '项目数（个）'],
      rows: [
        ['健康', 8],
        ['产业', 7],
        ['教育', null],
      ],
    });
    expect(spec.keyFigure).toEqual({ value: 8, unit: '个', label: '健康领域 · 项目数' });
    expect(spec.bar).toEqual({
      categories: ['健康', '产业', '教育'],
      series: [{ name: '项目数', values: [8, 7, null] }],
      unit: '个',
      horizontal: true,
      categoryHeader: '帮扶领域',
    });
  });

  it('is plain data: survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});

describe('checkCatalog', () => {
  const ok = barSpec(base);
  const other = barSpec({ ...base, id: 'funds-by-domain' });

  it('returns complete specs with unique ids unchanged', () => {
    expect(checkCatalog([ok, other])).toEqual([ok, other]);
    expect(specProblems(ok)).toEqual([]);
  });

  it.each([
    {
      name: 'duplicate id',
      specs: [ok, barSpec(base)],
      code: 'chart-duplicate-id',
      text: '“projects-by-domain”重复（第 1 个和第 2 个图表）',
    },
    {
      name: 'id with capitals and spaces',
      specs: [barSpec({ ...base, id: 'Projects by domain' })],
      code: 'chart-bad-id',
      text: '小写字母',
    },
    { name: 'id ending in -card', specs: [barSpec({ ...base, id: 'flows-card' })], code: 'chart-bad-id', text: '-card' },
    { name: 'empty title', specs: [barSpec({ ...base, title: ' ' })], code: 'chart-missing-field', text: '缺少标题（title）' },
    { name: 'no source', specs: [barSpec({ ...base, source: '' })], code: 'chart-missing-field', text: '缺少来源（source）' },
    { name: 'no page', specs: [barSpec({ ...base, pages: [] })], code: 'chart-missing-field', text: '（pages）' },
    {
      name: 'values and categories differ',
      specs: [{ ...ok, bar: { ...ok.bar, series: [{ name: '项目数', values: [1] }] } } as ChartSpec],
      code: 'chart-bad-data',
      text: '有 1 个值，但有 3 个类别',
    },
    {
      name: 'non-finite value',
      specs: [{ ...ok, bar: { ...ok.bar, series: [{ name: '项目数', values: [1, Number.NaN, 2] }] } } as ChartSpec],
      code: 'chart-bad-data',
      text: '非有限数值',
    },
  ])('throws on $name with code $code', ({ specs, code, text }) => {
    let error: unknown;
    try {
      checkCatalog(specs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChartCatalogError);
    expect((error as ChartCatalogError).code).toBe(code);
    expect((error as Error).message).toContain(text);
  });

  it('lists every problem when there are several', () => {
    expect(() => checkCatalog([barSpec({ ...base, title: '' }), barSpec({ ...base, title: '' })])).toThrow(/3 个问题/u);
  });
});

describe('chartById', () => {
  it('finds a spec, and names the known ids when the id is unknown', () => {
    const s = barSpec(base);
    expect(chartById([s], 'projects-by-domain')).toBe(s);
    expect(() => chartById([s], 'nope')).toThrow(/没有编号为“nope”的图表。已有：projects-by-domain/u);
  });
});

describe('siteCharts', () => {
  const regions = new RegionIndex(REGION_ROWS);
  const dataset = (over: Partial<Dataset>): Dataset => ({
    sources: [],
    organizations: [],
    projects: [],
    keyCounties: [],
    campaigns: [],
    regionStats: [],
    regionAliases: [],
    brands: [],
    exemplary: [],
    ...over,
  });
  const model = buildSiteModel(
    dataset({
      organizations: [
        makeOrganization({ id: 'o1', type: 'foundation', registrationLevel: 'national', homeRegion: '110000' }),
        makeOrganization({ id: 'o2', type: null, registrationLevel: null, homeRegion: null }),
      ],
      projects: [
        makeProject({
          id: 'p1',
          organizationIds: ['o1'],
          targetRegions: ['540000'],
          domain: 'education',
          fundsInvestedWan: 12_000,
          year: 2021,
        }),
        makeProject({
          id: 'p2',
          organizationIds: ['o1', 'o2'],
          targetRegions: ['623023'],
          domain: 'education',
          fundsInvestedWan: null,
          year: null,
        }),
        makeProject({ id: 'p3', organizationIds: ['o2'], targetRegions: ['623023'], domain: 'health', fundsInvestedWan: null, year: 2022 }),
      ],
    }),
    regions,
  );
  const specs = siteCharts(model, { dataDate: '2022 年' });
  const barChart = (id: string): BarChartSpec => {
    const s = chartById(specs, id);
    if (s.kind !== 'bar') throw new Error(`${id} is not a bar chart`);
    return s;
  };

  it('makes the seven charts of the 统计 page, complete and with unique ids', () => {
    expect(specs.map((s) => s.id)).toEqual([
      'projects-by-domain',
      'funds-by-domain',
      'projects-by-province',
      'projects-by-year',
      'projects-by-org-type',
      'projects-by-level',
      'flows',
    ]);
    expect(checkCatalog(specs)).toBe(specs);
    for (const s of specs) expect(s.dataDate).toBe('2022 年');
  });

  it('keeps unknown funds unknown (null), never 0', () => {
    const funds = barChart('funds-by-domain');
    expect(funds.bar.categories).toEqual(['教育', '健康']);
    expect(funds.bar.series[0]?.values).toEqual([12_000, null]);
    expect(funds.title).toBe('教育领域投入资金最多（1.2 亿元）');
    expect(funds.keyFigure).toEqual({ value: 12_000, unit: '万元', label: '教育领域 · 投入/拨付资金' });
  });

  it('counts a co-funded project once per group, and names unknown groups', () => {
    expect(chartById(specs, 'projects-by-domain').table.rows).toEqual([
      ['教育', 2],
      ['健康', 1],
    ]);
    expect(chartById(specs, 'projects-by-org-type').table.rows).toEqual([
      ['基金会', 2],
      ['类型未知', 2],
    ]);
    expect(barChart('projects-by-year').bar.categories).toEqual(['2021 年', '2022 年', '年度未知']);
    expect(barChart('projects-by-year').bar.horizontal).toBe(false);
    expect(chartById(specs, 'flows').table.rows).toEqual([
      ['北京市 → 西藏自治区', 1],
      ['北京市 → 甘肃省', 1],
    ]);
  });

  it('puts the two home-page charts on the home page too', () => {
    expect(specs.filter((s) => s.pages.some((p) => p.path === '')).map((s) => s.id)).toEqual([
      'projects-by-domain',
      'projects-by-province',
    ]);
  });
});
