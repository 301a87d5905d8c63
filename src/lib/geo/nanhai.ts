/**
 * The 南海诸岛 inset of the national map, from ECharts 4's own definition (echarts@4.9.0,
 * lib/coord/geo/fix/nanhai.js, Apache-2.0): a framed box of the islands' dashed line that ECharts
 * adds to its map of China, in a local grid that ECharts places at 126°E 25°N. This module turns
 * that file's text into a GeoJSON feature in longitude/latitude, the way ECharts places it, for
 * scripts/build-geo.ts to write into geo/. Pure: the script reads the package file.
 */
import vm from 'node:vm';
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Position } from 'geojson';

/** Runs nanhai.js with stand-ins for its two requires and returns the rings it hands to ECharts, in lon/lat. */
export function nanhaiRings(source: string): Position[][] {
  const captured: Position[][] = [];
  class Region {
    constructor(_name: string, geometries: { exterior: Position[] }[]) {
      for (const g of geometries) captured.push(g.exterior.map(([x, y]) => [x!, y!]));
    }
  }
  const module = { exports: {} as unknown };
  const stubs: Record<string, unknown> = {
    'zrender/lib/core/util': { map: <T, U>(a: T[], f: (v: T) => U): U[] => a.map(f) },
    '../Region': Region,
  };
  vm.runInNewContext(source, { module, exports: module.exports, require: (id: string) => stubs[id] });
  const fix = module.exports as (mapType: string, regions: unknown[]) => void;
  fix('china', []);
  if (captured.length < 3) throw new Error('nanhai.js did not define the inset rings it used to');
  return captured;
}

/**
 * The inset as one feature: every ring a polygon (ECharts fills each; the last is the frame), wound
 * the way d3-geo reads a small polygon (a ring enclosing more than half the sphere is reversed).
 */
export function nanhaiFeature(source: string): Feature<MultiPolygon> {
  const rings = nanhaiRings(source).map((r) => {
    const closed = r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1] ? r : [...r, r[0]!];
    return [geoArea({ type: 'Polygon', coordinates: [closed] }) > 2 * Math.PI ? [...closed].reverse() : closed];
  });
  return { type: 'Feature', id: 'nanhai', properties: { name: '南海诸岛' }, geometry: { type: 'MultiPolygon', coordinates: rings } };
}
