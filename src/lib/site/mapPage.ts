/**
 * Everything the national key-county map needs, from the site model and a base map: figures per
 * region that projects name (any level) and per listed key county, their shapes (coarse levels
 * drawn first so counties stay on top), and names. Pure.
 */
import { rollup } from '../aggregate/rollups.ts';
import { mapFigures, type MapLegend, type RegionFigures } from '../geo/mapFigures.ts';
import { buildMapView, flowPath, type Geo, type MapView } from '../geo/mapModel.ts';
import { formatMeasure, MEASURES } from '../measures.ts';
import { regionFeature, type ShapeSource } from '../geo/regionShapes.ts';
import type { Feature } from 'geojson';
import type { SiteModel } from './model.ts';

export interface MapPageData {
  view: MapView;
  figures: RegionFigures[];
  legends: MapLegend[];
  names: Map<string, string>;
  linkable: Set<string>;
  /** Codes that projects name but the base map cannot draw. */
  missing: string[];
}

const LEVEL_ORDER = { province: 0, prefecture: 1, county: 2 } as const;

/** The names of the base map's provinces: the current name by code, else the base map's own. */
function provinceNames(model: SiteModel, src: ShapeSource): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of src.provinces.features)
    names.set(String(f.id), model.regions.get(String(f.id))?.name ?? String((f.properties as { name?: string } | null)?.name ?? f.id));
  return names;
}

/**
 * The country at national scale (issue #14: what a national map can show, however many projects):
 * each province coloured by the projects aimed at it or inside it, and every listed key county
 * drawn over it, as an outline for projects, funds and organizations and filled for "reached".
 * County detail is on each province's own map (provinceMap).
 */
export function nationalMap(model: SiteModel, src: ShapeSource, width = 800): MapPageData {
  const keyCodes = new Set(model.data.keyCounties.map((k) => k.code));
  const groups = [
    ...rollup(model.data.projects, (p) => p.targetRegions.map((c) => model.regions.provinceOf(c))),
    ...rollup(model.data.projects, (p) => p.targetRegions.filter((c) => keyCodes.has(c))),
  ];
  const orgsOf = (id: string) => model.projectById.get(id)?.organizationIds ?? [];
  const { figures, legends } = mapFigures(groups, keyCodes, orgsOf, keyCodes);
  const names = provinceNames(model, src);
  const features: Feature<Geo>[] = [];
  const missing: string[] = [];
  const ordered = [...figures].sort(
    (a, b) =>
      LEVEL_ORDER[model.regions.get(a.code)?.level ?? 'county'] - LEVEL_ORDER[model.regions.get(b.code)?.level ?? 'county'] ||
      a.code.localeCompare(b.code),
  );
  for (const f of ordered) {
    const name = model.regions.pathName(f.code);
    names.set(f.code, name);
    const shape = regionFeature(src, f.code, name);
    if (shape) features.push(shape);
    else missing.push(f.code);
  }
  return {
    view: buildMapView(src.provinces, features, width, undefined, src.inset),
    figures,
    legends,
    names,
    linkable: new Set(model.regionEntries.keys()),
    missing,
  };
}

/**
 * One province with all its counties (the drill-down from the national map): every county is
 * drawn, coloured by the projects that name it (projects aimed at the whole province or a
 * prefecture are not spread over counties). Null when the base map has no counties for it.
 */
export function provinceMap(model: SiteModel, src: ShapeSource, province: string, width = 640): MapPageData | null {
  const counties = src.countiesOf(province);
  if (counties.length === 0) return null;
  const inProvince = (code: string): boolean => code.slice(0, 2) === province.slice(0, 2) && code !== province;
  // regions below the province that projects name (counties or prefectures), and listed key counties
  const groups = rollup(model.data.projects, (p) => p.targetRegions.filter(inProvince));
  const keyCodes = new Set(model.data.keyCounties.map((k) => k.code).filter(inProvince));
  const { figures, legends } = mapFigures(groups, keyCodes, (id) => model.projectById.get(id)?.organizationIds ?? []);
  const names = new Map<string, string>();
  for (const f of counties)
    if (f.id !== undefined && String(f.id) !== '') names.set(String(f.id), model.regions.get(String(f.id))?.name ?? String(f.id));
  const features: Feature<Geo>[] = [];
  const missing: string[] = [];
  const ordered = [...figures].sort(
    (a, b) =>
      LEVEL_ORDER[model.regions.get(a.code)?.level ?? 'county'] - LEVEL_ORDER[model.regions.get(b.code)?.level ?? 'county'] ||
      a.code.localeCompare(b.code),
  );
  for (const f of ordered) {
    const name = model.regions.get(f.code)?.name ?? f.code;
    names.set(f.code, name);
    const shape = regionFeature(src, f.code, name);
    if (shape) features.push(shape);
    else missing.push(f.code);
  }
  // every county (including polygons of divisions re-coded since the base map was made) is the
  // grey base layer; it is also what the view is fitted to
  const base = { type: 'FeatureCollection' as const, features: counties };
  return {
    view: buildMapView(base, features, width, base),
    figures,
    legends,
    names,
    linkable: new Set(model.regionEntries.keys()),
    missing,
  };
}

/**
 * Where one province's organizations help (a province that gives help: 江苏, 天津): the target
 * provinces coloured by the projects aimed at them, and an arrow from the province to each other
 * province it reaches, as wide as its share of projects. A project aimed at two provinces counts
 * for each (funds are never split). Its own province is coloured by its 省内 projects.
 */
export function flowMap(model: SiteModel, src: ShapeSource, from: string, width = 800): MapPageData {
  const groups = rollup(model.data.projects, (p) => p.targetRegions.map((c) => model.regions.provinceOf(c)));
  const { figures, legends } = mapFigures(groups, new Set(), (id) => model.projectById.get(id)?.organizationIds ?? []);
  const names = provinceNames(model, src);
  const features: Feature<Geo>[] = [];
  const missing: string[] = [];
  for (const f of figures) {
    const shape = regionFeature(src, f.code, names.get(f.code) ?? f.code);
    if (shape) features.push(shape);
    else missing.push(f.code);
  }
  const view = buildMapView(src.provinces, features, width, undefined, src.inset);
  const start = view.centroids.get(from);
  const outside = groups.filter((g) => g.key !== from);
  const most = Math.max(1, ...outside.map((g) => g.projectIds.length));
  const flows = start
    ? outside.flatMap((g) => {
        const end = view.centroids.get(g.key);
        if (!end) return [];
        const n = g.projectIds.length;
        const label = `${names.get(from) ?? from} → ${names.get(g.key) ?? g.key}：${formatMeasure(MEASURES.projects, n)}`;
        return [{ from, to: g.key, d: flowPath(start, end), width: 1.5 + (4.5 * n) / most, label }];
      })
    : [];
  return { view: { ...view, flows }, figures, legends, names, linkable: new Set(model.regionEntries.keys()), missing };
}
