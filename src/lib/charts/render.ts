/**
 * Server-side chart rendering: ECharts option → SVG string, at build time. The only module that
 * imports the ECharts runtime; the browser gets at most `echarts/ssr/client` (see EChart.astro).
 * Costs milliseconds a chart (see npm run bench:charts): for hub pages, not for every entity page.
 *
 * The SVG is safe to inline: ECharts' SVG renderer escapes text nodes (zrender `encodeHTML`),
 * the options we build put untrusted text only into text (names, labels), and what this module
 * adds (role, aria-label, ids) is escaped or restricted to [A-Za-z0-9_-] here.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { escapeHtml } from '../format.ts';

export interface RenderOptions {
  readonly width: number;
  readonly height: number;
  /**
   * Stable prefix for the SVG's internal ids and classes (patterns, clip paths, hover styles).
   * ECharts numbers them per process (zr0-, zr1-, …), which depends on render order and can clash
   * between two charts on one page; with this they are deterministic and unique per chart.
   */
  readonly id?: string;
  /** Accessible name on the <svg>; default: the option's aria.label.description. */
  readonly ariaLabel?: string;
}

function ariaDescription(option: EChartsOption): string | undefined {
  const aria = Array.isArray(option.aria) ? option.aria[0] : option.aria;
  const d: unknown = aria?.label?.description;
  return typeof d === 'string' ? d : undefined;
}

/** Render `option` to an SVG string (role="img", aria-label, viewBox). Always disposes the chart. */
export function renderChartSvg(option: EChartsOption, opts: RenderOptions): string {
  if (!(opts.width > 0 && opts.height > 0)) throw new RangeError(`renderChartSvg: bad size ${opts.width}×${opts.height}`);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: opts.width, height: opts.height, locale: 'ZH' });
  let svg: string;
  try {
    chart.setOption({ animation: false, ...option });
    svg = chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }

  // Internal names are `zrN-…` (N: the SVG painter, one per render) and `zrN-cls-M` (M: a
  // process-wide counter). Both are rewritten, only in attribute/stylesheet positions:
  // `id="`, `url(#`, `class="`, and `.` at a line start in the <style>. Quotes are escaped in
  // text nodes, so `id="`/`class="` can't come from the data.
  const prefix = opts.id === undefined ? null : opts.id.replace(/[^A-Za-z0-9_-]/gu, '-');
  const classes = new Map<string, number>();
  svg = svg.replace(/(\bclass="|^\.)(zr\d+)-cls-(\d+)/gmu, (_m, lead: string, zr: string, n: string) => {
    let k = classes.get(n);
    if (k === undefined) classes.set(n, (k = classes.size));
    return `${lead}${prefix ?? zr}-cls-${k}`;
  });
  if (prefix !== null) svg = svg.replace(/(\bid="|url\(#|\bclass="|^\.)zr\d+-/gmu, `$1${prefix}-`);

  // ECharts writes its hover highlight (:hover fill and cursor) as a <style> inside the SVG. Pages
  // allow a <style> only by a hash in their Content-Security-Policy, which is written in the <head>
  // before a chart is drawn; the highlight is cosmetic (the hover text is hydrated apart), so it is
  // left out rather than allowing every inline style.
  svg = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gu, '');

  const label = opts.ariaLabel ?? ariaDescription(option);
  const attrs = label === undefined ? 'role="img"' : `role="img" aria-label="${escapeHtml(label)}"`;
  if (!svg.startsWith('<svg ')) throw new Error('renderChartSvg: unexpected SVG output');
  return `<svg ${attrs} ${svg.slice('<svg '.length)}`;
}
