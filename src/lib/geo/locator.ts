/**
 * A small locator map for a case or campaign: where the places are. When every place lies in one
 * province whose counties the base map has, that province is drawn with its counties and the
 * places highlighted; otherwise the country is drawn with the places' provinces highlighted (and
 * county or prefecture shapes where known). Pure.
 */
import type { Feature } from 'geojson';
import { buildMapView, type Geo, type MapView } from './mapModel.ts';
import { regionFeature, type ShapeSource } from './regionShapes.ts';

export interface LocatorView {
  view: MapView;
  /** 'province': one province and its counties; 'national': the country. */
  scope: 'province' | 'national';
  /** Codes that could not be drawn. */
  missing: string[];
}

export function locatorMap(src: ShapeSource, places: readonly string[], nameOf: (code: string) => string, width = 360): LocatorView | null {
  if (places.length === 0) return null;
  const provinces = [...new Set(places.map((c) => `${c.slice(0, 2)}0000`))];
  const missing: string[] = [];
  const shapes = (codes: readonly string[]): Feature<Geo>[] =>
    codes.flatMap((c) => {
      const f = regionFeature(src, c, nameOf(c));
      if (!f) missing.push(c);
      return f ? [f] : [];
    });
  if (provinces.length === 1 && places.some((c) => c !== provinces[0])) {
    const counties = src.countiesOf(provinces[0]!);
    if (counties.length > 0) {
      const base = { type: 'FeatureCollection' as const, features: counties };
      // the province itself is the whole drawing: highlight only what lies inside it
      return { view: buildMapView(base, shapes(places.filter((c) => c !== provinces[0])), width, base), scope: 'province', missing };
    }
  }
  const highlighted = shapes([...new Set([...provinces, ...places])]);
  return { view: buildMapView(src.provinces, highlighted, width), scope: 'national', missing };
}
