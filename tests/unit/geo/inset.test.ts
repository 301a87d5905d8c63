/**
 * The 南海诸岛 inset of national maps: made by our script from ECharts 4's definition
 * (geo/nanhai.json, src/lib/geo/nanhai.ts) and drawn as an upright box at the map's lower
 * right, inside the drawing, with its label below it.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildMapView, type Geo } from '../../../src/lib/geo/mapModel.ts';
import { nanhaiFeature } from '../../../src/lib/geo/nanhai.ts';

const inset = JSON.parse(readFileSync('geo/nanhai.json', 'utf8')) as Feature<Geo> & { $generated: string };
const topo = JSON.parse(readFileSync('geo/provinces.topo.json', 'utf8')) as Topology;
const provinces = feature(topo, 'provinces') as unknown as FeatureCollection<Geo>;

describe('the 南海诸岛 inset', () => {
  it('is the generated file our script made from the npm package, named as such', () => {
    expect(inset.$generated).toMatch(/scripts\/build-geo\.ts from npm package echarts@4\.9\.0/u);
    expect(inset.properties).toEqual({ name: '南海诸岛' });
    expect(inset.geometry.type).toBe('MultiPolygon');
  });

  it('reads the rings ECharts 4 hands its map, in the place ECharts puts them', () => {
    // a stand-in with the structure of echarts/lib/coord/geo/fix/nanhai.js: a frame and two dashes
    const source = `
      var zrUtil = require("zrender/lib/core/util");
      var Region = require("../Region");
      var geoCoord = [126, 25];
      var points = [[[0, 0], [64, 0], [64, 93.1], [0, 93.1], [0, 0]], [[13, 16.1], [19, 14.7], [16, 21.7], [13, 16.1]], [[12, 32.2], [14, 38.5], [15, 38.5], [12, 32.2]]];
      for (var i = 0; i < points.length; i++) for (var k = 0; k < points[i].length; k++) {
        points[i][k][0] /= 10.5; points[i][k][1] /= -10.5 / 0.75; points[i][k][0] += geoCoord[0]; points[i][k][1] += geoCoord[1];
      }
      module.exports = function (mapType, regions) {
        if (mapType === 'china') regions.push(new Region('南海诸岛', zrUtil.map(points, function (e) { return { type: 'polygon', exterior: e }; }), geoCoord));
      };`;
    const f = nanhaiFeature(source);
    expect(f.geometry.coordinates).toHaveLength(3);
    const frame = f.geometry.coordinates[0]![0]!;
    expect(Math.min(...frame.map((c) => c[0]!))).toBe(126);
    expect(Math.max(...frame.map((c) => c[1]!))).toBe(25);
    expect(Math.min(...frame.map((c) => c[1]!))).toBeCloseTo(25 - (93.1 * 0.75) / 10.5, 6);
  });

  it('is drawn upright, inside the drawing, at its lower right, with room for its label', () => {
    const view = buildMapView(provinces, [], 800, undefined, inset);
    expect(view.inset).not.toBeNull();
    const xy = [...view.inset!.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const xs = xy.map(([x]) => x);
    const ys = xy.map(([, y]) => y);
    expect(Math.max(...xs)).toBeLessThanOrEqual(800);
    expect(Math.min(...xs)).toBeGreaterThan(800 * 0.6);
    expect(Math.max(...ys)).toBeGreaterThan(view.height * 0.6);
    expect(view.inset!.labelY).toBeLessThanOrEqual(view.height);
    // upright: the frame's left edge is one x from top to bottom
    const left = Math.min(...xs);
    expect(xy.filter(([x]) => x === left).map(([, y]) => y).length).toBeGreaterThanOrEqual(2);
    // and without it, no inset
    expect(buildMapView(provinces, [], 800).inset).toBeNull();
  });
});
