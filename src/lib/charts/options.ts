/**
 * ECharts option builders and chart text. Pure: no I/O, no ECharts runtime (types only), so it
 * can be tested directly and imported by the client hydration script without pulling ECharts in.
 *
 * Untrusted text (category and series names come from the data) is passed to ECharts as plain
 * text, never inside a string template ('{b}' …) nor as HTML: ECharts' SVG renderer escapes text
 * nodes (zrender `encodeHTML`), and no option here has a tooltip formatter, since ECharts renders
 * tooltip formatters as HTML (apache/echarts#21285). Hover text (`barHoverText`) is plain text
 * that the client inserts with `textContent`.
 *
 * Unknown values are `null` in, ECharts' '-' (missing) out: never drawn as 0, never a label.
 */
import type { BarSeriesOption, EChartsOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { formatCount, formatNumber, formatWan } from '../format.ts';
import { CATEGORICAL, INK, LINE, MUTED, decalOption } from './palette.ts';

/**
 * Chinese font stack for chart text (same order as the site's --font-sans). Single quotes: the
 * SVG renderer writes it into a double-quoted style="" attribute without escaping it.
 * 'Noto Sans SC' is the family of the subset font the PNG downloads are rendered with (src/io/fonts.ts).
 */
export const FONT_STACK = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
export const FONT_SIZE = 13;

export interface BarSeriesInput {
  readonly name: string;
  /** One value per category, in `unit`; null = unknown. */
  readonly values: readonly (number | null)[];
}

export interface BarInput {
  readonly categories: readonly string[];
  readonly series: readonly BarSeriesInput[];
  /** Unit of every value: '万元' (shown as 万元/亿元), or a counter such as '个', '家', '人'. */
  readonly unit: string;
  /** Bars run left→right, first category on top. Prefer for long names or more than ~6 categories. */
  readonly horizontal?: boolean;
  /** ECharts decal patterns (aria.decal) on the bars, so series differ by texture too. */
  readonly decal?: boolean;
  /** Accessible description (usually `summarize(...)`); written into the option's aria label. */
  readonly description?: string;
  /** Value labels on the bars; default: on for a single series. */
  readonly valueLabels?: boolean;
  /**
   * Width (px) the option will be rendered at, for label wrapping; default 640. Build a second
   * option with `width: 360` for EChart's `narrowOption` (phones), so text is not scaled down.
   */
  readonly width?: number;
}

/** A value in its unit, for people: '1.05 亿元', '3,000 万元', '12 家'; null → '未知'. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '未知';
  return unit === '万元' ? formatWan(value) : formatCount(value, unit);
}

function checkInput(input: BarInput): void {
  for (const s of input.series) {
    if (s.values.length !== input.categories.length) {
      throw new RangeError(`barOption: series "${s.name}" has ${s.values.length} values for ${input.categories.length} categories`);
    }
    for (const v of s.values) {
      if (v !== null && !Number.isFinite(v)) throw new RangeError(`barOption: series "${s.name}" has a non-finite value ${v}`);
    }
  }
}

/** Value-axis scale: 万元 amounts of 1 亿 and more are labelled in 亿元 (values stay in 万元). */
export function valueAxisScale(unit: string, maxAbs: number): { name: string; label: (v: number) => string } {
  if (unit === '万元') {
    if (maxAbs >= 10_000) return { name: '亿元', label: (v) => formatNumber(v / 10_000) };
    return { name: '万元', label: (v) => formatNumber(v) };
  }
  return { name: unit, label: (v) => formatCount(v) };
}

/** At most `max` characters (code points), the last one '…' when cut. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

const axisText = { color: INK, fontFamily: FONT_STACK, fontSize: FONT_SIZE } as const;

/** Bar chart option. Throws on series whose length differs from the categories, or non-finite values. */
export function barOption(input: BarInput): EChartsOption {
  checkInput(input);
  const horizontal = input.horizontal ?? false;
  const multi = input.series.length > 1;
  const valueLabels = input.valueLabels ?? !multi;
  let maxAbs = 0;
  for (const s of input.series) for (const v of s.values) if (v !== null) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = valueAxisScale(input.unit, maxAbs);

  // A category with no known value in any series gets a last label line: no bar is not zero.
  const allUnknown = input.categories.map((_, i) => input.series.every((s) => s.values[i] === null));
  // Labels wrap at `labelWidth` (about one CJK character per FONT_SIZE px) and are shortened to
  // two lines with '…', so they never run into the next category; the data table and the hover
  // text have every name in full.
  const width = input.width ?? 640;
  const labelWidth = horizontal
    ? Math.max(84, Math.min(168, Math.round(width * 0.27)))
    : Math.max(40, Math.floor((width - 80) / Math.max(1, input.categories.length)) - 8);
  const maxChars = 2 * Math.max(2, Math.floor(labelWidth / FONT_SIZE));
  const categoryAxis = {
    type: 'category',
    data: [...input.categories],
    inverse: horizontal, // horizontal: first category on top, as in the data table
    axisTick: { show: false },
    axisLine: { lineStyle: { color: MUTED } },
    axisLabel: {
      ...axisText,
      interval: 0,
      width: labelWidth,
      overflow: 'break',
      lineHeight: 16,
      // Plain text (no rich-text styles are defined, so names are never parsed as markup).
      formatter: (name: string, i: number) => {
        const short = shorten(name, maxChars);
        return allUnknown[i] === true ? `${short}\n（未知）` : short;
      },
    },
  } as const;
  const valueAxis = {
    type: 'value',
    name: scale.name,
    // unit: above the axis (vertical bars), centred under the tick labels (horizontal bars)
    nameLocation: horizontal ? 'middle' : 'end',
    nameGap: horizontal ? 28 : 12,
    nameTextStyle: { color: MUTED, fontFamily: FONT_STACK, fontSize: 12, align: horizontal ? 'center' : 'right' },
    axisLabel: { color: MUTED, fontFamily: FONT_STACK, fontSize: 12, formatter: (v: number) => scale.label(v) },
    splitNumber: horizontal && width < 480 ? 3 : 5, // fewer ticks where the value axis is short
    // counts of a few (2 projects) are not ticked 0.5, 1.5: whole values have whole ticks
    ...(input.series.every((s) => s.values.every((v) => v === null || Number.isInteger(v))) ? { minInterval: 1 } : {}),
    splitLine: { lineStyle: { color: LINE, opacity: 0.7 } },
  } as const;

  const series: BarSeriesOption[] = input.series.map((s) => ({
    type: 'bar',
    name: s.name,
    // '-' is ECharts' "no value": nothing drawn, no label, unlike 0.
    data: s.values.map((v) => (v === null ? '-' : v)),
    barMaxWidth: 40,
    barCategoryGap: multi ? '30%' : '40%',
    label: {
      show: valueLabels,
      position: horizontal ? 'right' : 'top',
      distance: 4,
      color: INK,
      fontFamily: FONT_STACK,
      fontSize: 12,
      formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? formatValue(p.value, input.unit) : ''),
    },
    emphasis: { focus: 'none' },
  }));

  const option: EChartsOption = {
    animation: false,
    color: [...CATEGORICAL],
    textStyle: { fontFamily: FONT_STACK, fontSize: FONT_SIZE, color: INK },
    aria: {
      enabled: true,
      label: input.description === undefined ? { enabled: true } : { enabled: true, description: input.description },
      decal: decalOption(input.decal ?? false),
    },
    grid: {
      left: 8,
      // room for value labels at the bar ends and the axis unit name
      right: horizontal ? 72 : 16,
      top: multi ? 44 : 28,
      bottom: 8,
    },
    xAxis: (horizontal ? valueAxis : categoryAxis) as XAXisComponentOption,
    yAxis: (horizontal ? categoryAxis : valueAxis) as YAXisComponentOption,
    series,
  };
  if (multi) {
    option.legend = {
      top: 0,
      right: 0, // the value axis' unit sits top left
      itemGap: 16,
      icon: 'rect',
      itemWidth: 14,
      itemHeight: 14,
      textStyle: { color: INK, fontFamily: FONT_STACK, fontSize: FONT_SIZE },
    };
  }
  return option;
}

