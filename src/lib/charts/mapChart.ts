/**
 * The national key-county map and each province's map as charts of the catalog: their specs
 * (figures per region as the data table, reached key counties as the key figure) and a static SVG
 * for the downloads, the share card and the embed. Coloured like the interactive map on the pages (RegionMap.astro) by
 * the shared mapStyle.ts, with the projects metric (the pages' default). Pure.
 *
 * Every copy carries the map note: 示意图 for the bundled schematic, or the 审图号 of the
 * publisher's approved base map.
 */
import { MAP_METRICS, type MapLegend, type RegionFigures } from '../geo/mapFigures.ts';
import { measureHeader } from '../measures.ts';
import type { MapView } from '../geo/mapModel.ts';
import { escapeHtml } from '../format.ts';
import type { MapChartSpec, MapDrawing, PageRef } from './catalog.ts';
import { legendItems, mapColours, regionFill } from './mapStyle.ts';
import { FONT_STACK } from './options.ts';
import { INK, NO_DATA } from './palette.ts';
import { round, svgLines, textWidth } from './svgText.ts';

export interface KeyCountyMapInput {
  readonly id: string;
  /** The national map's view, figures, legends and region names (src/lib/site/mapPage.ts nationalMap). */
  readonly data: {
    readonly view: MapView;
    readonly figures: readonly RegionFigures[];
    readonly legends: readonly MapLegend[];
    readonly names: ReadonlyMap<string, string>;
  };
  /** Key counties listed in the data, and the size of the national list (160). */
  readonly listed: number;
  readonly listSize: number;
  /** 审图号 of an approved base map (null: the bundled schematic) and where the geometry comes from. */
  readonly baseMap: { readonly approvalNumber: string | null; readonly sourceNote: string };
  readonly source: string;
  readonly dataDate: string;
  readonly pages: readonly PageRef[];
}

const KEY_STROKE = '#1f2328';

/** The map note printed on every copy. */
export function mapNote(baseMap: KeyCountyMapInput['baseMap']): string {
  return baseMap.approvalNumber ? `审图号：${baseMap.approvalNumber}。${baseMap.sourceNote}。` : `示意图。${baseMap.sourceNote}。`;
}

type MapData = KeyCountyMapInput['data'];

/** The drawing of a map: regions coloured by the projects metric (the pages' default), key counties outlined. */
function mapDrawing(data: MapData, baseMap: KeyCountyMapInput['baseMap']): MapDrawing {
  const { view, figures, legends } = data;
  const figByCode = new Map(figures.map((f) => [f.code, f]));
  const colours = mapColours(legends);
  const projectsLegend = legends.find((l) => l.metric === 'projects');
  return {
    width: view.width,
    height: view.height,
    provinces: view.provinces.map((p) => p.d),
    regions: view.regions.map((r) => {
      const f = figByCode.get(r.code);
      return { d: r.d, fill: regionFill(f, 'projects', colours), key: f?.isKeyCounty ?? false };
    }),
    legend: [...(projectsLegend ? legendItems(projectsLegend, figures) : []), { colour: '#ffffff', label: '黑色描边：已收录的重点帮扶县' }],
    legendTitle: '项目数（个）',
    mapNote: mapNote(baseMap),
    inset: view.inset,
  };
}

/** Figures per region, most projects first (ties by code), and their names. */
function rankedFigures(data: MapData): { sorted: RegionFigures[]; name: (code: string) => string } {
  const sorted = [...data.figures].sort((a, b) => b.projects - a.projects || a.code.localeCompare(b.code));
  return { sorted, name: (code) => data.names.get(code) ?? code };
}

