/** 地名别称与更名表: renamed divisions and abbreviations, dated; read first, so every region lookup knows them. */
import { regionAliasSchema, type RegionAlias } from '../../schema/regionAlias.ts';
import type { RowReader } from '../rowReader.ts';
import type { TableSpec } from './spec.ts';
import type { GridTable } from './table.ts';

export const regionAliasesSpec: TableSpec = {
  kind: 'regionAliases',
  label: '地名别称与更名表',
  columns: {
    alias: ['别称', '旧名', '别称或旧名'],
    oldCode: ['旧代码'],
    code: ['现行代码'],
    kind: ['类型'],
    effective: ['生效日期'],
    source: ['来源'],
  },
  required: [['alias'], ['code'], ['kind']],
};

export function mapRegionAlias(r: RowReader, regions: { get(code: string): unknown }): RegionAlias | null {
  const alias = r.text('alias', true, '别称或旧名');
  const code = r.text('code', true, '现行 6 位代码');
  const oldCode = r.text('oldCode');
  const kindRaw = r.text('kind', true, 'renamed 或 abbreviation');
  const kind =
    kindRaw === 'renamed' || kindRaw === '更名' ? 'renamed' : kindRaw === 'abbreviation' || kindRaw === '简称' ? 'abbreviation' : null;
  if (kindRaw !== null && kind === null) r.issue('constraint-error', 'kind', kindRaw, '类型应为 renamed（更名）或 abbreviation（简称）。');
  if (code !== null && !regions.get(code)) r.issue('unknown-region', 'code', code, `现行代码 ${code} 不在行政区划代码表中：请核对。`);
  if (oldCode !== null && !/^\d{6}$/u.test(oldCode)) r.issue('type-error', 'oldCode', oldCode, '旧代码应为 6 位数字。');
  const effective = r.date('effective');
  const source = r.text('source', true, '来源');
  if (r.errors > 0 || alias === null || code === null || kind === null || source === null) return null;
  return { alias, oldCode, code, kind, effective, source };
}

export const regionAliasesTable: GridTable<RegionAlias> = {
  spec: regionAliasesSpec,
  map: (r, refs) => mapRegionAlias(r, refs.regions),
  unique: { key: (a) => a.alias, column: 'alias', what: '别称' },
  schema: regionAliasSchema,
};
