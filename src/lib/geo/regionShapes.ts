/**
 * The polygon of any region code from the base map: a province's outline, a county's polygon, or
 * a prefecture as the union (one MultiPolygon) of its counties' polygons. Pure: the caller passes
 * the base map's province features and per-province county lookup.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Geo } from './mapModel.ts';

export interface ShapeSource {
  provinces: FeatureCollection<Geo>;
  countiesOf(province: string): Feature<Geo>[];
  /** The 南海诸岛 inset drawn on national maps (null: none, e.g. an approved base map that has its own). */
  inset?: Feature<Geo> | null;
}

const polygonsOf = (g: Geo): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** The feature for a code (id = code, properties.name = name), or null when the base map lacks it. */
export function regionFeature(src: ShapeSource, code: string, name: string): Feature<Geo> | null {
  const province = `${code.slice(0, 2)}0000`;
  if (code === province) {
    const f = src.provinces.features.find((x) => String(x.id) === code);
    return f ? { type: 'Feature', id: code, properties: { name }, geometry: f.geometry } : null;
  }
  const counties = src.countiesOf(province);
  const exact = counties.find((x) => String(x.id) === code);
  if (exact) return { type: 'Feature', id: code, properties: { name }, geometry: exact.geometry };
  if (code.endsWith('00')) {
    const parts = counties.filter((x) => String(x.id).slice(0, 4) === code.slice(0, 4));
    if (parts.length === 0) return null;
    return {
      type: 'Feature',
      id: code,
      properties: { name },
      geometry: { type: 'MultiPolygon', coordinates: parts.flatMap((p) => polygonsOf(p.geometry)) },
    };
  }
  return null;
}
