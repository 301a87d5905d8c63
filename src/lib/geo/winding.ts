/**
 * d3-geo reads a polygon ring wound the other way round as everything on the globe but the ring:
 * one such county fills a province map with colour (nine counties of the bundled schematic map
 * came out of simplification with some parts so, and GeoJSON written to RFC 7946 winds all rings
 * so). Each polygon (each part of a multipolygon) whose area is more than half the sphere is turned
 * round, ring by ring. Pure.
 */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;
const HEMISPHERE = 2 * Math.PI;

/** One polygon's rings, turned round when d3-geo would read them as the rest of the globe. */
function wound(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > HEMISPHERE ? rings.map((r) => [...r].reverse()) : rings;
}

/** The feature wound as d3-geo reads it: the same object when no part needs turning. */
export function windForD3<G extends Area>(f: Feature<G>): Feature<G> {
  if (f.geometry === null || geoArea(f) <= HEMISPHERE) return f;
  const g = f.geometry as Area;
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: wound(g.coordinates) } : { ...g, coordinates: g.coordinates.map(wound) };
  return { ...f, geometry: geometry as G };
}