/** A map chart: the drawing, the figures as the table (most projects first), and the words that state its finding. */
function mapSpec(
  input: {
    readonly id: string;
    readonly data: MapData;
    readonly baseMap: KeyCountyMapInput['baseMap'];
    readonly source: string;
    readonly dataDate: string;
    readonly pages: readonly PageRef[];
  },
  { sorted, name }: ReturnType<typeof rankedFigures>,
  words: Pick<MapChartSpec, 'title' | 'summary' | 'keyFigure'>,
): MapChartSpec {
  return {
    id: input.id,
    kind: 'map',
    title: words.title,
    summary: words.summary,
    map: mapDrawing(input.data, input.baseMap),
    table: {
      columns: ['地区', '重点帮扶县', ...MAP_METRICS.filter((m) => m.unit).map((m) => measureHeader(m))],
      rows: sorted.map((f) => [name(f.code), f.isKeyCounty ? '是' : '否', f.projects, f.funds, f.orgs]),
    },
    source: input.source,
    dataDate: input.dataDate,
    pages: input.pages,
    keyFigure: words.keyFigure,
  };
}

/** The key-county map spec: the map as drawn on /map/, its figures as the table. */
export function keyCountyMapSpec(input: KeyCountyMapInput): MapChartSpec {
  const { figures } = input.data;
  const reached = figures.filter((f) => f.isKeyCounty && f.projects > 0).length;
  const withProjects = figures.filter((f) => f.projects > 0);
  const { sorted, name } = rankedFigures(input.data);
  const top = sorted[0];
  const summary =
    `国家乡村振兴重点帮扶县共 ${input.listSize} 个，本站已收录有来源的 ${input.listed} 个，其中 ${reached} 个有社会组织项目直达` +
    (top !== undefined && top.projects > 0
      ? `；逐项记录的项目涉及 ${withProjects.length} 个地区，项目最多的是${name(top.code)}（${top.projects} 个）。`
      : '；暂无项目记录。');
  return mapSpec(
    input,
    { sorted, name },
    {
      title: `已收录的 ${input.listed} 个重点帮扶县中，${reached} 个有社会组织项目直达`,
      summary,
      keyFigure: { value: reached, unit: '个', label: `有项目直达的重点帮扶县（已收录 ${input.listed}/${input.listSize} 个）` },
    },
  );
}

export interface ProvinceMapInput {
  readonly id: string;
  /** The province's name, e.g. 甘肃省. */
  readonly province: string;
  /** The province's map (src/lib/site/mapPage.ts provinceMap): its counties, figures and names. */
  readonly data: MapData;
  readonly baseMap: KeyCountyMapInput['baseMap'];
  readonly source: string;
  readonly dataDate: string;
  readonly pages: readonly PageRef[];
}

/**
 * A province's map (the drill-down of the region page) as a chart: its counties coloured by the
 * projects that name them, listed key counties outlined. The finding is the key counties reached
 * where the province has listed ones, else how many of its counties or prefectures projects name.
 * Projects aimed at the whole province colour no county; the summary says so.
 */
export function provinceMapSpec(input: ProvinceMapInput): MapChartSpec {
  const { figures } = input.data;
  const keys = figures.filter((f) => f.isKeyCounty).length;
  const reached = figures.filter((f) => f.isKeyCounty && f.projects > 0).length;
  const named = figures.filter((f) => f.projects > 0).length;
  const { sorted, name } = rankedFigures(input.data);
  const top = sorted[0];
  const p = input.province;
  const title =
    keys > 0
      ? `${p}已收录重点帮扶县 ${keys} 个，其中 ${reached} 个有项目直达`
      : named > 0
        ? `${p}：项目指明的县（区）或地市有 ${named} 个`
        : `${p}的项目未指明县（区）或地市`;
  const summary =
    (keys > 0
      ? `${p}有本站已收录的国家乡村振兴重点帮扶县 ${keys} 个，其中 ${reached} 个有社会组织项目直达；`
      : `${p}没有本站已收录的重点帮扶县；`) +
    (top !== undefined && top.projects > 0
      ? `逐项记录的项目指明了 ${named} 个县（区）或地市，项目最多的是${name(top.code)}（${top.projects} 个）。`
      : '逐项记录的项目未指明县（区）或地市。') +
    '面向全省的项目不在图上着色。';
  return mapSpec(
    input,
    { sorted, name },
    {
      title,
      summary,
      keyFigure:
        keys > 0
          ? { value: reached, unit: '个', label: `有项目直达的重点帮扶县（${p}已收录 ${keys} 个）` }
          : { value: named, unit: '个', label: '项目指明的县（区）或地市' },
    },
  );
}

const LEGEND_FONT = 12;
const LEGEND_ROW = 20;

