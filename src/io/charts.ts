/**
 * The chart catalog of this build and every chart's downloadable documents, computed once per
 * build and shared by the pages, the permalink and embed pages and the file endpoints. I/O edge:
 * reads the site model and the font package; the layout and data live in src/lib/charts/.
 *
 * PRODUCERS is the open list of chart producers (see src/lib/charts/catalog.ts): add a function
 * that returns ChartSpec[] and every chart it makes gets a permalink, SVG, PNG, CSV, JSON, share
 * card and embed page. Ids must be unique across producers (checkCatalog throws otherwise).
 */
import { site } from '../../site.config.ts';
import { getSiteModel } from './site.ts';
import { subsetChartFonts, renderPngCached, type SubsetFonts } from './fonts.ts';
import { barInput, checkCatalog, chartById, type BarData, type ChartSpec } from '../lib/charts/catalog.ts';
import { keyCountyMapChart, provinceMapCharts, siteCharts } from '../lib/charts/siteCharts.ts';
import { mapSvg, mapSvgHeight } from '../lib/charts/mapChart.ts';
import { loadBaseMap, type BaseMap } from './geo.ts';
import { editionCharts } from '../lib/showcase/editionCharts.ts';
import { loadSnapshot, snapshotYears } from './content.ts';
import { barHeight, barOption } from '../lib/charts/options.ts';
import { renderChartSvg } from '../lib/charts/render.ts';
import { standaloneSvg, type Credit, type Plot } from '../lib/charts/standalone.ts';
import { CARD_SCALE, shareCardSvg } from '../lib/charts/card.ts';
import { qrMatrix } from '../lib/charts/qr.ts';
import { chartUrls, type SiteIdentity } from '../lib/charts/citation.ts';
import { glyphSet, svgText } from '../lib/charts/glyphs.ts';
import type { SiteModel } from '../lib/site/model.ts';
import { provinceMap, type MapPageData } from '../lib/site/mapPage.ts';

/** What a producer gets: the site model of this build and the site configuration. */
export interface ProducerContext {
  readonly model: SiteModel;
  readonly dataDate: string;
  /** The base map of this build (bundled schematic, or the publisher's approved map). */
  readonly baseMap: BaseMap;
}
export type ChartProducer = (ctx: ProducerContext) => readonly ChartSpec[];

/** Every producer of charts, in the order of the /charts/ index. */
export const PRODUCERS: readonly ChartProducer[] = [
  ({ model, dataDate, baseMap }) => [keyCountyMapChart(model, baseMap, { dataDate }), ...siteCharts(model, { dataDate })],
  // the drill-down map of each province page (src/pages/regions/[code].astro)
  ({ model, dataDate, baseMap }) => provinceMapCharts(model, baseMap, (code) => provinceMapOf(model, code), { dataDate }),
  // annual editions: drawn from their frozen snapshots, newest first (src/lib/showcase/editionCharts.ts)
  () => [...snapshotYears()].sort((a, b) => b - a).flatMap((year) => editionCharts(loadSnapshot(year))),
];

const provinceMaps = new Map<string, MapPageData | null>();
/**
 * A province page's county map, computed once per build (one site model per build) for both the
 * region page and its chart in the catalog.
 */
export function provinceMapOf(model: SiteModel, code: string): MapPageData | null {
  let data = provinceMaps.get(code);
  if (data === undefined) provinceMaps.set(code, (data = provinceMap(model, loadBaseMap(), code)));
  return data;
}

/** The site identity charts are credited and cited with (site.config.ts). */
export const chartSite: SiteIdentity = {
  name: site.name,
  publisher: site.publisher,
  url: site.url,
  base: site.base,
  license: site.license,
};

/** Width of the plot in downloads (the same as the wide chart on pages). */
export const PLOT_WIDTH = 640;
/** PNG downloads are rendered at twice the SVG size (print). */
export const PNG_SCALE = 2;

let catalog: Promise<readonly ChartSpec[]> | null = null;

