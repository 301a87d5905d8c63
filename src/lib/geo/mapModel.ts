/**
 * Map model: geometry + already-aggregated figures → SVG path strings and data attributes, drawn at
 * build time with d3-geo so that the map is in the HTML and reads without JavaScript. Pure: the
 * caller loads the geometry (bundled schematic or the publisher's approved base map).
 */
import { ckmeans } from 'simple-statistics';
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type Geo = Polygon | MultiPolygon;

/** A shape to draw: a province outline, or a region with figures (county, prefecture or province). */
export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
}

/** An arrow from one region to another (a flow map): a curved path in the map's viewBox. */
export interface MapFlow {
  from: string;
  to: string;
  /** SVG path data: a quadratic curve, bowed to the left of the direction of travel. */
  d: string;
  /** Stroke width in viewBox units, by the flow's size. */
  width: number;
  /** What the arrow stands for, for its <title>. */
  label: string;
}

export interface MapView {
  width: number;
  height: number;
  provinces: MapShape[];
  regions: MapShape[];
  /** Arrows drawn over the regions (empty for a choropleth). */
  flows: MapFlow[];
  /** Centre of each province outline in the viewBox (for arrows). */
  centroids: ReadonlyMap<string, readonly [number, number]>;
  /** The 南海诸岛 inset (national maps): its path and where its label goes, below the box. */
  inset: { d: string; labelX: number; labelY: number } | null;
}

/** A curved arrow path from `a` to `b`, bowed by a fifth of its length. */
export function flowPath(a: readonly [number, number], b: readonly [number, number]): string {
  const [x0, y0] = a;
  const [x1, y1] = b;
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  // the control point: off the midpoint, perpendicular to the chord
  const cx = mx - (y1 - y0) * 0.2;
  const cy = my + (x1 - x0) * 0.2;
  const r = (n: number): string => n.toFixed(1);
  return `M${r(x0)},${r(y0)}Q${r(cx)},${r(cy)} ${r(x1)},${r(y1)}`;
}

/**
 * China in an Albers-style conic equal-area projection (standard parallels 25° and 47°, central
 * meridian 105°E, the usual choice for maps of China), fitted to the width and the provinces'
 * extent; the height follows from the extent.
 */
export function buildMapView(
  provinces: FeatureCollection<Geo>,
  regions: readonly Feature<Geo>[],
  width = 800,
  fitTo?: GeoPermissibleObjects,
  inset?: Feature<Geo> | null,
): MapView {
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  const target = fitTo ?? provinces;
  // a margin, so that strokes and polygons a little outside the target's outline are not clipped
  const pad = Math.round(width * 0.02);
  const path = geoPath(projection);
  /** Fits the target to `w` pixels of width, its top-left corner at the margin; returns its height. */
  const fitToWidth = (w: number): number => {
    projection.fitWidth(w, target);
    const [[x0, y0], [, y1]] = path.bounds(target);
    projection.translate([projection.translate()[0] - x0 + pad, projection.translate()[1] - y0 + pad]);
    return Math.ceil(y1 - y0 + 2 * pad);
  };
  let height = fitToWidth(width - 2 * pad);
  // the 南海诸岛 inset stands at the lower right, partly beyond the provinces' extent: shrink the map to make room
  if (inset) {
    const right = insetBox(inset, projection).x1;
    if (right > width - pad) height = fitToWidth(((width - 2 * pad) * (width - 2 * pad)) / (right - pad));
  }
  const round = (d: string | null): string => (d ?? '').replace(/(\d+\.\d)\d+/gu, '$1');
  const shape = (f: Feature<Geo>): MapShape => ({
    code: String(f.id ?? ''),
    name: String((f.properties as { name?: string } | null)?.name ?? ''),
    d: round(path(f)),
  });
  const centroids = new Map<string, readonly [number, number]>();
  for (const f of provinces.features) {
    const [x, y] = path.centroid(f);
    if (Number.isFinite(x) && Number.isFinite(y)) centroids.set(String(f.id ?? ''), [x, y]);
  }
  let insetView: MapView['inset'] = null;
  if (inset) {
    const box = insetBox(inset, projection);
    const polygons = inset.geometry.type === 'Polygon' ? [inset.geometry.coordinates] : inset.geometry.coordinates;
    const point = (c: Position): string =>
      box
        .point(c)
        .map((v) => v.toFixed(1))
        .join(',');
    const d = polygons.flatMap((rings) => rings.map((ring) => `M${ring.map(point).join('L')}Z`)).join('');
    insetView = { d, labelX: Math.round((box.x0 + box.x1) / 2), labelY: Math.round(box.y1 + 14) };
  }
  return {
    width,
    height: insetView ? Math.max(height, insetView.labelY + pad) : height,
    provinces: provinces.features.map(shape),
    regions: regions.map(shape).filter((s) => s.d.length > 0),
    flows: [],
    centroids,
    inset: insetView,
  };
}

/**
 * Where the inset is drawn: as standard maps draw it, an upright box, not bent by the conic
 * projection. Its north-west corner is where the projection puts that corner, its scale the
 * projection's there; latitude is stretched by 1/0.75, as ECharts does (its aspect of 0.75), so
 * that the box keeps its own proportions.
 */
function insetBox(f: Feature<Geo>, projection: (p: [number, number]) => [number, number] | null) {
  const coords = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
  const lons = coords.map((c) => c[0]!);
  const lats = coords.map((c) => c[1]!);
  const lon0 = Math.min(...lons);
  const lat0 = Math.max(...lats);
  const [ax, ay] = projection([lon0, lat0])!;
  const [bx, by] = projection([lon0 + 1, lat0])!;
  const k = Math.hypot(bx - ax, by - ay);
  const point = ([lon, lat]: Position): [number, number] => [ax + (lon! - lon0) * k, ay + ((lat0 - lat!) * k) / 0.75];
  const [x1, y1] = point([Math.max(...lons), Math.min(...lats)]);
  return { point, x0: ax, y0: ay, x1, y1 };
}

/** Colour classes of a map: ascending breaks (a value ≥ breaks[k] is past class k) and the least and greatest value each class holds. */
export interface MapClasses {
  breaks: number[];
  ranges: [number, number][];
}

/**
 * Classes that fit the data: natural breaks (Ckmeans, simple-statistics), at most `classes` of them
 * and never more than there are distinct values, so few distinct values (1, 2, 3 projects) each get
 * their own class, and one big project neither flattens the small ones (equal intervals) nor shares
 * a class with them (quantiles over many equal values).
 */
export function naturalClasses(values: readonly number[], classes: number): MapClasses {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length === 0) return { breaks: [], ranges: [] };
  const k = Math.max(1, Math.min(classes, new Set(v).size));
  const clusters = ckmeans(v, k);
  return {
    breaks: clusters.slice(1).map((c) => c[0]!),
    ranges: clusters.map((c) => [c[0]!, c[c.length - 1]!]),
  };
}

/** Index of the class a value falls in, given ascending breaks (0 … breaks.length). */
export function classOf(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}
