/** Polygons wound the other way round are turned round, so d3-geo never fills the globe with one county. */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadBaseMap } from '../../../src/io/geo.ts';
import { windForD3 } from '../../../src/lib/geo/winding.ts';

// a one-degree square near 舟曲, wound as d3-geo wants it (clockwise) and the other way (RFC 7946)
const clockwise = [
  [104, 33],
  [104, 34],
  [105, 34],
  [105, 33],
  [104, 33],
];
const anticlockwise = [...clockwise].reverse();
const poly = (ring: number[][]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const HEMISPHERE = 2 * Math.PI;

describe('windForD3', () => {
  it('keeps a polygon d3-geo reads right, as the same object', () => {
    const f = poly(clockwise);
    expect(geoArea(f)).toBeLessThan(1e-3);
    expect(windForD3(f)).toBe(f);
  });

  it('turns round a polygon d3-geo would read as the rest of the globe', () => {
    const f = poly(anticlockwise);
    expect(geoArea(f)).toBeGreaterThan(HEMISPHERE);
    expect(geoArea(windForD3(f))).toBeCloseTo(geoArea(poly(clockwise)), 12);
  });

  it('turns round only the parts of a multipolygon that need it', () => {
    const shifted = clockwise.map(([x, y]) => [x! + 2, y!]);
    const f: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [[clockwise], [[...shifted].reverse()]] },
    };
    expect(geoArea(f)).toBeGreaterThan(HEMISPHERE);
    const w = windForD3(f);
    expect(geoArea(w)).toBeLessThan(1e-3);
    expect(w.geometry.coordinates[0]).toEqual([clockwise]); // the good part as it was
  });

  it('leaves no feature of the bundled base map covering more than a hemisphere (nine counties did)', () => {
    const map = loadBaseMap();
    const provinces = map.provinces.features;
    const counties = provinces.flatMap((p) => map.countiesOf(String(p.id)));
    expect(counties.length).toBeGreaterThan(2500);
    for (const f of [...provinces, ...counties]) expect(geoArea(f), String(f.id)).toBeLessThan(HEMISPHERE);
  });
});
