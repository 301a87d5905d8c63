/**
 * The chart catalog: every chart of the site as plain, serializable data (`ChartSpec`), so that the
 * chart on a page, on its permalink (/charts/<id>/), in the SVG/PNG downloads, in the share card
 * and in the embed (/embed/<id>/) are drawn from one and the same spec. Pure.
 *
 * A spec holds data that is already aggregated (categories, series values, unit), the finding as
 * its title, a one-sentence summary, the data table, source, data date, the pages it appears on
 * and the key figure for the share card. Kinds: 'bar' (ECharts) and 'map' (the key-county map,
 * mapChart.ts). Specs are made by producers (`siteCharts(model)` in
 * siteCharts.ts); src/io/charts.ts concatenates the producers once per build and checks the result
 * with `checkCatalog`.
 *
 * Adding a producer (e.g. frozen annual-edition charts, `editionCharts(snapshot)`):
 *   1. write a pure function returning `ChartSpec[]`, building each spec with `barSpec(...)`
 *      (ids: lower-case a–z, 0–9 and '-', unique across the whole site, e.g. 'edition-2024-…');
 *   2. add it to PRODUCERS in src/io/charts.ts.
 * Every spec then gets its permalink, downloads, card and embed page without further code.
 */
import { barTable, formatValue, summarize, type BarInput, type BarSeriesInput, type ChartTable } from './options.ts';

/** A page of the site the chart appears on: `path` is relative to the base ('totals/#domain', '' = home). */
export interface PageRef {
  readonly path: string;
  readonly label: string;
}

/** The one figure a share card shows big: value in `unit` (null = unknown), and what it is. */
export interface KeyFigure {
  readonly value: number | null;
  readonly unit: string;
  /** What the value is: "教育领域 · 项目数". */
  readonly label: string;
}

/** A bar chart's data: already aggregated, one value per category and series, in `unit`. */
export interface BarData {
  readonly categories: readonly string[];
  readonly series: readonly BarSeriesInput[];
  /** '万元' (shown as 万元/亿元) or a counter such as '个'. */
  readonly unit: string;
  readonly horizontal: boolean;
  /** Header of the category column in the data table and CSV, e.g. '帮扶领域'. */
  readonly categoryHeader: string;
}

/** What every chart has, whatever its kind. */
interface ChartBase {
  /** Stable, URL-safe id: lower-case a–z, 0–9 and single '-' (the permalink is /charts/<id>/). */
  readonly id: string;
  /** States the finding ("健康领域项目最多（8 个）"), not the topic. */
  readonly title: string;
  /** One sentence for the accessible name and the permalink page. */
  readonly summary: string;
  /** Data-table alternative (also the CSV): header row, one row per category or region. */
  readonly table: ChartTable;
  readonly source: string;
  /** What the data covers up to (数据截至). */
  readonly dataDate: string;
  /** Pages that show the chart; the first is where it lives. At least one. */
  readonly pages: readonly PageRef[];
  readonly keyFigure: KeyFigure;
}

/** A bar chart, drawn by ECharts (options.ts). */
export interface BarChartSpec extends ChartBase {
  readonly kind: 'bar';
  readonly bar: BarData;
}

/** A choropleth map, drawn from projected paths (mapChart.ts); figures per region are in `table`. */
export interface MapChartSpec extends ChartBase {
  readonly kind: 'map';
  readonly map: MapDrawing;
}

/** A map ready to draw: projected SVG paths, fills and legend; plain data. */
export interface MapDrawing {
  /** Size of the projected map (the legend is drawn below it). */
  readonly width: number;
  readonly height: number;
  /** Province outlines, the grey base layer. */
  readonly provinces: readonly string[];
  /** Regions with figures, coarse levels first, each with its fill; key counties outlined. */
  readonly regions: readonly { readonly d: string; readonly fill: string; readonly key: boolean }[];
  /** What the colours mean, and what the outline means. */
  readonly legend: readonly { readonly colour: string; readonly label: string }[];
  readonly legendTitle: string;
  /** Printed on every copy of the map: 示意图, or the 审图号 of an approved base map. */
  readonly mapNote: string;
  /** The 南海诸岛 inset of a national map (path and label position), or null. */
  readonly inset?: { readonly d: string; readonly labelX: number; readonly labelY: number } | null;
}

export type ChartSpec = BarChartSpec | MapChartSpec;

export const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export interface BarSpecInput {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
  /** Series name, e.g. '项目数'. */
  readonly measure: string;
  readonly unit: string;
  /** What the categories are, e.g. '帮扶领域'. */
  readonly by: string;
  /** Noun for one category in the summary, e.g. '领域'. */
  readonly noun: string;
  /** Measure word before the noun; default '个'. */
  readonly counter?: string;
  /** Default true: bars run left → right, first category on top. */
  readonly horizontal?: boolean;
  readonly source: string;
  readonly dataDate: string;
  readonly pages: readonly PageRef[];
  /** Suffix after the top category in the key-figure label: '领域' → '教育领域 · 项目数'. */
  readonly categorySuffix?: string;
}

/**
 * The largest known value and its category, as the key figure; unknown when no value is known
 * (never 0). Ties keep the first category.
 */
export function topKeyFigure(
  categories: readonly string[],
  values: readonly (number | null)[],
  measure: string,
  unit: string,
  suffix = '',
): KeyFigure {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > (values[best] as number))) best = i;
  });
  if (best < 0) return { value: null, unit, label: measure };
  return { value: values[best] as number, unit, label: `${categories[best] ?? ''}${suffix} · ${measure}` };
}

