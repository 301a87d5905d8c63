/** 重点帮扶县名单: one row per county, by code or by province/prefecture/county name. */
import { keyCountySchema, type KeyCounty } from '../../schema/keyCounty.ts';
import type { RegionIndex } from '../../regions.ts';
import type { RowReader } from '../rowReader.ts';
import type { TableSpec } from './spec.ts';
import type { GridTable } from './table.ts';

export const keyCountiesSpec: TableSpec = {
  kind: 'keyCounties',
  label: '重点帮扶县名单',
  columns: {
    province: ['省份', '省', '省级'],
    prefecture: ['地级', '市', '市州', '地市'],
    county: ['县', '县名', '县(市、区)'],
    code: ['代码', '行政区划代码', '县级代码'],
    source: ['来源'],
    list: ['名单'],
    listDate: ['名单日期', '公布日期'],
  },
  required: [['county'], ['code', 'province'], ['prefecture', 'code']],
};

/** The county's code, from the code column or else the names; a code that names another county is an error. */
function countyCode(
  r: RowReader,
  regions: RegionIndex,
  province: string | null,
  prefecture: string | null,
  county: string | null,
): string | null {
  const rawCode = r.text('code');
  const byName = [province, prefecture, county].filter(Boolean).join('/');
  if (rawCode === null) return county === null ? null : r.regionOf('county', byName);
  const code = r.regionOf('code', rawCode);
  if (code === null) return null;
  if (regions.get(code)?.level !== 'county') {
    r.issue('constraint-error', 'code', rawCode, '重点帮扶县的代码应为县级（6 位，末两位不为 00）。');
    return null;
  }
  if (county !== null && regions.get(code)!.name !== county) {
    const named = r.regionOf('county', byName);
    if (named !== null && named !== code)
      r.issue('constraint-error', 'code', rawCode, `代码 ${code} 是“${regions.pathName(code)}”，与县名“${county}”不符：请核对代码或县名。`);
  }
  return code;
}

export function mapKeyCounty(r: RowReader, regions: RegionIndex): KeyCounty | null {
  const county = r.text('county', true, '县名');
  const province = r.text('province');
  const prefectureRaw = r.text('prefecture');
  // 重庆市 “县” / “市辖区” are table groupings, not prefectures
  const prefecture =
    prefectureRaw !== null && /^(县|市辖区|省直辖县级行政区划|自治区直辖县级行政区划)$/u.test(prefectureRaw) ? null : prefectureRaw;
  const code = countyCode(r, regions, province, prefecture, county);
  const listDate = r.date('listDate') ?? '2021-08-27';
  const source = r.text('source') ?? `${r.file} 第 ${r.row} 行`;
  if (r.errors > 0 || code === null || county === null) return null;
  const chain = regions.pathName(code).split('/');
  return {
    code,
    name: county,
    prefecture: prefecture ?? (chain.length > 2 ? chain[chain.length - 2]! : null),
    province: province ?? chain[0] ?? '',
    list: r.text('list') ?? '国家乡村振兴重点帮扶县',
    listDate,
    source,
  };
}

export const keyCountiesTable: GridTable<KeyCounty> = {
  spec: keyCountiesSpec,
  map: (r, refs) => mapKeyCounty(r, refs.regions),
  unique: { key: (k) => k.code, column: 'code', what: '县级代码' },
  schema: keyCountySchema,
};
