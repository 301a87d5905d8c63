/**
 * Colours and legend text of the choropleth maps, shared by the interactive map on the pages
 * (src/components/map/RegionMap.astro) and the map in the chart catalog (mapChart.ts: its SVG,
 * PNG and card), so both colour a region and word a legend class the same way. Pure.
 */
import { OUTLINE, type MapLegend, type MapMetricId, type RegionFigures } from '../geo/mapFigures.ts';
import { formatCount, formatWan } from '../format.ts';
import { NO_DATA, SEQUENTIAL, sequentialColors } from './palette.ts';

/** Colour of each class of a legend: Blues spread over its classes; 'paired' is white / blue. */
export function legendColours(l: MapLegend): string[] {
  return l.metric === 'paired'
    ? ['#ffffff', SEQUENTIAL[3] as string]
    : sequentialColors(Math.max(1, Math.min(SEQUENTIAL.length, l.classes)));
}

/** Colours per metric for a map's legends. */
export function mapColours(legends: readonly MapLegend[]): Record<string, string[]> {
  return Object.fromEntries(legends.map((l) => [l.metric, legendColours(l)]));
}

/** Fill of a region for a metric: its class colour, NO_DATA (unknown is not the lowest class), or none for an outline. */
export function regionFill(
  f: RegionFigures | undefined,
  metric: MapMetricId,
  colours: Readonly<Record<string, readonly string[]>>,
): string {
  const k = f ? f.classes[metric] : -1;
  if (k === OUTLINE) return 'none';
  return k < 0 ? NO_DATA : (colours[metric]?.[k] ?? NO_DATA);
}

/** Text of class `k` of a legend, the values it holds: '1', '3–7', '26.5–43 万元'; for 'paired': 有/暂无项目直达. */
export function legendLabel(l: MapLegend, k: number): string {
  if (l.metric === 'paired') return k === 1 ? '有项目直达' : '暂无项目直达';
  const range = l.ranges[k];
  if (range === undefined) return '有数据';
  const [lo, hi] = range;
  if (l.metric !== 'funds') return lo === hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}`;
  if (lo === hi) return formatWan(lo);
  // one unit word when both ends share it: 26.5–43 万元, but 500 万元–1.05 亿元
  const [a, b] = [formatWan(lo), formatWan(hi)];
  const unit = / (万元|亿元)$/u.exec(b)?.[0] ?? '';
  return unit !== '' && a.endsWith(unit) ? `${a.slice(0, -unit.length)}–${b}` : `${a}–${b}`;
}

/** Text of the no-data swatch that ends every legend. */
export function noDataLabel(metric: MapMetricId): string {
  return metric === 'paired' ? '非重点帮扶县' : '无数据';
}

/** How many of the regions fall in class `k` of a metric. */
export function classCount(figures: readonly RegionFigures[], metric: MapMetricId, k: number): number {
  let n = 0;
  for (const f of figures) if (f.classes[metric] === k) n++;
  return n;
}

/** The legend of a metric as swatches: one per class with how many regions it holds, then the no-data swatch. */
export function legendItems(l: MapLegend, figures: readonly RegionFigures[]): { colour: string; label: string }[] {
  const colours = legendColours(l);
  return [
    ...Array.from({ length: l.classes }, (_, k) => ({
      colour: colours[k] ?? NO_DATA,
      label: `${legendLabel(l, k)}（${classCount(figures, l.metric, k)} 个地区）`,
    })),
    { colour: NO_DATA, label: noDataLabel(l.metric) },
  ];
}
