/**
 * Loads map geometry for the build: the publisher's approved base map when site.config.ts names
 * one, else the bundled schematic in geo/ (scripts/build-geo.ts). Features come out keyed by
 * six-digit code. I/O edge; the drawing is in src/lib/geo/mapModel.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { site } from '../../site.config.ts';
import type { Geo } from '../lib/geo/mapModel.ts';
import { ROOT } from './dataSource.ts';
import { windForD3 } from '../lib/geo/winding.ts';

/** GeoJSON or TopoJSON (every object merged) → features with a six-digit `id`. */
function readFeatures(path: string): Feature<Geo>[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { type: string; objects?: Record<string, unknown> };
  const fc: FeatureCollection<Geo> =
    json.type === 'Topology'
      ? {
          type: 'FeatureCollection',
          features: Object.keys(json.objects ?? {}).flatMap(
            (k) => (feature(json as unknown as Topology, k) as unknown as FeatureCollection<Geo>).features,
          ),
        }
      : (json as unknown as FeatureCollection<Geo>);
  return fc.features.map((f) => {
    const code = String(
      f.id ??
        (f.properties as { code?: string; adcode?: string | number } | null)?.code ??
        (f.properties as { adcode?: string | number } | null)?.adcode ??
        '',
    );
    // a part wound the other way would be drawn as the whole globe but itself (winding.ts)
    return { ...windForD3(f), id: code };
  });
}

export interface BaseMap {
  provinces: FeatureCollection<Geo>;
  /** County polygons of one province (xx0000), [] when none. */
  countiesOf(province: string): Feature<Geo>[];
  /** 审图号 of an approved map, or null for the bundled schematic. */
  approvalNumber: string | null;
  /** Where the geometry comes from, for the note under every map. */
  sourceNote: string;
  /** The 南海诸岛 inset of national maps (geo/nanhai.json), unless the approved base map draws its own. */
  inset: Feature<Geo> | null;
}

let cached: BaseMap | null = null;

export function loadBaseMap(): BaseMap {
  if (cached) return cached;
  const approved = site.map.provinces !== null;
  const provincesPath = approved ? resolve(ROOT, site.map.provinces!) : join(ROOT, 'geo/provinces.topo.json');
  const provinces: FeatureCollection<Geo> = { type: 'FeatureCollection', features: readFeatures(provincesPath) };
  const allCounties = approved && site.map.counties ? readFeatures(resolve(ROOT, site.map.counties)) : null;
  const perProvince = new Map<string, Feature<Geo>[]>();
  const countiesOf = (province: string): Feature<Geo>[] => {
    let list = perProvince.get(province);
    if (!list) {
      if (allCounties) list = allCounties.filter((f) => String(f.id).slice(0, 2) === province.slice(0, 2));
      else {
        const p = join(ROOT, 'geo/counties', `${province}.topo.json`);
        list = existsSync(p) ? readFeatures(p) : [];
      }
      perProvince.set(province, list);
    }
    return list;
  };
  // an approved base map that has its own 南海诸岛 feature needs none of ours
  const ownInset = provinces.features.some((f) => (f.properties as { name?: string } | null)?.name === '南海诸岛');
  const insetPath = join(ROOT, 'geo/nanhai.json');
  const inset = ownInset || !existsSync(insetPath) ? null : (JSON.parse(readFileSync(insetPath, 'utf8')) as Feature<Geo>);
  cached = {
    provinces,
    inset,
    countiesOf,
    approvalNumber: approved ? site.map.approvalNumber : null,
    // said to readers; where the schematic's geometry comes from is in README (地图底图与审图号)
    sourceNote: approved ? '底图由发布单位提供' : '界线不作为权属依据',
  };
  return cached;
}
