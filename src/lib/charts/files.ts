/**
 * A chart's data files: CSV (the data table, with the open-data CSV writer: UTF-8 BOM, CRLF,
 * RFC 4180 quoting, formula defusing, unknown = empty cell) and JSON (the spec's data, citation,
 * licence and links). Pure.
 */
import { FUNDS_CONVENTION } from '../measures.ts';
import { toCsv } from '../opendata/csv.ts';
import { barHeight } from './options.ts';
import { barInput, keyFigureText, type ChartSpec } from './catalog.ts';
import { chartUrls, citationText, normalizeBase, type SiteIdentity } from './citation.ts';
import { mapSvgHeight } from './mapChart.ts';

/** Which code makes the files (said inside the files that can carry a note). */
export const CHART_FILES_BY = 'src/pages/charts/（由 src/lib/charts/ 在构建时生成）';

/** The data table as CSV: header row (category, then each series with its unit), one row per category. */
export function chartCsv(spec: ChartSpec): string {
  return toCsv(spec.table.columns, spec.table.rows);
}

/** The chart as JSON: data (null = unknown), text, provenance, citation, licence and links. */
export function chartJson(spec: ChartSpec, site: SiteIdentity): Record<string, unknown> {
  const urls = chartUrls(site, spec.id);
  const origin = site.url.replace(/\/+$/u, '');
  return {
    generatedBy: CHART_FILES_BY,
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    summary: spec.summary,
    conventions: {
      unknown: 'null 表示未知，不是 0',
      funds: FUNDS_CONVENTION,
    },
    ...(spec.kind === 'bar'
      ? { unit: spec.bar.unit, categoryHeader: spec.bar.categoryHeader, categories: spec.bar.categories, series: spec.bar.series }
      : { map: { colouredBy: spec.map.legendTitle, legend: spec.map.legend, note: spec.map.mapNote } }),
    table: spec.table,
    keyFigure: { ...spec.keyFigure, text: keyFigureText(spec.keyFigure) },
    source: spec.source,
    dataDate: spec.dataDate,
    publisher: site.publisher,
    siteName: site.name,
    license: site.license,
    citation: citationText(spec, site),
    permalink: urls.page,
    embed: urls.embed,
    files: { svg: urls.svg, png: urls.png, csv: urls.csv, json: urls.json, card: urls.card },
    appearsOn: spec.pages.map((p) => ({ label: p.label, url: `${origin}${normalizeBase(site.base)}${p.path}` })),
  };
}

/** Height (px) of the iframe in the embed snippet: the wide chart plus title, credit and table toggle. */
export function embedHeight(spec: ChartSpec): number {
  return (spec.kind === 'bar' ? barHeight(barInput(spec)) : mapSvgHeight(spec.map, 640)) + 190;
}

/** Width and height of a PNG from its IHDR chunk (bytes 16–23); throws when it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('pngSize: not a PNG');
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** Width and height of an SVG document's root element (its width/height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/u.exec(svg);
  if (m === null) throw new Error('svgSize: no <svg width height>');
  return { width: Number(m[1]), height: Number(m[2]) };
}
