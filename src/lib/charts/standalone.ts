/**
 * The downloadable SVG of a chart: the plot ECharts rendered (render.ts) inside a frame that
 * carries the title, the summary and a credit band (source, data date, site, permalink, licence),
 * so a file that travels on its own still says where it comes from. Pure.
 *
 * Escaping: every text this module adds (title, summary, source, site name, URL…) is data and goes
 * through escapeHtml (svgText.ts `svgLines`); the plot's own text was escaped by ECharts' SVG
 * renderer. The result is a well-formed XML document (resvg, which parses it strictly, renders it).
 */
import type { ChartSpec } from './catalog.ts';
import { FONT_STACK } from './options.ts';
import { INK, LINE, MUTED } from './palette.ts';
import { round, svgLines, wrapText, xmlComment } from './svgText.ts';
import { escapeHtml } from '../format.ts';

/** Who publishes the chart and where it lives: printed in the credit band and the card. */
export interface Credit {
  readonly siteName: string;
  readonly publisher: string;
  /** Absolute URL of the chart's permalink page. */
  readonly permalink: string;
  readonly license: { readonly name: string; readonly url: string };
  /** Which script made the file, for the comment at its top ("由 … 生成"). */
  readonly generator: string;
}

export interface Plot {
  /** An <svg> element string as renderChartSvg makes it (with width, height and viewBox). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 24;

/** Place a rendered <svg> element at (x, y) inside another SVG (nested <svg> with x/y). */
export function placeSvg(svg: string, x: number, y: number): string {
  if (!svg.startsWith('<svg ')) throw new Error('placeSvg: expected an <svg> element');
  if (/^<svg\b[^>]*\s(?:x|y)="/u.test(svg)) throw new Error('placeSvg: the element already has x/y');
  return `<svg x="${round(x)}" y="${round(y)}" ${svg.slice('<svg '.length)}`;
}

/** The framed, credited SVG document of `spec` around `plot`. */
export function standaloneSvg(spec: ChartSpec, plot: Plot, credit: Credit): string {
  const width = plot.width + 2 * PAD;
  const inner = plot.width;
  const parts: string[] = [];
  let y = PAD;

  const title = wrapText(spec.title, inner, 20);
  parts.push(svgLines(title, PAD, y + 20, 28, { fontSize: 20, fontWeight: 700, fill: INK, fontFamily: FONT_STACK }));
  y += title.length * 28 + 4;
  const summary = wrapText(spec.summary, inner, 13);
  parts.push(svgLines(summary, PAD, y + 14, 20, { fontSize: 13, fill: MUTED, fontFamily: FONT_STACK }));
  y += summary.length * 20 + 12;

  parts.push(placeSvg(plot.svg, PAD, y));
  y += plot.height + 12;

  parts.push(`<line x1="${PAD}" x2="${PAD + inner}" y1="${y}" y2="${y}" stroke="${LINE}" stroke-width="1"/>`);
  y += 8;
  const footer = [
    // a map carries its note on every copy: 示意图, or the 审图号 of an approved base map
    ...(spec.kind === 'map' ? [spec.map.mapNote] : []),
    `来源：${spec.source}`,
    `数据截至：${spec.dataDate}`,
    `${credit.siteName} · 主办单位：${credit.publisher}`,
    credit.permalink,
    `许可：${credit.license.name}（${credit.license.url}）`,
  ].flatMap((t) => wrapText(t, inner, 12));
  parts.push(svgLines(footer, PAD, y + 13, 18, { fontSize: 12, fill: MUTED, fontFamily: FONT_STACK }));
  y += footer.length * 18 + PAD - 4;
  const height = Math.ceil(y);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(`由 ${credit.generator} 在构建时生成，请勿手工修改。`),
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(spec.id)}-title ${escapeHtml(spec.id)}-desc">`,
    `<title id="${escapeHtml(spec.id)}-title">${escapeHtml(spec.title)}</title>`,
    `<desc id="${escapeHtml(spec.id)}-desc">${escapeHtml(spec.summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
