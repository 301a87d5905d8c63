/**
 * Colours and legend text of the choropleth maps, shared by the interactive map on the pages
 * (src/components/map/RegionMap.astro) and the map in the chart catalog (mapChart.ts: its SVG,
 * PNG and card), so both colour a region and word a legend class the same way. Pure.
 */
import type { MapLegend, MapMetricId, RegionFigures } from '../geo/mapFigures.ts';
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

/** Fill of a region for a metric: its class colour, or NO_DATA (unknown is not the lowest class). */
export function regionFill(
  f: RegionFigures | undefined,
  metric: MapMetricId,
  colours: Readonly<Record<string, readonly string[]>>,
): string {
  const k = f ? f.classes[metric] : -1;
  return k < 0 ? NO_DATA : (colours[metric]?.[k] ?? NO_DATA);
}

/** Text of class `k` of a legend: '低于 3', '3 – 低于 5', '5 及以上'; for 'paired': 有/暂无项目直达. */
export function legendLabel(l: MapLegend, k: number): string {
  if (l.metric === 'paired') return k === 1 ? '有项目直达' : '暂无项目直达';
  if (l.breaks.length === 0) return '有数据';
  const lo = k === 0 ? null : (l.breaks[k - 1] as number);
  const hi = k < l.breaks.length ? (l.breaks[k] as number) : null;
  const fmt = (v: number): string => (l.metric === 'funds' ? formatWan(v) : formatCount(v));
  return lo === null ? `低于 ${fmt(hi as number)}` : hi === null ? `${fmt(lo)} 及以上` : `${fmt(lo)} – 低于 ${fmt(hi)}`;
}

/** Text of the no-data swatch that ends every legend. */
export function noDataLabel(metric: MapMetricId): string {
  return metric === 'paired' ? '非重点帮扶县' : '无数据';
}

/** The legend of a metric as swatches: one per class, then the no-data swatch. */
export function legendItems(l: MapLegend): { colour: string; label: string }[] {
  const colours = legendColours(l);
  return [
    ...Array.from({ length: l.classes }, (_, k) => ({ colour: colours[k] ?? NO_DATA, label: legendLabel(l, k) })),
    { colour: NO_DATA, label: noDataLabel(l.metric) },
  ];
}