/** Legend rows: swatches and labels flowed into lines of `width`. */
function legendLayout(drawing: MapDrawing, width: number): { x: number; row: number; colour: string; label: string; outline: boolean }[] {
  const items = drawing.legend.map((it, i) => ({ ...it, outline: i === drawing.legend.length - 1 }));
  const out: { x: number; row: number; colour: string; label: string; outline: boolean }[] = [];
  let x = 0;
  let row = 0;
  for (const it of items) {
    const w = 14 + 6 + textWidth(it.label, LEGEND_FONT) + 16;
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    out.push({ x, row, ...it });
    x += w;
  }
  return out;
}

/** Height of the drawn map plus legend at `width`. */
export function mapSvgHeight(drawing: MapDrawing, width: number): number {
  const rows = (legendLayout(drawing, width).at(-1)?.row ?? -1) + 1;
  return Math.ceil((drawing.height * width) / drawing.width + 8 + LEGEND_ROW + rows * LEGEND_ROW);
}

/**
 * The map as one <svg> element at `width` (height follows): province outlines, regions in their
 * fill (key counties outlined), then the legend. Attribute values are escaped, though they are
 * numbers and colours this module made.
 */
export function mapSvg(drawing: MapDrawing, o: { width: number; id: string; ariaLabel: string }): string {
  const s = o.width / drawing.width;
  const mapHeight = drawing.height * s;
  const height = mapSvgHeight(drawing, o.width);
  const id = o.id.replace(/[^A-Za-z0-9_-]/gu, '-');
  const parts: string[] = [];
  parts.push(`<g transform="scale(${round(s)})">`);
  parts.push(
    `<g fill="${NO_DATA}" stroke="#b8bec6" stroke-width="${round(0.6 / s)}">${drawing.provinces.map((d) => `<path d="${escapeHtml(d)}"/>`).join('')}</g>`,
  );
  parts.push(
    `<g stroke="#ffffff" stroke-width="${round(0.4 / s)}">${drawing.regions
      .filter((r) => !r.key)
      .map((r) => `<path d="${escapeHtml(r.d)}" fill="${escapeHtml(r.fill)}"/>`)
      .join('')}</g>`,
  );
  // key counties last, so their outline is on top
  parts.push(
    `<g stroke="${KEY_STROKE}" stroke-width="${round(0.9 / s)}">${drawing.regions
      .filter((r) => r.key)
      .map((r) => `<path d="${escapeHtml(r.d)}" fill="${escapeHtml(r.fill)}"/>`)
      .join('')}</g>`,
  );
  if (drawing.inset) {
    const i = drawing.inset;
    parts.push(
      `<g fill="#7a8591"><path d="${escapeHtml(i.d)}"/></g>`,
      // the label's baseline below the box by its own size, at whatever scale the copy is drawn
      svgLines(['南海诸岛'], i.labelX, round(i.labelY - 14 + 14 / s), 12, {
        fontSize: round(11 / s),
        fill: '#57606a',
        fontFamily: FONT_STACK,
        anchor: 'middle',
      }),
    );
  }
  parts.push('</g>');
  let y = mapHeight + 8;
  parts.push(svgLines([drawing.legendTitle], 0, y + 13, LEGEND_ROW, { fontSize: LEGEND_FONT, fill: INK, fontFamily: FONT_STACK }));
  y += LEGEND_ROW;
  for (const it of legendLayout(drawing, o.width)) {
    const top = y + it.row * LEGEND_ROW;
    parts.push(
      `<rect x="${round(it.x + 0.5)}" y="${round(top + 3.5)}" width="14" height="10" fill="${escapeHtml(it.colour)}" stroke="${it.outline ? KEY_STROKE : '#9aa3ad'}" stroke-width="${it.outline ? 1.5 : 1}"/>`,
    );
    parts.push(svgLines([it.label], it.x + 20, top + 13, LEGEND_ROW, { fontSize: LEGEND_FONT, fill: INK, fontFamily: FONT_STACK }));
  }
  return `<svg role="img" aria-label="${escapeHtml(o.ariaLabel)}" id="${id}" xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}">${parts.join('')}</svg>`;
}