/** All charts of the site, checked (complete specs, unique ids). */
export function getChartCatalog(): Promise<readonly ChartSpec[]> {
  catalog ??= getSiteModel().then((model) => {
    const ctx: ProducerContext = { model, dataDate: site.dataAsOf, baseMap: loadBaseMap() };
    return checkCatalog(PRODUCERS.flatMap((p) => p(ctx)));
  });
  return catalog;
}

export async function getChart(id: string): Promise<ChartSpec> {
  return chartById(await getChartCatalog(), id);
}

export function creditFor(spec: ChartSpec, generator: string): Credit {
  return {
    siteName: site.name,
    publisher: site.publisher,
    permalink: chartUrls(chartSite, spec.id).page,
    license: site.license,
    generator,
  };
}

/** The wide plot, rendered as on the pages (same option builder, same size). */
export function plotOf(spec: ChartSpec): Plot {
  if (spec.kind === 'map') {
    return {
      svg: mapSvg(spec.map, { width: PLOT_WIDTH, id: `dl-${spec.id}`, ariaLabel: spec.summary }),
      width: PLOT_WIDTH,
      height: mapSvgHeight(spec.map, PLOT_WIDTH),
    };
  }
  const height = barHeight(barInput(spec));
  return {
    svg: renderChartSvg(barOption(barInput(spec, PLOT_WIDTH)), { width: PLOT_WIDTH, height, id: `dl-${spec.id}`, ariaLabel: spec.summary }),
    width: PLOT_WIDTH,
    height,
  };
}

function miniPlot(id: string): (bar: BarData, width: number, height: number) => string {
  return (bar, width, height) =>
    renderChartSvg(
      barOption({ categories: bar.categories, series: bar.series, unit: bar.unit, horizontal: bar.horizontal, width, valueLabels: true }),
      { width, height, id: `card-${id}` },
    );
}

export interface ChartDocuments {
  /** The credited standalone SVG (the .svg download; rendered to the .png). */
  readonly svg: string;
  /** The share card SVG (rendered to -card.png). */
  readonly card: string;
}

let documents: Promise<Map<string, ChartDocuments>> | null = null;

/** Standalone and card SVG of every chart. */
export function getChartDocuments(): Promise<Map<string, ChartDocuments>> {
  documents ??= getChartCatalog().then(
    (specs) =>
      new Map(
        specs.map((spec) => [
          spec.id,
          {
            svg: standaloneSvg(spec, plotOf(spec), creditFor(spec, 'src/pages/charts/[id].svg.ts')),
            card: shareCardSvg({
              spec,
              credit: creditFor(spec, 'src/pages/charts/[id]-card.png.ts'),
              qr: qrMatrix(chartUrls(chartSite, spec.id).page),
              mini: miniPlot(spec.id),
            }),
          },
        ]),
      ),
  );
  return documents;
}

let fonts: Promise<SubsetFonts> | null = null;

/** The font subset for every chart and card of this build (once per build). */
export function getChartFonts(): Promise<SubsetFonts> {
  fonts ??= getChartDocuments().then((docs) =>
    subsetChartFonts(glyphSet([...docs.values()].flatMap((d) => [svgText(d.svg), svgText(d.card)]))),
  );
  return fonts;
}

export async function getChartDocument(id: string): Promise<ChartDocuments> {
  const d = (await getChartDocuments()).get(id);
  if (d === undefined) throw new Error(`没有编号为“${id}”的图表`);
  return d;
}

// PNGs are not kept in memory for the build (hundreds of them, each written once): renderPngCached
// keeps them on disk by content

/** The chart's PNG download: the standalone SVG at 2×. */
export async function chartPng(id: string): Promise<Uint8Array<ArrayBuffer>> {
  return renderPngCached((await getChartDocument(id)).svg, await getChartFonts(), PNG_SCALE);
}

/** The share card PNG (1080 × 1920 px). */
export async function cardPng(id: string): Promise<Uint8Array<ArrayBuffer>> {
  return renderPngCached((await getChartDocument(id)).card, await getChartFonts(), CARD_SCALE);
}