/** A chart's data-table alternative: header row, then one row per category (first cell = its name). */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** Data-table alternative of a bar chart: one row per category, one column per series. */
export function barTable(input: BarInput, categoryHeader: string): { columns: string[]; rows: (string | number | null)[][] } {
  checkInput(input);
  return {
    columns: [categoryHeader, ...input.series.map((s) => `${s.name}（${input.unit}）`)],
    rows: input.categories.map((c, i) => [c, ...input.series.map((s) => s.values[i] ?? null)]),
  };
}

/**
 * Hover text per series and data index, `[seriesIndex][dataIndex]`: plain text (not HTML) for
 * the hydrated chart, which sets it with textContent. Only this goes to the client.
 */
export function barHoverText(input: BarInput): string[][] {
  checkInput(input);
  const multi = input.series.length > 1;
  return input.series.map((s) =>
    input.categories.map((c, i) => {
      const v = formatValue(s.values[i] ?? null, input.unit);
      return multi ? `${c} · ${s.name}：${v}` : `${c}：${v}`;
    }),
  );
}

/**
 * Fallback hover text from a data table whose column j+1 is series j and row i is data index i
 * (as barTable makes): "教育 · 投入资金（万元）：10,500". Plain text.
 */
export function tableHoverText(table: ChartTable): string[][] {
  return table.columns.slice(1).map((col, s) =>
    table.rows.map((row) => {
      const v = row[s + 1] ?? null;
      const shown = v === null ? '未知' : typeof v === 'number' ? formatNumber(v) : v;
      return `${String(row[0] ?? '')} · ${col}：${shown}`;
    }),
  );
}