/** A single-series bar chart spec with its summary, table and key figure. */
export function barSpec(o: BarSpecInput): BarChartSpec {
  const counter = o.counter ?? '个';
  const summary = summarize({
    by: o.by,
    measure: o.measure,
    noun: o.noun,
    counter,
    categories: o.categories,
    values: o.values,
    unit: o.unit,
  });
  const bar: BarData = {
    categories: [...o.categories],
    series: [{ name: o.measure, values: [...o.values] }],
    unit: o.unit,
    horizontal: o.horizontal ?? true,
    categoryHeader: o.by,
  };
  return {
    id: o.id,
    kind: 'bar',
    title: o.title,
    summary,
    bar,
    table: barTable({ categories: bar.categories, series: bar.series, unit: bar.unit }, bar.categoryHeader),
    source: o.source,
    dataDate: o.dataDate,
    pages: o.pages,
    keyFigure: topKeyFigure(o.categories, o.values, o.measure, o.unit, o.categorySuffix),
  };
}

/** The bar input of a spec, for barOption / barHeight / barHoverText. */
export function barInput(spec: BarChartSpec, width?: number): BarInput {
  const b = spec.bar;
  return {
    categories: b.categories,
    series: b.series,
    unit: b.unit,
    horizontal: b.horizontal,
    description: spec.summary,
    ...(width === undefined ? {} : { width }),
  };
}

/** The key figure as text: '12 个', '1.05 亿元', '未知'. */
export function keyFigureText(k: KeyFigure): string {
  return formatValue(k.value, k.unit);
}

/** A problem with the catalog: stable code and a Chinese message saying what to change. */
export class ChartCatalogError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`[${code}] ${message}`);
    this.name = 'ChartCatalogError';
    this.code = code;
  }
}

/** Problems of one spec (empty when complete). */
export function specProblems(spec: ChartSpec): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  const where = `图表“${spec.id}”`;
  if (!CHART_ID.test(spec.id)) {
    out.push({ code: 'chart-bad-id', message: `${where}的编号只能由小写字母、数字和单个连字符组成（如 projects-by-domain）。` });
  } else if (spec.id.endsWith('-card')) {
    out.push({ code: 'chart-bad-id', message: `${where}的编号不能以 -card 结尾（与分享卡片文件 <编号>-card.png 冲突）。` });
  }
  for (const [field, label] of [
    ['title', '标题'],
    ['summary', '摘要'],
    ['source', '来源'],
    ['dataDate', '数据截至时间'],
  ] as const) {
    if (spec[field].trim() === '') out.push({ code: 'chart-missing-field', message: `${where}缺少${label}（${field}）。` });
  }
  if (spec.pages.length === 0) out.push({ code: 'chart-missing-field', message: `${where}没有注明出现在哪个页面（pages）。` });
  if (spec.kind === 'bar') {
    const n = spec.bar.categories.length;
    for (const s of spec.bar.series) {
      if (s.values.length !== n)
        out.push({ code: 'chart-bad-data', message: `${where}的数据系列“${s.name}”有 ${s.values.length} 个值，但有 ${n} 个类别。` });
      for (const v of s.values) {
        if (v !== null && !Number.isFinite(v))
          out.push({ code: 'chart-bad-data', message: `${where}的数据系列“${s.name}”含非有限数值 ${v}。` });
      }
    }
    if (spec.bar.series.length === 0) out.push({ code: 'chart-bad-data', message: `${where}没有数据系列。` });
    if (spec.table.rows.length !== n)
      out.push({ code: 'chart-bad-data', message: `${where}的数据表有 ${spec.table.rows.length} 行，但有 ${n} 个类别。` });
  } else {
    if (!(spec.map.width > 0 && spec.map.height > 0))
      out.push({ code: 'chart-bad-data', message: `${where}的地图尺寸无效（${spec.map.width}×${spec.map.height}）。` });
    if (spec.map.mapNote.trim() === '') out.push({ code: 'chart-missing-field', message: `${where}缺少地图注记（示意图或审图号）。` });
  }
  for (const row of spec.table.rows) {
    if (row.length !== spec.table.columns.length) {
      out.push({ code: 'chart-bad-data', message: `${where}的数据表有一行 ${row.length} 列，表头为 ${spec.table.columns.length} 列。` });
      break;
    }
  }
  return out;
}

/**
 * Checks the concatenated output of all producers: every spec complete, ids unique. Throws a
 * ChartCatalogError naming every problem; returns the specs unchanged otherwise.
 */
export function checkCatalog(specs: readonly ChartSpec[]): readonly ChartSpec[] {
  const problems: { code: string; message: string }[] = [];
  const seen = new Map<string, number>();
  specs.forEach((s, i) => {
    problems.push(...specProblems(s));
    const first = seen.get(s.id);
    if (first === undefined) seen.set(s.id, i);
    else
      problems.push({
        code: 'chart-duplicate-id',
        message: `图表编号“${s.id}”重复（第 ${first + 1} 个和第 ${i + 1} 个图表）：编号决定永久链接，请在生成图表的函数中改用不同的编号。`,
      });
  });
  if (problems.length > 0) {
    const p = problems[0] as { code: string; message: string };
    throw new ChartCatalogError(
      p.code,
      problems.length === 1 ? p.message : `${problems.length} 个问题：\n${problems.map((q) => `[${q.code}] ${q.message}`).join('\n')}`,
    );
  }
  return specs;
}

/** The spec with this id; throws (with the known ids) when there is none. */
export function chartById(specs: readonly ChartSpec[], id: string): ChartSpec {
  const s = specs.find((c) => c.id === id);
  if (s === undefined)
    throw new ChartCatalogError('chart-unknown-id', `没有编号为“${id}”的图表。已有：${specs.map((c) => c.id).join('、') || '（无）'}。`);
  return s;
}
