import { geoArea } from 'd3-geo';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeFeatureCollection, decodeRing, rewindRings } from '../../../src/lib/geo/echartsDecode.ts';

/** Test-side encoder of the scheme (zig-zag deltas + 64, 1/1024 degree), to round-trip through the decoder. */
function encodeRing(ring: Position[]): { s: string; offset: [number, number] } {
  const q = ring.map(([x, y]) => [Math.round(x! * 1024), Math.round(y! * 1024)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let px = offset[0];
  let py = offset[1];
  let s = '';
  for (const [x, y] of q) {
    const dx = x - px;
    const dy = y - py;
    s += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
    px = x;
    py = y;
  }
  return { s, offset };
}

const square: Position[] = [
  [100, 30],
  [100, 31],
  [101, 31],
  [101, 30],
  [100, 30],
];

describe('decodeRing', () => {
  it.each([
    { ring: square },
    {
      ring: [
        [104.25, 33.5],
        [104.5, 33.75],
        [104.75, 33.25],
        [104.25, 33.5],
      ] as Position[],
    },
    {
      ring: [
        [-0.5, 0.25],
        [0.5, -0.25],
        [0, 0],
        [-0.5, 0.25],
      ] as Position[],
    },
  ])('round-trips $ring', ({ ring }) => {
    const { s, offset } = encodeRing(ring);
    expect(decodeRing(s, offset)).toEqual(ring);
  });

  it('returns no positions for an empty string', () => {
    expect(decodeRing('', [0, 0])).toEqual([]);
  });
});

describe('decodeFeatureCollection', () => {
  it('decodes Polygon and MultiPolygon features and closes rings', () => {
    const open = square.slice(0, 4);
    const a = encodeRing(open);
    const fc = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          type: 'Feature',
          id: '623023',
          properties: { name: '舟曲县' },
          geometry: { type: 'Polygon', coordinates: [a.s], encodeOffsets: [a.offset] },
        },
        {
          type: 'Feature',
          id: '623025',
          properties: { name: '玛曲县' },
          geometry: { type: 'MultiPolygon', coordinates: [[a.s]], encodeOffsets: [[a.offset]] },
        },
      ],
    } as unknown as FeatureCollection & { UTF8Encoding: boolean };
    const out = decodeFeatureCollection(fc);
    expect(out.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(out.features[1]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square]] });
    expect(out.features.map((f) => f.id)).toEqual(['623023', '623025']);
  });
});

describe('rewindRings', () => {
  const isLarge = (ring: Position[]) => geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
  it.each([{ ring: square }, { ring: [...square].reverse() }])(
    'makes an exterior ring small on the sphere whichever way it winds',
    ({ ring }) => {
      const fc: FeatureCollection<Polygon> = {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }],
      };
      const out = rewindRings(fc, isLarge);
      expect(geoArea(out.features[0]!.geometry)).toBeLessThan(0.01);
    },
  );
});