/**
 * JSON for an HTML attribute or script: `<`, `>`, `&` and the JS line separators as \u escapes,
 * so the markup carries no raw angle brackets from the data (JSON.parse restores them as text).
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Height (px) that gives each category of a bar chart room for a two-line label. */
export function barHeight(input: Pick<BarInput, 'categories' | 'series' | 'horizontal'>): number {
  if (input.horizontal !== true) return 360;
  const legend = input.series.length > 1 ? 44 : 28;
  // two label lines + the "（未知）" line = 48 px, plus a gap
  const perCategory = Math.max(56, 24 + 14 * input.series.length);
  return Math.max(200, legend + 48 + perCategory * input.categories.length);
}

export interface SummaryInput {
  /** What the categories are: '帮扶领域' → "按帮扶领域统计，…". */
  readonly by: string;
  /** What is measured: '投入资金' → "投入资金最多的是…". */
  readonly measure: string;
  /** Noun for one category: '领域' → "共 7 个领域有数据". */
  readonly noun: string;
  /** Measure word before the noun; default '个'. */
  readonly counter?: string;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
  readonly unit: string;
}

/** '教育' / '教育和产业' / '教育、产业和医疗' / '教育、产业、医疗等 5 个领域'. */
function listNames(names: readonly string[], counter: string, noun: string): string {
  if (names.length <= 1) return names.join('');
  if (names.length <= 3) return `${names.slice(0, -1).join('、')}和${names[names.length - 1] ?? ''}`;
  return `${names.slice(0, 3).join('、')}等 ${names.length} ${counter}${noun}`;
}

function groupText(names: readonly string[], value: number, unit: string, counter: string, noun: string): string {
  const v = formatValue(value, unit);
  return names.length === 1 ? `${listNames(names, counter, noun)}（${v}）` : `${listNames(names, counter, noun)}（均为 ${v}）`;
}

/**
 * One Chinese sentence stating the largest values of a bar chart's series, for the chart's
 * accessible name. Deterministic: ties are grouped, in the order the categories are given.
 * e.g. "按帮扶领域统计，投入资金最多的是教育（1.05 亿元），其次是产业（3,000 万元）；共 7 个领域有数据。"
 */
export function summarize(input: SummaryInput): string {
  if (input.values.length !== input.categories.length) {
    throw new RangeError(`summarize: ${input.values.length} values for ${input.categories.length} categories`);
  }
  const counter = input.counter ?? '个';
  const { by, measure, noun, unit } = input;
  const known: { name: string; value: number }[] = [];
  let unknown = 0;
  input.values.forEach((v, i) => {
    if (v === null) unknown += 1;
    else if (!Number.isFinite(v)) throw new RangeError(`summarize: non-finite value ${v}`);
    else known.push({ name: input.categories[i] ?? '', value: v });
  });
  const head = `按${by}统计，`;
  const unknownTail = unknown > 0 ? `，另有 ${unknown} ${counter}${noun}未知` : '';

  if (known.length === 0) {
    return unknown === 0 ? `${head}暂无${measure}数据。` : `${head}${unknown} ${counter}${noun}的${measure}均未知。`;
  }
  if (known.length === 1) {
    const only = known[0] as { name: string; value: number };
    return `${head}只有${only.name}有${measure}数据（${formatValue(only.value, unit)}）${unknownTail}。`;
  }

  // Distinct values, largest first; names within a value keep the input order (stable sort).
  const sorted = [...known].sort((a, b) => b.value - a.value);
  const groups: { value: number; names: string[] }[] = [];
  for (const k of sorted) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.value === k.value) last.names.push(k.name);
    else groups.push({ value: k.value, names: [k.name] });
  }
  const count = `共 ${known.length} ${counter}${noun}有数据${unknownTail}`;
  const top = groups[0] as { value: number; names: string[] };
  if (groups.length === 1) {
    return `${head}${count}，${measure}均为 ${formatValue(top.value, unit)}。`;
  }
  const second = groups[1] as { value: number; names: string[] };
  // a space between a Chinese word and a number that follows it, as everywhere on the site ("是 2022 年")
  const after = (word: string, text: string): string => `${word}${/^\d/u.test(text) ? ' ' : ''}${text}`;
  return (
    `${head}${measure}${after('最多的是', groupText(top.names, top.value, unit, counter, noun))}，` +
    `${after('其次是', groupText(second.names, second.value, unit, counter, noun))}；${count}。`
  );
}
